#include "vicidial/TlsPolicy.h"

#include "util/Logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSslCertificate>
#include <QSslError>
#include <QStringList>

TlsPolicy::TlsPolicy(const ServerConfig &config)
    : m_sslConfiguration(QSslConfiguration::defaultConfiguration()), m_pins(config.pins())
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

QString TlsPolicy::describe(const QSslCertificate &certificate)
{
    return QCoreApplication::translate("WireClient", "certificate SHA-256 %1, public key %2")
        .arg(ServerConfig::formatFingerprint(sha256Of(certificate)), TlsPins::publicKeyPin(TlsPins::publicKeySha256Of(certificate)));
}

std::optional<QString> TlsPolicy::refusalOnErrors(const QList<QSslError> &errors, const QSslCertificate &peer) const
{
    const QSslCertificate reported = errors.isEmpty() ? QSslCertificate() : errors.first().certificate();
    const QSslCertificate certificate = reported.isNull() ? peer : reported;
    // The administrator pinned exactly this certificate or its key: accept these errors, nothing more.
    if (m_pins.matches(certificate))
        return std::nullopt;
    QStringList reasons;
    for (const QSslError &error : errors)
        reasons.append(error.errorString());
    return QCoreApplication::translate("WireClient", "%1 (%2)").arg(reasons.join(QStringLiteral("; ")), describe(certificate));
}

std::optional<QString> TlsPolicy::refusalOnEncrypted(const QSslCertificate &peer) const
{
    if (!hasPin() || m_pins.matches(peer))
        return std::nullopt;
    return QCoreApplication::translate("WireClient", "the server's certificate is not the pinned one (%1; pinned: %2)")
        .arg(describe(peer), m_pins.toText());
}

QString TlsPolicy::expiryWarning(const QList<QSslCertificate> &chain, const QDateTime &now, bool pinned)
{
    const QSslCertificate *soonest = nullptr;
    for (const QSslCertificate &certificate : chain) {
        if (!certificate.isNull() && (!soonest || certificate.expiryDate() < soonest->expiryDate()))
            soonest = &certificate;
    }
    if (!soonest || !soonest->expiryDate().isValid())
        return {};
    const QDateTime expiry = soonest->expiryDate();
    const QString date = expiry.toUTC().toString(QStringLiteral("yyyy-MM-dd"));
    const QString name = soonest->subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
    if (expiry <= now && !pinned)
        return QCoreApplication::translate("WireClient", "The server's certificate (%1) expired on %2. ParkBar connects only "
                                                         "if it is pinned; ask the server's administrator to renew it.")
            .arg(name, date);
    if (expiry <= now)
        return QCoreApplication::translate("WireClient", "The server's certificate (%1) expired on %2. ParkBar still connects "
                                                         "because it is pinned; ask the server's administrator to renew it.")
            .arg(name, date);
    if (expiry <= now.addDays(kExpiryWarningDays))
        return QCoreApplication::translate("WireClient", "The server's certificate (%1) expires on %2. Ask the server's "
                                                         "administrator to renew it before then.")
            .arg(name, date);
    return {};
}
