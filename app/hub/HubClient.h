#pragma once

#include "hub/HubClientOptions.h"
#include "hub/HubSeat.h"
#include "state/CommandResult.h"
#include "vicidial/ServerCapabilities.h"
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
// token: then it waits for reconnectNow() (a person acted). With a second
// hub, it moves to the other one as soon as the one it uses stops answering,
// never holding two connections. In gateway mode it carries commands: each
// belongs to the connection it went on, is never sent again on another, and
// finishes exactly once (commandFinished). It has no behaviour of its own
// beyond the protocol: falling back to direct polling is the session's decision.
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
    // A bar whose token is bound to a phone: follows whoever is seated there (seatChanged).
    void subscribePhone(const QString &phone);
    bool followsPhone() const { return !m_subscribedPhone.isEmpty(); }

    // Sends a park_call through a gateway hub; returns the command's id.
    // commandFinished(id, ...) follows exactly once, also when it cannot go.
    QString sendCommand(const QString &agent, ParkAction action);
    int commandsInFlight() const { return int(m_commands.size()); }

    void start();
    void stop();
    // After a refused token, with new options or once a person asks.
    void reconnectNow();
    void setOptions(const HubClientOptions &options);
    const HubClientOptions &options() const { return m_options; }

    const HubHealth &health() const { return m_health; }
    std::optional<AgentSnapshot> agent(const QString &user) const;
    QList<AgentSnapshot> floor() const { return m_agents.values(); }
    const QHash<QString, ParkIvrMode> &campaignIvrModes() const { return m_ivrModes; }
    // When the hub read the latest state it sent (epoch ms); 0 before any.
    qint64 lastReadAtMs() const { return m_lastReadAtMs; }
    QString tokenName() const { return m_tokenName; }
    // The token's role as the hub's welcome said: "bar" or "supervisor"; empty before it.
    QString role() const { return m_role; }
    // The welcome's "mode": "gateway" or "feed" (empty before a welcome, or from an older hub).
    QString mode() const { return m_mode; }
    // What the token is bound to, as the welcome said (empty: not bound).
    QString boundPhone() const { return m_boundPhone; }
    QString boundAgent() const { return m_boundAgent; }
    const HubSeat &seat() const { return m_seat; }
    // The VICIdial builds the hub read; nullopt while it has said none.
    const std::optional<ServerCapabilities> &serverCapabilities() const { return m_server; }
    // The hub this client uses or tries now.
    QUrl currentUrl() const;
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
    // A welcome came: mode, binding and builds are known for this connection.
    void welcomed();
    void seatChanged(const HubSeat &seat);
    void serverCapabilitiesChanged(const ServerCapabilities &capabilities);
    void commandFinished(const QString &id, const CommandResult &result);

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
    void applySeat(const QJsonObject &message);
    void applyServer(const QJsonObject &builds);
    void finishCommand(const QJsonObject &message);
    // The connection is gone: every command on it may or may not have been done.
    void failCommandsInFlight(bool notify);

    struct CommandInFlight
    {
        QString agent;
        ParkAction action = ParkAction::ParkCustomer;
        qint64 sentAtMs = 0;
        qint64 sentMonotonicMs = 0;
    };

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
    QString m_mode;
    QString m_boundPhone;
    QString m_boundAgent;
    QString m_subscribedPhone;
    HubSeat m_seat;
    std::optional<ServerCapabilities> m_server;
    int m_urlIndex = 0;
    quint64 m_nextCommand = 0;
    QHash<QString, CommandInFlight> m_commands; // by id, all on the current connection
};
