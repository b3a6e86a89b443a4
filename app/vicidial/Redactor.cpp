#include "vicidial/Redactor.h"

#include "vicidial/FormEncoding.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace {

bool isAsciiAlnum(QChar c)
{
    return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
        || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

QString keepOnly(const QString &text, QStringView extra, bool nonLatin)
{
    QString kept;
    kept.reserve(text.size());
    for (QChar c : text) {
        if (isAsciiAlnum(c) || extra.contains(c) || (nonLatin && c.isLetter()))
            kept.append(c);
    }
    return kept;
}

// The known echo formats, each with the password in the second group.
const QList<QRegularExpression> &echoPatterns()
{
    static const QList<QRegularExpression> patterns{
        QRegularExpression(QStringLiteral("(Invalid Username/Password: \\|[^|\\n]*\\|)([^|\\n]*)")),
        QRegularExpression(QStringLiteral("(Login incorrect, please try again: \\|[^|\\n]*\\|)([^|\\n]*)")),
        QRegularExpression(QStringLiteral("(\\bpass\\s*=\\s*')((?:[^'\\\\\\n]|\\\\.)*)"), QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("(\\bpass\\s*=\\s*\")((?:[^\"\\\\\\n]|\\\\.)*)"), QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("([?&]pass=)([^&\\s]*)")),
    };
    return patterns;
}

} // namespace

QString Redactor::agentApiEdited(const QString &password, bool nonLatin)
{
    QString cleaned = password;
    cleaned.remove(QRegularExpression(QStringLiteral("['\"\\\\; ]")));
    return keepOnly(cleaned, u"-.+/=_", nonLatin);
}

QString Redactor::nonAgentApiEdited(const QString &password, bool nonLatin)
{
    return keepOnly(password, u"-_", nonLatin);
}

bool Redactor::nonAgentApiAltersPassword(const QString &password)
{
    return nonAgentApiEdited(password, false) != password;
}

Redactor::Redactor(const QString &password)
{
    if (password.isEmpty())
        return;
    const QString encoded = QString::fromLatin1(encodeFormComponent(password));
    const QStringList candidates{
        password,
        encoded,
        encoded.toLower(),
        QString(encoded).replace(QStringLiteral("%20"), QStringLiteral("+")),
        QString::fromLatin1(QUrl::toPercentEncoding(password, QByteArrayLiteral("!$&'()*+,;=:@/?"))),
        agentApiEdited(password, false),
        agentApiEdited(password, true),
        nonAgentApiEdited(password, false),
        nonAgentApiEdited(password, true),
    };
    for (const QString &form : candidates) {
        if (!form.isEmpty() && !m_forms.contains(form))
            m_forms.append(form);
    }
    std::sort(m_forms.begin(), m_forms.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QString Redactor::redactEchoFields(const QString &text)
{
    QString result = text;
    for (const QRegularExpression &pattern : echoPatterns()) {
        // Rebuild from the matches: QString::replace cannot keep a group and blank another.
        QString rebuilt;
        qsizetype last = 0;
        QRegularExpressionMatchIterator it = pattern.globalMatch(result);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            rebuilt += QStringView(result).sliced(last, match.capturedStart(2) - last);
            if (match.capturedLength(2) > 0)
                rebuilt += mask();
            last = match.capturedEnd(2);
        }
        if (last > 0) {
            rebuilt += QStringView(result).sliced(last);
            result = rebuilt;
        }
    }
    return result;
}

QByteArray Redactor::redactEchoFields(const QByteArray &body)
{
    // The echo formats are ASCII; only lines that may hold one are decoded,
    // so a body's other bytes (even invalid UTF-8) pass through untouched.
    if (!body.contains("pass") && !body.contains("Password") && !body.contains("Login incorrect"))
        return body;
    QByteArray result;
    result.reserve(body.size());
    qsizetype start = 0;
    while (start < body.size()) {
        qsizetype end = body.indexOf('\n', start);
        end = end < 0 ? body.size() : end + 1;
        const QByteArray line = body.mid(start, end - start);
        if (line.contains("pass") || line.contains("Password") || line.contains("Login incorrect"))
            result += redactEchoFields(QString::fromUtf8(line)).toUtf8();
        else
            result += line;
        start = end;
    }
    return result;
}

QString Redactor::redact(const QString &text) const
{
    QString result = redactEchoFields(text);
    for (const QString &form : m_forms)
        result.replace(form, mask());
    return result;
}
