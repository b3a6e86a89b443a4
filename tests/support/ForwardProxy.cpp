#include "ForwardProxy.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

struct ForwardProxy::Client
{
    QTcpSocket *socket = nullptr;
    QByteArray buffer;
    QPointer<QTcpSocket> upstream;
    QString upstreamTarget;
    bool tunnel = false; // after CONNECT: bytes pass through both ways
};

namespace {

QByteArray headerValue(const QByteArray &head, QByteArrayView name)
{
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

// The head as the origin server sees it: origin-form target, no proxy fields.
QByteArray forwardedHead(const QByteArray &head, const QByteArray &method, const QUrl &url)
{
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray out = method + ' ' + target + " HTTP/1.1\r\n";
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const QByteArray name = line.left(line.indexOf(':')).trimmed().toLower();
        if (name == "proxy-authorization" || name == "proxy-connection")
            continue;
        out += line + "\r\n";
    }
    return out + "\r\n";
}

} // namespace

ForwardProxy::ForwardProxy(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &ForwardProxy::onNewConnection);
}

ForwardProxy::~ForwardProxy()
{
    const QList<Client *> clients = m_clients;
    for (Client *client : clients)
        drop(client);
}

bool ForwardProxy::start()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 ForwardProxy::port() const
{
    return m_server->serverPort();
}

QString ForwardProxy::address() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

void ForwardProxy::addRoute(const QString &hostAndPort, quint16 localPort)
{
    m_routes.insert(hostAndPort.toLower(), localPort);
}

void ForwardProxy::requireCredentials(const QString &user, const QString &password)
{
    m_expectedAuthorization = user.isEmpty() ? QByteArray() : "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

int ForwardProxy::count(const QByteArray &method) const
{
    return int(std::count_if(m_seen.cbegin(), m_seen.cend(), [&method](const Seen &seen) { return seen.method == method; }));
}

int ForwardProxy::refusedForCredentials() const
{
    return int(std::count_if(m_seen.cbegin(), m_seen.cend(), [](const Seen &seen) { return seen.status == 407; }));
}

void ForwardProxy::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *client = new Client;
        client->socket = socket;
        m_clients.append(client);
        connect(socket, &QIODevice::readyRead, this, [this, client] { onClientData(client); });
        connect(socket, &QAbstractSocket::disconnected, this, [this, client] { drop(client); });
    }
}

void ForwardProxy::drop(Client *client)
{
    if (!m_clients.removeOne(client))
        return;
    if (client->upstream) {
        client->upstream->disconnect(this);
        client->upstream->abort();
        client->upstream->deleteLater();
    }
    client->socket->disconnect(this);
    client->socket->abort();
    client->socket->deleteLater();
    delete client;
}

void ForwardProxy::onClientData(Client *client)
{
    client->buffer += client->socket->readAll();
    while (!client->buffer.isEmpty()) {
        if (client->tunnel) {
            if (client->upstream)
                client->upstream->write(client->buffer);
            client->buffer.clear();
            return;
        }
        const qsizetype headEnd = client->buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QByteArray head = client->buffer.left(headEnd + 2);
        const qsizetype length = headerValue(head, "content-length").toLongLong();
        if (client->buffer.size() < headEnd + 4 + length)
            return;
        const QByteArray body = client->buffer.mid(headEnd + 4, length);
        client->buffer.remove(0, headEnd + 4 + length);
        if (!handleRequest(client, head, body))
            return; // the client is gone
    }
}

void ForwardProxy::answer(Client *client, int status, const QByteArray &reason, const QByteArray &extra)
{
    m_seen.last().status = status;
    client->socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n" + extra + "Content-Length: 0\r\n\r\n");
}

bool ForwardProxy::handleRequest(Client *client, const QByteArray &head, const QByteArray &body)
{
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    Seen seen;
    seen.method = requestLine.value(0);
    seen.target = requestLine.value(1);
    seen.authorization = headerValue(head, "proxy-authorization");
    m_seen.append(seen);

    if (!m_expectedAuthorization.isEmpty() && seen.authorization != m_expectedAuthorization) {
        answer(client, 407, "Proxy Authentication Required", "Proxy-Authenticate: Basic realm=\"test proxy\"\r\n");
        return true;
    }
    if (seen.method == "CONNECT") {
        const QList<QByteArray> hostPort = seen.target.split(':');
        if (!m_connectPorts.contains(quint16(hostPort.value(1).toUInt()))) {
            answer(client, 403, "Forbidden");
            return true;
        }
        QTcpSocket *upstream = upstreamFor(client, QString::fromLatin1(seen.target));
        if (!upstream) {
            answer(client, 502, "Bad Gateway");
            return true;
        }
        client->tunnel = true;
        client->socket->write("HTTP/1.1 200 Connection established\r\n\r\n");
        return true;
    }
    const QUrl url(QString::fromLatin1(seen.target));
    if (url.scheme() != QLatin1String("http") || url.host().isEmpty()) {
        answer(client, 400, "Bad Request");
        return true;
    }
    const QString target = url.host() + QLatin1Char(':') + QString::number(url.port(80));
    QTcpSocket *upstream = upstreamFor(client, target);
    if (!upstream) {
        answer(client, 502, "Bad Gateway");
        return true;
    }
    upstream->write(forwardedHead(head, seen.method, url) + body);
    return true;
}

QTcpSocket *ForwardProxy::upstreamFor(Client *client, const QString &hostAndPort)
{
    const auto route = m_routes.constFind(hostAndPort.toLower());
    if (route == m_routes.cend())
        return nullptr;
    if (client->upstream && client->upstreamTarget == hostAndPort.toLower()
        && client->upstream->state() != QAbstractSocket::UnconnectedState)
        return client->upstream;
    if (client->upstream) {
        client->upstream->disconnect(this);
        client->upstream->abort();
        client->upstream->deleteLater();
    }
    auto *upstream = new QTcpSocket(this);
    client->upstream = upstream;
    client->upstreamTarget = hostAndPort.toLower();
    // Answers go back as they come; the proxy never parses them.
    connect(upstream, &QIODevice::readyRead, this, [client, upstream] { client->socket->write(upstream->readAll()); });
    connect(upstream, &QAbstractSocket::disconnected, this, [this, client] {
        if (m_clients.contains(client))
            client->socket->disconnectFromHost();
    });
    upstream->connectToHost(QHostAddress::LocalHost, *route);
    return upstream;
}
