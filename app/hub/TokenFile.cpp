#include "hub/TokenFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

namespace {

bool isHex64(QStringView text)
{
    if (text.size() != 64)
        return false;
    for (QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

QStringList commaList(QStringView text)
{
    QStringList list;
    for (QStringView part : text.split(u',', Qt::SkipEmptyParts))
        list.append(part.trimmed().toString());
    return list;
}

// Fills token from one line's fields; the reason when the line is refused.
std::optional<QString> parseFields(const QList<QStringView> &fields, HubToken &token)
{
    if (fields.size() < 3)
        return TokenFile::tr("expected NAME ROLE SHA256 [key=value...]");
    token.name = fields.at(0).toString();
    if (!TokenFile::isValidName(token.name))
        return TokenFile::tr("the name may hold only letters, digits, '.', '_', '-' and '@' (at most 64)");
    const std::optional<HubRole> role = hubRoleFromName(fields.at(1));
    if (!role)
        return TokenFile::tr("the role must be bar or supervisor");
    token.role = *role;
    token.sha256Hex = fields.at(2).toString().toLower();
    if (!isHex64(token.sha256Hex))
        return TokenFile::tr("the third field must be the token's SHA-256 in 64 hex digits");
    for (qsizetype i = 3; i < fields.size(); ++i) {
        const qsizetype eq = fields.at(i).indexOf(u'=');
        const QStringView key = eq > 0 ? fields.at(i).first(eq) : fields.at(i);
        const QStringView value = eq > 0 ? fields.at(i).sliced(eq + 1) : QStringView();
        if (key == u"campaigns")
            token.scope.campaigns = commaList(value);
        else if (key == u"userGroups")
            token.scope.userGroups = commaList(value);
        else if (key == u"agent")
            token.agent = value.toString();
        else if (key == u"phone")
            token.phone = value.toString();
        else if (key != u"issued")
            return TokenFile::tr("unknown key '%1': this hub does not know that binding, so the token is refused").arg(key.toString());
    }
    if (!token.agent.isEmpty() && !token.phone.isEmpty())
        return TokenFile::tr("a token is bound to an agent or to a phone, not both");
    return std::nullopt;
}

} // namespace

bool TokenFile::isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._@-]{1,64}$"));
    return pattern.match(name).hasMatch();
}

TokenFile::Contents TokenFile::parse(QByteArrayView text)
{
    Contents contents;
    QSet<QString> names;
    QSet<QString> hashes;
    const QString all = QString::fromUtf8(text);
    const QList<QStringView> lines = QStringView(all).split(u'\n');
    for (qsizetype number = 0; number < lines.size(); ++number) {
        const QStringView line = lines.at(number).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        QList<QStringView> fields;
        for (QStringView field : line.split(u' ', Qt::SkipEmptyParts)) {
            for (QStringView part : field.split(u'\t', Qt::SkipEmptyParts))
                fields.append(part);
        }
        HubToken token;
        std::optional<QString> refusal = parseFields(fields, token);
        if (!refusal && names.contains(token.name))
            refusal = tr("the name %1 is used twice").arg(token.name);
        if (!refusal && hashes.contains(token.sha256Hex))
            refusal = tr("the same token is listed twice");
        if (refusal) {
            contents.errors.append(tr("line %1: %2").arg(number + 1).arg(*refusal));
            continue;
        }
        names.insert(token.name);
        hashes.insert(token.sha256Hex);
        contents.tokens.append(token);
    }
    return contents;
}

TokenFile::Contents TokenFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Contents contents;
        contents.errors.append(tr("cannot read the tokens file %1: %2").arg(path, file.errorString()));
        return contents;
    }
    return parse(file.readAll());
}

QString TokenFile::hashOf(QStringView token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString TokenFile::newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QStringLiteral("pbh1_")
        + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString TokenFile::formatLine(const HubToken &token)
{
    QString line = token.name + QLatin1Char(' ') + hubRoleName(token.role) + QLatin1Char(' ') + token.sha256Hex;
    if (!token.scope.campaigns.isEmpty())
        line += QStringLiteral(" campaigns=") + token.scope.campaigns.join(QLatin1Char(','));
    if (!token.scope.userGroups.isEmpty())
        line += QStringLiteral(" userGroups=") + token.scope.userGroups.join(QLatin1Char(','));
    if (!token.agent.isEmpty())
        line += QStringLiteral(" agent=") + token.agent;
    if (!token.phone.isEmpty())
        line += QStringLiteral(" phone=") + token.phone;
    return line;
}

TokenFile::Issued TokenFile::issue(const QString &path, const HubToken &spec, const QString &issuedOn)
{
    Issued issued;
    HubToken token = spec;
    token.sha256Hex = QString(64, QLatin1Char('0'));
    QString line = formatLine(token);
    if (!issuedOn.isEmpty())
        line += QStringLiteral(" issued=") + issuedOn;
    // The same checks as reading it back, before anything is written.
    const Contents checked = parse(line.toUtf8());
    if (!checked.errors.isEmpty()) {
        issued.error = checked.errors.first();
        return issued;
    }
    QByteArray existing;
    if (QFile::exists(path)) {
        const Contents current = read(path);
        for (const HubToken &other : current.tokens) {
            if (other.name == token.name) {
                issued.error = tr("a token named %1 exists already: delete its line to revoke it first").arg(token.name);
                return issued;
            }
        }
        QFile reader(path);
        if (reader.open(QIODevice::ReadOnly))
            existing = reader.readAll();
    }

    issued.token = newToken();
    token.sha256Hex = hashOf(issued.token);
    line = formatLine(token) + (issuedOn.isEmpty() ? QString() : QStringLiteral(" issued=") + issuedOn) + QLatin1Char('\n');
    QFile file(path);
    const bool opened = file.exists() ? file.open(QIODevice::Append)
                                      : file.open(QIODevice::Append, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QByteArray bytes = line.toUtf8();
    if (!existing.isEmpty() && !existing.endsWith('\n'))
        bytes.prepend('\n');
    if (!opened || file.write(bytes) != bytes.size() || !file.flush()) {
        issued.error = tr("cannot write the tokens file %1: %2").arg(path, file.errorString());
        issued.token.clear();
    }
    return issued;
}
