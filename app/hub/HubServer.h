#pragma once

#include "hub/AuthThrottle.h"
#include "hub/HubProtocol.h"
#include "hub/HubPublisher.h"
#include "hub/HubToken.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <optional>

class Clock;
class HubConnection;
class HubGateway;
class HubMetrics;
class HubPoller;
class QWebSocketServer;

struct HubServerOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;
    QString certificateFile; // PEM: the certificate, then its chain
    QString keyFile;         // PEM private key
    bool allowPlain = false; // plain ws:// on an address other than loopback
    int heartbeatMs = 5000;
    int helloTimeoutMs = 10000;
    qint64 maxBufferedBytes = 1024 * 1024; // per client, before it counts as not reading
    AuthThrottle::Limits throttle;
};

// The hub's WebSocket side (protocol: HubProtocol.h): TLS with the
// administrator's certificate, or plain ws:// on loopback only unless the
// configuration allows it; tokens checked against their hashes; wrong
// tokens throttled per address; heartbeats; each reading's changes sent from
// the reading's own signal, with no timer in between.
class HubServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HubServer)

public:
    // poller, metrics (may be null) and clock must outlive the server.
    HubServer(HubPoller *poller, const HubServerOptions &options, HubMetrics *metrics, Clock *clock, QObject *parent = nullptr);
    ~HubServer() override;

    // Listens; the reason, for a person, when it will not.
    std::optional<QString> start();
    void stop();
    // Replaces the accepted tokens; connections whose token is gone or changed are closed.
    void setTokens(const QList<HubToken> &tokens);

    bool isListening() const;
    bool isSecure() const { return m_secure; }
    quint16 port() const;
    QUrl url() const; // ws:// or wss:// with the listening address and port
    int connectionCount() const { return int(m_connections.size()); }
    int subscriberCount() const { return m_publisher.subscriberCount(); }

    // Gateway mode: commands go to this gateway (which must outlive the server); null: feed mode.
    void setGateway(HubGateway *gateway) { m_gateway = gateway; }
    bool isGateway() const { return m_gateway != nullptr; }
    // What the hub read of the server's builds: in every welcome from now on,
    // and to every client when it changed.
    void setServerBuilds(const HubProtocol::ServerBuilds &builds);

    // Why plain ws:// may not serve on this address; nullopt when it may.
    static std::optional<QString> plainRefusal(const QHostAddress &address, bool allowPlain);

Q_SIGNALS:
    void connectionsChanged(int connections, int subscribers);

private:
    std::optional<QString> makeSecureServer();
    void onNewConnection();
    void onMessage(HubConnection *connection, const QString &text);
    void authenticate(HubConnection *connection, const QString &token);
    void subscribe(HubConnection *connection, const QJsonObject &message);
    void subscribePhone(HubConnection *connection, const QString &phone);
    // Sends a seat and moves the subscription when the agent on the phone changed (or always, with force).
    void updateSeat(HubConnection *connection, bool force);
    void updateSeats();
    void onClosed(HubConnection *connection);
    void sendHeartbeats();
    bool refuseIfThrottled(HubConnection *connection);
    void reportCounts();

    HubPoller *m_poller;
    HubServerOptions m_options;
    HubMetrics *m_metrics;
    Clock *m_clock;
    QWebSocketServer *m_server = nullptr;
    bool m_secure = false;
    QHash<QString, HubToken> m_tokensByHash;
    QList<HubConnection *> m_connections;
    HubPublisher m_publisher;
    HubGateway *m_gateway = nullptr;
    std::optional<HubProtocol::ServerBuilds> m_builds;
    AuthThrottle m_throttle;
    QTimer m_heartbeat;
};
