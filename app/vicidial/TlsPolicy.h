#pragma once

#include "vicidial/ServerConfig.h"
#include "vicidial/TlsPins.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSslConfiguration>
#include <QString>

#include <optional>

class QSslCertificate;
class QSslError;

// The one TLS policy of the wire: the system's CAs plus the administrator's
// CA file; a pin (the certificate's SHA-256 or its public key's, see
// TlsPins) accepts exactly the certificate it names, even self-signed,
// issued for another name or expired, and refuses any other, trusted or not.
// Never a blanket ignore.
class TlsPolicy final
{
public:
    // A certificate the connection uses is worth a warning this long before it expires.
    static constexpr int kExpiryWarningDays = 14;

    TlsPolicy() = default;
    explicit TlsPolicy(const ServerConfig &config);

    const QSslConfiguration &sslConfiguration() const { return m_sslConfiguration; }
    bool hasPin() const { return !m_pins.isEmpty(); }
    const TlsPins &pins() const { return m_pins; }

    // On a handshake's certificate errors: empty when they are to be ignored
    // (the peer is pinned), else the refusal's detail, naming the
    // certificate's SHA-256 and its public-key pin so an administrator can pin it.
    std::optional<QString> refusalOnErrors(const QList<QSslError> &errors, const QSslCertificate &peer) const;
    // Once encrypted: the refusal's detail when a pin is set and the peer is not it.
    std::optional<QString> refusalOnEncrypted(const QSslCertificate &peer) const;

    static QByteArray sha256Of(const QSslCertificate &certificate);
    // "SHA-256 AB:CD:..., public key sha256//...", for messages.
    static QString describe(const QSslCertificate &certificate);
    // A translated warning when a certificate of the chain has expired (a
    // connection accepts it only when pinned) or expires within
    // kExpiryWarningDays of now; empty otherwise. The soonest one counts.
    static QString expiryWarning(const QList<QSslCertificate> &chain, const QDateTime &now, bool pinned = true);

private:
    QSslConfiguration m_sslConfiguration;
    TlsPins m_pins;
};
