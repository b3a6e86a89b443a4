#include "TcpRelay.h"

#include <QTcpSocket>

#include <memory>

TcpRelay::TcpRelay(quint16 targetPort, QObject *parent) : QObject(parent), m_targetPort(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *client = m_server.nextPendingConnection())
            relay(client);
    });
}

bool TcpRelay::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void TcpRelay::setFrozen(bool frozen)
{
    m_frozen = frozen;
    if (!frozen)
        Q_EMIT thawed();
}

void TcpRelay::relay(QTcpSocket *client)
{
    ++m_accepted;
    client->setParent(this);
    auto *upstream = new QTcpSocket(this);
    auto toServer = std::make_shared<QByteArray>();
    connect(client, &QTcpSocket::readyRead, upstream, [client, upstream, toServer] {
        if (upstream->state() == QAbstractSocket::ConnectedState)
            upstream->write(client->readAll());
        else
            toServer->append(client->readAll());
    });
    connect(upstream, &QTcpSocket::connected, client, [upstream, toServer] {
        upstream->write(*toServer);
        toServer->clear();
    });
    auto forward = [this, client, upstream] {
        if (!m_frozen)
            client->write(upstream->readAll());
    };
    connect(upstream, &QTcpSocket::readyRead, client, forward);
    connect(this, &TcpRelay::thawed, client, forward);
    auto closeBoth = [client, upstream] {
        client->disconnect();
        upstream->disconnect();
        client->abort();
        upstream->abort();
        client->deleteLater();
        upstream->deleteLater();
    };
    connect(client, &QTcpSocket::disconnected, this, closeBoth);
    connect(upstream, &QTcpSocket::disconnected, this, closeBoth);
    connect(upstream, &QTcpSocket::errorOccurred, this, closeBoth);
    connect(this, &TcpRelay::cutRequested, client, closeBoth);
    upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
}
