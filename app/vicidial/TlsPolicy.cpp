#include "vicidial/TlsPolicy.h"

#include "util/Logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSslCertificate>
#include <QSslError>
#include <QStringList>

TlsPolicy::TlsPolicy(const ServerConfig &config)
    : m_sslConfiguration(QSslConfiguration::defaultConfiguration()), m_pin(config.pinnedSha256)
{
    if (!config.caFile.isEmpty()) {
        const QList<QSslCertificate> extra = QSslCertificate::fromPath(config.caFile);
        if (extra.isEmpty())
            qCWarning(lcWire) << "no certificates in CA file" << config.caFile;
        m_sslConfiguration.addCaCertificates(extra);
    }
}

QByteArray TlsPolicy::sha256Of(const QSslCertificate &certificate)
{
    return certificate.isNull() ? QByteArray() : certificate.digest(QCryptographicHash::Sha256);
}

std::optional<QString> TlsPolicy::refusalOnErrors(const QList<QSslError> &errors, const QSslCertificate &peer) const
{
    const QSslCertificate reported = errors.isEmpty() ? QSslCertificate() : errors.first().certificate();
    const QByteArray fingerprint = sha256Of(reported.isNull() ? peer : reported);
    // The administrator pinned exactly this certificate: accept these errors, nothing more.
    if (hasPin() && fingerprint == m_pin)
        return std::nullopt;
    QStringList reasons;
    for (const QSslError &error : errors)
        reasons.append(error.errorString());
    return QCoreApplication::translate("WireClient", "%1 (certificate SHA-256 %2)")
        .arg(reasons.join(QStringLiteral("; ")), ServerConfig::formatFingerprint(fingerprint));
}

std::optional<QString> TlsPolicy::refusalOnEncrypted(const QSslCertificate &peer) const
{
    const QByteArray fingerprint = sha256Of(peer);
    if (!hasPin() || fingerprint == m_pin)
        return std::nullopt;
    return QCoreApplication::translate("WireClient", "the certificate's SHA-256 %1 is not the pinned %2")
        .arg(ServerConfig::formatFingerprint(fingerprint), ServerConfig::formatFingerprint(m_pin));
}
