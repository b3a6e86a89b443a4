#include "hub/DatabaseGrants.h"

#include <QRegularExpression>

namespace {

// "SELECT (`a`, `b`), INSERT" -> "SELECT", "INSERT": commas inside a column list do not split.
QStringList privilegeNames(QStringView list)
{
    QStringList names;
    int depth = 0;
    QString current;
    for (QChar c : list) {
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')'))
            --depth;
        else if (c == QLatin1Char(',') && depth == 0) {
            names.append(current.trimmed().toUpper());
            current.clear();
        } else if (depth == 0) {
            current += c;
        }
    }
    if (!current.trimmed().isEmpty())
        names.append(current.trimmed().toUpper());
    return names;
}

} // namespace

QStringList DatabaseGrants::beyondSelect(const QStringList &grantLines)
{
    static const QRegularExpression privilegeGrant(QStringLiteral(R"(^\s*GRANT\s+(.+?)\s+ON\s+(.+?)\s+TO\s+.*$)"),
                                                   QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression roleGrant(QStringLiteral(R"(^\s*GRANT\s+(\S+)\s+TO\s+)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression grantOption(QStringLiteral(R"(\sWITH\s+(?:.*\s)?GRANT\s+OPTION\b)"), QRegularExpression::CaseInsensitiveOption);

    QStringList findings;
    for (const QString &line : grantLines) {
        if (const QRegularExpressionMatch match = privilegeGrant.match(line); match.hasMatch()) {
            QStringList beyond;
            for (const QString &name : privilegeNames(match.capturedView(1))) {
                if (name != QLatin1String("SELECT") && name != QLatin1String("USAGE"))
                    beyond.append(name);
            }
            if (grantOption.match(line).hasMatch())
                beyond.append(QStringLiteral("GRANT OPTION"));
            if (!beyond.isEmpty())
                findings.append(beyond.join(QStringLiteral(", ")) + QStringLiteral(" on ") + match.captured(2));
        } else if (const QRegularExpressionMatch role = roleGrant.match(line); role.hasMatch()) {
            findings.append(QStringLiteral("role %1 (its privileges are not checked)").arg(role.captured(1)));
        }
    }
    return findings;
}
