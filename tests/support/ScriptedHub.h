#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>

class QWebSocket;
class QWebSocketServer;

// A stand-in parkbar-hub on 127.0.0.1 for protocol tests of the desk side:
// answers a hello with `welcome` (edit it before clients connect), keeps
// every message a client sent, and does whatever the test's script says with
// each one. Sends no heartbeats: a short heartbeatMs in the welcome makes it
// fall silent on purpose.
class ScriptedHub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptedHub)

public:
    explicit ScriptedHub(QObject *parent = nullptr);
    ~ScriptedHub() override;

    QUrl url() const;

    // Sent after each hello ("v" added). Defaults: a gateway hub, bar role, heartbeat 60 s.
    QJsonObject welcome;
    // Called with each message after the hello (subscribe, command...); may send().
    std::function<void(ScriptedHub &hub, const QJsonObject &message)> script;

    // To the most recent connection.
    void send(const QJsonObject &message);
    // Cuts every connection without a close frame, as a crashed hub or a cut cable does.
    void abortConnections();
    // Stops listening and cuts every connection: the hub is gone.
    void shutDown();

    QList<QJsonObject> received(const QString &type) const;
    bool waitFor(const QString &type, int count = 1, int timeoutMs = 5000) const;
    int connectionsAccepted() const { return m_accepted; }
    int openConnections() const { return int(m_sockets.size()); }

private:
    void onMessage(QWebSocket *socket, const QString &text);

    QWebSocketServer *m_server;
    QList<QWebSocket *> m_sockets;
    QList<QJsonObject> m_received;
    int m_accepted = 0;
};
