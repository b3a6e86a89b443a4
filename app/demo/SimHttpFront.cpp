#include "demo/SimHttpFront.h"

#include "util/Logging.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QLocale>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Post: return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head: return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Put: return QByteArrayLiteral("PUT");
    default: return QByteArrayLiteral("OTHER");
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return QByteArrayLiteral("OK");
    case 404: return QByteArrayLiteral("Not Found");
    case 418: return QByteArrayLiteral("I'm a teapot");
    case 500: return QByteArrayLiteral("Internal Server Error");
    default: return QByteArrayLiteral("Unknown");
    }
}

QByteArray httpDate()
{
    return QLocale::c().toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
}

bool wantsClose(const QHttpServerRequest &request)
{
    for (const auto &[name, value] : request.headers()) {
        if (name.compare("connection", Qt::CaseInsensitive) == 0 && value.trimmed().compare("close", Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

SimHttpFront::SimHttpFront(Handler handler, QObject *parent) : QAbstractHttpServer(parent), m_handler(std::move(handler))
{
}

SimHttpFront::~SimHttpFront() = default;

quint16 SimHttpFront::start(const QHostAddress &address, quint16 port)
{
    const quint16 bound = listen(address, port);
    if (bound == 0)
        return 0;
    for (QTcpServer *server : servers())
        connect(server, &QTcpServer::newConnection, this, [this] { ++m_connections; });
    return bound;
}

bool SimHttpFront::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // The request object is reused for the socket's next request: copy now.
    SimRequest simRequest;
    simRequest.method = methodName(request.method());
    simRequest.path = request.url().path();
    simRequest.query = decodeForm(request.url().query(QUrl::FullyEncoded).toLatin1());
    if (request.method() == QHttpServerRequest::Method::Post)
        simRequest.body = decodeForm(request.body());
    const bool closeAfter = wantsClose(request);

    const SimDelivery delivery = m_handler(simRequest);
    if (delivery.delayMs <= 0) {
        write(socket, delivery, closeAfter);
        return true;
    }
    QPointer<QTcpSocket> target(socket);
    QTimer::singleShot(delivery.delayMs, this, [target, delivery, closeAfter] {
        if (target)
            write(target, delivery, closeAfter);
    });
    return true;
}

void SimHttpFront::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    SimDelivery delivery;
    delivery.status = 404;
    write(socket, delivery, false);
}

void SimHttpFront::write(QTcpSocket *socket, const SimDelivery &delivery, bool closeAfter)
{
    if (delivery.mode == SimDelivery::Mode::Reset) {
        reset(socket);
        return;
    }
    const bool truncated = delivery.mode == SimDelivery::Mode::Truncated;
    const qsizetype announced = truncated ? delivery.body.size() + 1024 : delivery.body.size();
    QByteArray head = "HTTP/1.1 " + QByteArray::number(delivery.status) + ' ' + reasonPhrase(delivery.status) + "\r\n";
    head += "Date: " + httpDate() + "\r\n";
    head += "Server: Apache\r\n";
    head += "Cache-Control: no-cache, must-revalidate\r\n";
    head += "Pragma: no-cache\r\n";
    head += "Content-Length: " + QByteArray::number(announced) + "\r\n";
    if (closeAfter || truncated)
        head += "Connection: close\r\n";
    else
        head += "Keep-Alive: timeout=5, max=1000\r\nConnection: Keep-Alive\r\n";
    head += "Content-type: text/html; charset=utf-8\r\n\r\n";
    socket->write(head);
    socket->write(delivery.body);
    if (closeAfter || truncated)
        socket->disconnectFromHost();
}

void SimHttpFront::reset(QTcpSocket *socket)
{
#ifdef Q_OS_UNIX
    // A zero linger time makes close() send RST instead of FIN.
    struct linger hard{1, 0};
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
#endif
    qCDebug(lcSim) << "resetting a connection";
    socket->abort();
}
