#pragma once

#include "hub/HubClientOptions.h"
#include "hub/HubHealth.h"
#include "vicidial/AgentSnapshot.h"
#include "vicidial/ParkIvrMode.h"
#include "vicidial/TlsPolicy.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <optional>

class QWebSocket;

// What a bar or a supervisor window uses to follow a parkbar-hub (protocol:
// HubProtocol.h): connects with the project's TLS policy (CA file or pin),
// authenticates with its token, subscribes to agents (bar) or the floor
// (supervisor), keeps the latest state and reports whether the hub can be
// relied on. Reconnects with back-off, except after the hub refused the
// token: then it waits for reconnectNow() (a person acted). It has no
// behaviour of its own beyond the protocol: falling back to direct polling
// is the session's decision.
class HubClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HubClient)

public:
    explicit HubClient(const HubClientOptions &options, QObject *parent = nullptr);
    ~HubClient() override;

    // What to follow; replaces the previous subscription, also across reconnects.
    void subscribeAgents(const QStringList &agents);
    void subscribeFloor();

    void start();
    void stop();
    // After a refused token, with new options or once a person asks.
    void reconnectNow();
    void setOptions(const HubClientOptions &options);

    const HubHealth &health() const { return m_health; }
    std::optional<AgentSnapshot> agent(const QString &user) const;
    QList<AgentSnapshot> floor() const { return m_agents.values(); }
    const QHash<QString, ParkIvrMode> &campaignIvrModes() const { return m_ivrModes; }
    // When the hub read the latest state it sent (epoch ms); 0 before any.
    qint64 lastReadAtMs() const { return m_lastReadAtMs; }
    QString tokenName() const { return m_tokenName; }
    // The token's role as the hub's welcome said: "bar" or "supervisor"; empty before it.
    QString role() const { return m_role; }
    // A reconnection is planned (false after a refused token: a person must act).
    bool willReconnect() const { return m_reconnect.isActive(); }

Q_SIGNALS:
    // Bar subscriptions: an agent's state, nullopt when not logged in.
    void agentUpdated(const QString &user, const std::optional<AgentSnapshot> &snapshot);
    // Floor subscriptions: every agent in view, in user order.
    void floorUpdated(const QList<AgentSnapshot> &agents);
    void campaignIvrModesChanged(const QHash<QString, ParkIvrMode> &modes);
    void healthChanged(const HubHealth &health);
    // The hub refused a request but kept the connection (code as in HubProtocol.h).
    void hubError(const QString &code, const QString &message);

private:
    static constexpr qint64 kClockSkewToleranceMs = 2000;

    void connectSocket();
    void onConnected();
    void onDisconnected();
    void onMessage(const QString &text);
    AgentSnapshot agentOnThisClock(const QJsonObject &object) const;
    void applySnapshot(const QJsonObject &message);
    void applyChanges(const QJsonObject &message);
    void applyIvrModes(const QJsonObject &message);
    void sendSubscription();
    void resubscribe();
    void setHealth(HubHealth::State state, const QString &detail = {});
    void scheduleReconnect(int atLeastMs = 0);
    void dropSocket();

    HubClientOptions m_options;
    TlsPolicy m_tls;
    QWebSocket *m_socket = nullptr;
    QTimer m_reconnect;
    QTimer m_watchdog;
    QTimer m_connectTimeout;
    HubHealth m_health;
    bool m_running = false;
    bool m_refused = false;
    int m_failuresInARow = 0;
    int m_heartbeatMs = 5000;
    bool m_floorSubscription = false;
    QStringList m_subscribedAgents;
    QMap<QString, AgentSnapshot> m_agents; // user order
    QHash<QString, ParkIvrMode> m_ivrModes;
    qint64 m_lastReadAtMs = 0;
    QString m_tokenName;
    QString m_role;
};
