#include "vicidial/TlsPins.h"

#include "vicidial/ServerConfig.h"

#include <QCryptographicHash>
#include <QSslCertificate>
#include <QStringList>

namespace {

constexpr qsizetype kSha256Bytes = 32;

// One DER element: where its contents start and how long they are.
struct DerElement
{
    quint8 tag = 0;
    qsizetype start = 0;  // of the whole element
    qsizetype header = 0; // tag and length bytes
    qsizetype length = 0; // of the contents
    qsizetype end() const { return start + header + length; }
};

std::optional<DerElement> readElement(QByteArrayView der, qsizetype at)
{
    if (at + 2 > der.size())
        return std::nullopt;
    DerElement element;
    element.tag = quint8(der.at(at));
    element.start = at;
    const quint8 first = quint8(der.at(at + 1));
    qsizetype length = 0;
    qsizetype header = 2;
    if (first < 0x80) {
        length = first;
    } else {
        const int bytes = first & 0x7f;
        if (bytes == 0 || bytes > 4 || at + 2 + bytes > der.size())
            return std::nullopt;
        for (int i = 0; i < bytes; ++i)
            length = (length << 8) | quint8(der.at(at + 2 + i));
        header += bytes;
    }
    element.header = header;
    element.length = length;
    if (element.end() > der.size())
        return std::nullopt;
    return element;
}

constexpr quint8 kSequence = 0x30;
constexpr quint8 kExplicitVersion = 0xa0;

} // namespace

QByteArray TlsPins::subjectPublicKeyInfo(QByteArrayView der)
{
    // Certificate ::= SEQUENCE { tbsCertificate SEQUENCE { [0] version OPTIONAL, serialNumber,
    //   signature, issuer, validity, subject, subjectPublicKeyInfo, ... }, ... }
    const std::optional<DerElement> certificate = readElement(der, 0);
    if (!certificate || certificate->tag != kSequence)
        return {};
    const std::optional<DerElement> tbs = readElement(der, certificate->start + certificate->header);
    if (!tbs || tbs->tag != kSequence)
        return {};
    qsizetype at = tbs->start + tbs->header;
    std::optional<DerElement> field = readElement(der, at);
    if (field && field->tag == kExplicitVersion)
        field = readElement(der, field->end());
    // serialNumber, signature, issuer, validity, subject: five fields before the key.
    for (int skipped = 0; skipped < 5 && field; ++skipped)
        field = readElement(der, field->end());
    if (!field || field->tag != kSequence || field->end() > tbs->end())
        return {};
    return der.sliced(field->start, field->end() - field->start).toByteArray();
}

QByteArray TlsPins::publicKeySha256Of(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    const QByteArray info = subjectPublicKeyInfo(certificate.toDer());
    return info.isEmpty() ? QByteArray() : QCryptographicHash::hash(info, QCryptographicHash::Sha256);
}

QString TlsPins::publicKeyPin(const QByteArray &sha256)
{
    return QStringLiteral("sha256//") + QString::fromLatin1(sha256.toBase64());
}

std::optional<TlsPins> TlsPins::parse(const QString &text)
{
    TlsPins pins;
    const QStringList parts = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &raw : parts) {
        const QString part = raw.trimmed();
        if (part.isEmpty())
            continue;
        if (part.startsWith(QLatin1String("sha256//"), Qt::CaseInsensitive)) {
            const auto decoded = QByteArray::fromBase64Encoding(part.mid(8).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded || decoded.decoded.size() != kSha256Bytes)
                return std::nullopt;
            if (!pins.publicKeySha256.contains(decoded.decoded))
                pins.publicKeySha256.append(decoded.decoded);
            continue;
        }
        const QByteArray fingerprint = ServerConfig::parseFingerprint(part);
        if (fingerprint.isEmpty() || (!pins.certificateSha256.isEmpty() && pins.certificateSha256 != fingerprint))
            return std::nullopt; // one certificate fingerprint at most
        pins.certificateSha256 = fingerprint;
    }
    return pins;
}

QString TlsPins::toText() const
{
    QStringList parts;
    if (!certificateSha256.isEmpty())
        parts.append(ServerConfig::formatFingerprint(certificateSha256));
    for (const QByteArray &key : publicKeySha256)
        parts.append(publicKeyPin(key));
    return parts.join(QLatin1Char(';'));
}

bool TlsPins::matches(const QSslCertificate &certificate) const
{
    if (certificate.isNull())
        return false;
    if (!certificateSha256.isEmpty() && certificate.digest(QCryptographicHash::Sha256) == certificateSha256)
        return true;
    return !publicKeySha256.isEmpty() && publicKeySha256.contains(publicKeySha256Of(certificate));
}
