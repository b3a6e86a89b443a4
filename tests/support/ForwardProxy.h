#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

class QTcpServer;
class QTcpSocket;

// A forward HTTP proxy on 127.0.0.1, set up as call centres' proxies
// usually are (Squid's defaults): plain http is forwarded in absolute form
// ("POST http://host:port/path HTTP/1.1"), CONNECT is allowed only to port
// 443 (others get 403), and it may demand a user name and password (407 with
// Proxy-Authenticate: Basic). Where it connects is looked up in its routes
// ("host:port" to a local port), so a test can name the server by a host
// name on a port where nothing listens and still reach it, only through here.
class ForwardProxy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ForwardProxy)

public:
    struct Seen
    {
        QByteArray method;        // GET, POST, CONNECT
        QByteArray target;        // as requested: absolute URL, or host:port for CONNECT
        QByteArray authorization; // the Proxy-Authorization field, if any
        int status = 0;           // what the proxy itself answered (407, 403, 502), 0 when forwarded
    };

    explicit ForwardProxy(QObject *parent = nullptr);
    ~ForwardProxy() override;

    bool start();
    quint16 port() const;
    QString address() const; // http://127.0.0.1:port

    void addRoute(const QString &hostAndPort, quint16 localPort);
    void allowConnectTo(quint16 port) { m_connectPorts.insert(port); }
    // Empty user: no authentication.
    void requireCredentials(const QString &user, const QString &password);

    const QList<Seen> &seen() const { return m_seen; }
    int count(const QByteArray &method) const;
    int refusedForCredentials() const;

private:
    struct Client;
    void onNewConnection();
    void onClientData(Client *client);
    bool handleRequest(Client *client, const QByteArray &head, const QByteArray &body);
    void answer(Client *client, int status, const QByteArray &reason, const QByteArray &extra = {});
    QTcpSocket *upstreamFor(Client *client, const QString &hostAndPort);
    void drop(Client *client);

    QTcpServer *m_server;
    QHash<QString, quint16> m_routes;
    QSet<quint16> m_connectPorts{443};
    QByteArray m_expectedAuthorization;
    QList<Seen> m_seen;
    QList<Client *> m_clients;
};
