#include "ScriptedHub.h"

#include "hub/HubProtocol.h"

#include <QHostAddress>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

ScriptedHub::ScriptedHub(QObject *parent)
    : QObject(parent), m_server(new QWebSocketServer(QStringLiteral("scripted-hub"), QWebSocketServer::NonSecureMode, this))
{
    welcome = {{QStringLiteral("type"), QStringLiteral("welcome")},
               {QStringLiteral("name"), QStringLiteral("desk-1")},
               {QStringLiteral("role"), QStringLiteral("bar")},
               {QStringLiteral("heartbeatMs"), 60000},
               {QStringLiteral("source"), QStringLiteral("api")},
               {QStringLiteral("hub"), QStringLiteral("scripted")},
               {QStringLiteral("mode"), QStringLiteral("gateway")}};
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        qFatal("the scripted hub cannot listen on 127.0.0.1");
    connect(m_server, &QWebSocketServer::newConnection, this, [this] {
        while (QWebSocket *socket = m_server->nextPendingConnection()) {
            socket->setParent(this);
            ++m_accepted;
            m_sockets.append(socket);
            connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &text) { onMessage(socket, text); });
            connect(socket, &QWebSocket::disconnected, this, [this, socket] {
                m_sockets.removeAll(socket);
                socket->deleteLater();
            });
        }
    });
}

ScriptedHub::~ScriptedHub()
{
    abortConnections();
}

QUrl ScriptedHub::url() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_server->serverPort()));
}

void ScriptedHub::onMessage(QWebSocket *socket, const QString &text)
{
    const std::optional<QJsonObject> message = HubProtocol::decode(text);
    if (!message)
        return;
    m_received.append(*message);
    if (message->value(QStringLiteral("type")).toString() == QLatin1String("hello")) {
        socket->sendTextMessage(HubProtocol::encode(welcome));
        return;
    }
    if (script)
        script(*this, *message);
}

void ScriptedHub::send(const QJsonObject &message)
{
    if (!m_sockets.isEmpty())
        m_sockets.last()->sendTextMessage(HubProtocol::encode(message));
}

void ScriptedHub::abortConnections()
{
    const QList<QWebSocket *> sockets = std::exchange(m_sockets, {});
    for (QWebSocket *socket : sockets) {
        disconnect(socket, nullptr, this, nullptr);
        socket->abort();
        socket->deleteLater();
    }
}

void ScriptedHub::shutDown()
{
    m_server->close();
    abortConnections();
}

QList<QJsonObject> ScriptedHub::received(const QString &type) const
{
    QList<QJsonObject> result;
    for (const QJsonObject &message : m_received) {
        if (message.value(QStringLiteral("type")).toString() == type)
            result.append(message);
    }
    return result;
}

bool ScriptedHub::waitFor(const QString &type, int count, int timeoutMs) const
{
    return QTest::qWaitFor([&] { return received(type).size() >= count; }, timeoutMs);
}
