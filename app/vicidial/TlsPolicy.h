#pragma once

#include "vicidial/ServerConfig.h"

#include <QByteArray>
#include <QList>
#include <QSslConfiguration>
#include <QString>

#include <optional>

class QSslCertificate;
class QSslError;

// The one TLS policy of the wire, for every transport: the system's CAs plus
// the administrator's CA file; a pinned SHA-256 accepts exactly that
// certificate (even self-signed) and refuses any other, trusted or not.
// Never a blanket ignore.
class TlsPolicy final
{
public:
    TlsPolicy() = default;
    explicit TlsPolicy(const ServerConfig &config);

    const QSslConfiguration &sslConfiguration() const { return m_sslConfiguration; }
    bool hasPin() const { return !m_pin.isEmpty(); }

    // On a handshake's certificate errors: empty when they are to be ignored
    // (the peer is the pinned certificate), else the refusal's detail,
    // naming the certificate's SHA-256 so an administrator can pin it.
    std::optional<QString> refusalOnErrors(const QList<QSslError> &errors, const QSslCertificate &peer) const;
    // Once encrypted: the refusal's detail when a pin is set and the peer is not it.
    std::optional<QString> refusalOnEncrypted(const QSslCertificate &peer) const;

    static QByteArray sha256Of(const QSslCertificate &certificate);

private:
    QSslConfiguration m_sslConfiguration;
    QByteArray m_pin;
};
