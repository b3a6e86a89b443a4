#pragma once

#include "vicidial/ProxyChoice.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <QSslSocket>

// What a server presented, for a person to decide whether to pin it.
struct FetchedCertificate
{
    bool ok = false;         // a certificate arrived
    QString error;           // translated, when !ok
    QString host;
    quint16 port = 0;
    QByteArray sha256;       // 32 raw bytes
    QByteArray publicKeySha256; // of the SubjectPublicKeyInfo, 32 raw bytes (curl's sha256// pin)
    QString subject;
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    bool trusted = false;    // the system (plus the extra CA file) trusts it as is
    QStringList tlsErrors;   // why it is not trusted
    QString expiryWarning;   // translated: expired, or expiring within two weeks; empty otherwise
};

// Opens a TLS connection to the server, reads its certificate even when it
// is not trusted, and hangs up without sending anything. The result is shown
// to a person, who may copy the fingerprint into the pin; nothing is pinned
// by this class.
class CertificateFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateFetcher)

public:
    explicit CertificateFetcher(QObject *parent = nullptr);
    ~CertificateFetcher() override;

    // https URL (port 443 unless given); caFile adds trusted CAs, and the
    // profile's proxy is used, as the wire does.
    void fetch(const QUrl &serverUrl, const QString &caFile = {}, int timeoutMs = 10000, const ProxyChoice &proxy = {});
    bool isRunning() const { return m_socket != nullptr; }
    void cancel();

Q_SIGNALS:
    void finished(const FetchedCertificate &result);

private:
    void finish(const QString &error);
    void capturePeer();

    QPointer<QSslSocket> m_socket;
    QTimer m_timeout;
    FetchedCertificate m_result;
};

Q_DECLARE_METATYPE(FetchedCertificate)
