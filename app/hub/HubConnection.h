#pragma once

#include "hub/HubToken.h"

#include <QHostAddress>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <optional>

class Clock;
class HubMetrics;
class QWebSocket;

// One client of the hub: its socket, the token it authenticated with and
// what it subscribed to. Refuses to buffer without bound for a client that
// does not read: past the limit it is closed instead.
class HubConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HubConnection)

public:
    enum class Subscription : quint8 { None, Agents, Floor };

    // Takes the socket over. clock and metrics must outlive the connection.
    HubConnection(QWebSocket *socket, HubMetrics *metrics, qint64 maxBufferedBytes, Clock *clock, QObject *parent = nullptr);
    ~HubConnection() override;

    QHostAddress peerAddress() const { return m_peer; }
    QWebSocket *socket() const { return m_socket; }
    const std::optional<HubToken> &token() const { return m_token; }
    bool isAuthenticated() const { return m_token.has_value(); }
    void setToken(const HubToken &token);
    // Closes the connection unless it authenticated within timeoutMs.
    void requireHelloWithin(int timeoutMs);

    Subscription subscription() const { return m_subscription; }
    const QStringList &agents() const { return m_agents; }
    void setSubscription(Subscription subscription, const QStringList &agents = {});
    // A bar following whoever is logged in on its phone (gateway mode): the
    // phone, and the agent last sent in a seat (nullopt before the first).
    const QString &seatPhone() const { return m_seatPhone; }
    void setSeatPhone(const QString &phone) { m_seatPhone = phone; m_seatedUser.reset(); }
    const std::optional<QString> &seatedUser() const { return m_seatedUser; }
    void setSeatedUser(const QString &user) { m_seatedUser = user; }

    // Monotonic ms of the last message sent; heartbeats fill the silences.
    qint64 lastSentMs() const { return m_lastSentMs; }
    // False when nothing was sent: the connection is closing.
    bool send(const QString &text);
    void closeWith(quint16 code, const QString &reason);
    bool isClosing() const { return m_closing; }

Q_SIGNALS:
    void messageReceived(HubConnection *connection, const QString &text);
    void closed(HubConnection *connection);

private:
    QWebSocket *m_socket;
    HubMetrics *m_metrics;
    Clock *m_clock;
    qint64 m_maxBufferedBytes;
    QHostAddress m_peer;
    std::optional<HubToken> m_token;
    Subscription m_subscription = Subscription::None;
    QStringList m_agents;
    QString m_seatPhone;
    std::optional<QString> m_seatedUser;
    QTimer m_helloTimer;
    qint64 m_lastSentMs = 0;
    bool m_closing = false;
    bool m_closedReported = false;
};
