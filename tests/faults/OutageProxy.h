#pragma once

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <memory>

// A TCP relay to the simulator that can be switched off and on again on the
// same port: the server's host going down (new connections refused, open
// ones cut) and coming back, with the simulator and its counters intact.
// The simulator itself has no way to stop listening.
class OutageProxy final
{
public:
    explicit OutageProxy(quint16 targetPort) : m_targetPort(targetPort), m_sockets(std::make_unique<QObject>()) {}
    ~OutageProxy() { down(); }
    OutageProxy(const OutageProxy &) = delete;
    OutageProxy &operator=(const OutageProxy &) = delete;

    // Listens on 127.0.0.1: an ephemeral port the first time, the same port after.
    bool up()
    {
        if (m_server)
            return true;
        m_server = std::make_unique<QTcpServer>();
        if (!m_server->listen(QHostAddress::LocalHost, m_port)) {
            m_server.reset();
            return false;
        }
        m_port = m_server->serverPort();
        QTcpServer *server = m_server.get();
        QObject::connect(server, &QTcpServer::newConnection, server, [this, server] {
            while (QTcpSocket *client = server->nextPendingConnection())
                relay(client);
        });
        return true;
    }

    // Stops listening and cuts every relayed connection.
    void down()
    {
        m_server.reset();
        const QList<QTcpSocket *> sockets = m_sockets->findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly);
        for (QTcpSocket *socket : sockets) {
            socket->disconnect(); // no relaying between two ends being cut
            socket->abort();
            socket->deleteLater();
        }
    }

    bool isUp() const { return m_server != nullptr; }
    quint16 port() const { return m_port; }
    QUrl baseUrl() const
    {
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(m_port);
        return url;
    }

private:
    void relay(QTcpSocket *client)
    {
        client->setParent(m_sockets.get());
        auto *upstream = new QTcpSocket(m_sockets.get());
        auto pending = std::make_shared<QByteArray>();
        QObject::connect(client, &QTcpSocket::readyRead, client, [client, upstream, pending] {
            if (upstream->state() == QAbstractSocket::ConnectedState)
                upstream->write(client->readAll());
            else
                pending->append(client->readAll());
        });
        QObject::connect(upstream, &QTcpSocket::connected, upstream, [upstream, pending] {
            upstream->write(*pending);
            pending->clear();
        });
        QObject::connect(upstream, &QTcpSocket::readyRead, upstream, [client, upstream] { client->write(upstream->readAll()); });
        auto closeBoth = [client, upstream] {
            for (QTcpSocket *socket : {client, upstream}) {
                if (socket->state() != QAbstractSocket::UnconnectedState)
                    socket->disconnectFromHost();
            }
        };
        QObject::connect(client, &QTcpSocket::disconnected, upstream, closeBoth);
        QObject::connect(upstream, &QTcpSocket::disconnected, client, closeBoth);
        QObject::connect(upstream, &QTcpSocket::errorOccurred, client, [client](QAbstractSocket::SocketError error) {
            if (error == QAbstractSocket::RemoteHostClosedError)
                client->disconnectFromHost(); // what was relayed still goes out
            else
                client->abort();
        });
        upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }

    quint16 m_targetPort;
    quint16 m_port = 0;
    std::unique_ptr<QTcpServer> m_server;
    std::unique_ptr<QObject> m_sockets; // owns both ends of every relayed connection
};
