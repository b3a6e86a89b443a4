#include "LocalHttpServer.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

QString LocalHttpServer::Received::field(const QString &name) const
{
    for (const auto &[key, value] : fields) {
        if (key == name)
            return value;
    }
    return {};
}

LocalHttpServer::LocalHttpServer(QObject *parent) : QAbstractHttpServer(parent)
{
    setReply({});
}

void LocalHttpServer::setReply(const Reply &reply)
{
    m_handler = [reply](const Received &) { return reply; };
}

bool LocalHttpServer::start(quint16 port)
{
    m_port = listen(QHostAddress::LocalHost, port);
    countConnections();
    return m_port != 0;
}

bool LocalHttpServer::startTls(const QString &certificatePath, const QString &keyPath)
{
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return false;
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certificatePath);
    if (certificates.isEmpty())
        return false;
    sslSetup(certificates.first(), QSslKey(&keyFile, QSsl::Rsa));
    m_tls = true;
    return start();
}

void LocalHttpServer::countConnections()
{
    for (QTcpServer *server : servers())
        connect(server, &QTcpServer::newConnection, this, [this] { ++m_connections; });
}

QUrl LocalHttpServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

bool LocalHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Received received;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get: received.method = "GET"; break;
    case QHttpServerRequest::Method::Post: received.method = "POST"; break;
    default: received.method = "OTHER"; break;
    }
    received.path = request.url().path();
    received.rawQuery = request.url().query(QUrl::FullyEncoded).toLatin1();
    received.rawBody = request.body();
    received.fields = decodeForm(received.rawQuery);
    received.fields.append(decodeForm(received.rawBody));
    m_received.append(received);

    const Reply reply = m_handler(received);
    ++m_inFlight;
    m_maxInFlight = std::max(m_maxInFlight, m_inFlight);
    QPointer<QTcpSocket> target(socket);
    auto answer = [this, target, reply] {
        --m_inFlight;
        if (!target)
            return;
        if (reply.dropConnection) {
            target->abort();
            return;
        }
        QByteArray response = "HTTP/1.1 " + QByteArray::number(reply.status) + (reply.status == 200 ? " OK" : " Error")
            + "\r\nContent-type: text/html; charset=utf-8\r\nContent-Length: " + QByteArray::number(reply.body.size())
            + "\r\nConnection: keep-alive\r\n\r\n" + reply.body;
        target->write(response);
    };
    if (reply.delayMs > 0)
        QTimer::singleShot(reply.delayMs, this, answer);
    else
        answer();
    return true;
}

void LocalHttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
}
