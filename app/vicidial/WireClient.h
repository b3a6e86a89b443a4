#pragma once

#include "vicidial/Answer.h"
#include "vicidial/ApiRequest.h"
#include "vicidial/Redactor.h"
#include "vicidial/ServerConfig.h"
#include "vicidial/TlsPolicy.h"
#include "vicidial/WireCall.h"

#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <optional>

class Clock;
class QNetworkAccessManager;
class QNetworkProxy;
class WireProxyFactory;
struct TransportOutcome;

// Speaks HTTP to one VICIdial server through its own QNetworkAccessManager
// (kept-alive connections, TLS session reuse, the profile's proxy, content
// decoding, Qt's HTTP/1.1 parser). Adds credentials, encodes every field,
// bounds what it reads, applies the TLS policy, follows no redirect, and
// stops all traffic after an answer that says the credentials or this desk
// are refused, after a proxy that wants credentials, and after plain http
// redirected to https, until a person acts.
//
// Commands (requests marked mustNotResend: park_call) are written at most
// once: their body is a OneShotBody, so Qt's own resend after a kept-alive
// connection closed before the answer becomes ContentReSendError, reported
// as an unknown outcome. Reads may be resent by Qt; they change nothing.
class WireClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WireClient)

public:
    explicit WireClient(const ServerConfig &config, QObject *parent = nullptr);
    // clock (for the certificate's expiry warning) must outlive the client.
    WireClient(const ServerConfig &config, Clock *clock, QObject *parent = nullptr);
    ~WireClient() override;

    const ServerConfig &config() const { return m_config; }
    // New settings count as a person acting: stopped traffic resumes, and no
    // connection made under the old settings is used again.
    void setConfig(const ServerConfig &config);
    const Redactor &redactor() const { return m_redactor; }

    // Never null. When traffic is stopped or the source is invalid, the call
    // finishes at once (queued) with NotSent, and nothing goes on the wire.
    WireCall *send(const ApiRequest &request);

    bool isTrafficStopped() const { return m_stopReason.has_value(); }
    std::optional<Answer> trafficStopReason() const { return m_stopReason; }
    // A person pressed "Retry": allow one more attempt.
    void resumeTraffic();
    // After plain http was redirected to https on the same host: the https
    // address to switch the profile to; empty otherwise.
    QUrl secureAddressOffered() const;
    // After a proxy asked for credentials: "host:port" of that proxy; empty otherwise.
    QString proxyAskingForCredentials() const;
    // The proxy's user name and password (from the keychain or a person):
    // counts as a person acting, like setConfig.
    void setProxyCredentials(const ProxyCredentials &credentials);

    // A translated warning about the server's certificate (expired but
    // pinned, or expiring within TlsPolicy::kExpiryWarningDays); empty when none.
    QString certificateWarning() const { return m_certificateWarning; }

    int requestsSent() const { return m_requestsSent; }

Q_SIGNALS:
    void trafficStopped(const Answer &reason);
    void trafficResumed();
    // Every finished exchange, for connection-state displays.
    void exchangeFinished(const WireResponse &response);
    void certificateWarningChanged(const QString &warning);

private:
    void applyConfig();
    void dispatch(WireCall *call, const ApiRequest &request);
    // One place decides what an outcome means.
    void complete(WireCall *call);
    std::optional<Answer> failureOf(WireCall *call, const TransportOutcome &outcome);
    void noteAnswerFor(const WireResponse &response);
    void noteCertificates(const QList<QSslCertificate> &chain);
    void noteProxyAuthentication(const QNetworkProxy &proxy);
    void stopTraffic(const Answer &reason);
    void setCertificateWarning(const QString &warning);

    ServerConfig m_config;
    Clock *m_clock = nullptr;
    Redactor m_redactor;
    TlsPolicy m_tls;
    QNetworkAccessManager *m_network = nullptr;
    WireProxyFactory *m_proxyFactory = nullptr; // owned by m_network
    std::optional<Answer> m_stopReason;
    QString m_proxyAsking;      // the proxy of the latest 407
    bool m_proxyRefused = false; // ...which was given credentials and refused them
    QString m_certificateWarning;
    int m_requestsSent = 0;
    // Grows with every change of settings: an answer to a request sent under
    // older settings never stops the traffic the new ones allow.
    int m_generation = 0;
};
