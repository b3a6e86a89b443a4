#include "RawHttpServer.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace {
const char *kBuffer = "rawhttp.buffer";
const char *kConnection = "rawhttp.connection";
} // namespace

QByteArray RawHttpServer::Request::header(QByteArrayView name) const
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

QString RawHttpServer::Request::field(const QString &name) const
{
    for (const auto &[key, value] : fields) {
        if (key == name)
            return value;
    }
    return {};
}

RawHttpServer::RawHttpServer(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    setReply({response(200, "SUCCESS: park_call function set - PARK_CUSTOMER|1000\n")});
    connect(m_server, &QTcpServer::newConnection, this, &RawHttpServer::onNewConnection);
}

RawHttpServer::~RawHttpServer() = default;

bool RawHttpServer::start()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl RawHttpServer::baseUrl() const
{
    QUrl url(QStringLiteral("http://127.0.0.1"));
    url.setPort(m_server->serverPort());
    return url;
}

void RawHttpServer::setReply(const Reply &reply)
{
    m_handler = [reply](const Request &) { return reply; };
}

QByteArray RawHttpServer::response(int status, const QByteArray &body, const QByteArray &extraHeaders)
{
    return "HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Other") + "\r\nContent-type: text/html; charset=utf-8\r\n"
        + "Content-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body;
}

namespace {
quint32 crc32Of(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

void appendLittleEndian(QByteArray &bytes, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        bytes.append(char((value >> (8 * i)) & 0xff));
}
} // namespace

QByteArray RawHttpServer::gzipResponse(const QByteArray &body)
{
    // qCompress gives a 4-byte length, then a zlib stream: 2 bytes of header, deflate, 4 bytes of Adler-32.
    const QByteArray zlib = qCompress(body, 9);
    QByteArray gzip("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff", 10);
    gzip += zlib.mid(6, zlib.size() - 6 - 4);
    appendLittleEndian(gzip, crc32Of(body));
    appendLittleEndian(gzip, quint32(body.size()));
    return response(200, gzip, "Content-Encoding: gzip\r\n");
}

QByteArray RawHttpServer::chunkedResponse(const QByteArray &body, int chunkSize, const QByteArray &extraHeaders)
{
    QByteArray bytes = "HTTP/1.1 200 OK\r\nContent-type: text/html; charset=utf-8\r\n" + extraHeaders + "Transfer-Encoding: chunked\r\n\r\n";
    for (qsizetype at = 0; at < body.size(); at += chunkSize) {
        const QByteArray chunk = body.mid(at, chunkSize);
        bytes += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
    }
    return bytes + "0\r\n\r\n";
}

int RawHttpServer::count(const QString &function) const
{
    return int(std::count_if(m_received.cbegin(), m_received.cend(),
                             [&function](const Request &request) { return request.field(QStringLiteral("function")) == function; }));
}

int RawHttpServer::openConnections() const
{
    return int(std::count_if(m_sockets.cbegin(), m_sockets.cend(),
                             [](const QTcpSocket *socket) { return socket->state() == QAbstractSocket::ConnectedState; }));
}

void RawHttpServer::closeAllConnections()
{
    for (QTcpSocket *socket : std::as_const(m_sockets))
        socket->disconnectFromHost();
}

void RawHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_accepted;
        socket->setProperty(kConnection, m_accepted);
        m_sockets.append(socket);
        auto *idle = new QTimer(socket);
        idle->setSingleShot(true);
        connect(idle, &QTimer::timeout, socket, [socket] { halfClose(socket); });
        connect(socket, &QIODevice::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QAbstractSocket::disconnected, this, [this, socket] {
            m_sockets.removeAll(socket);
            socket->deleteLater();
        });
    }
}

void RawHttpServer::onReadyRead(QTcpSocket *socket)
{
    auto *idle = socket->findChild<QTimer *>(QString(), Qt::FindDirectChildrenOnly);
    idle->stop();
    QByteArray buffer = socket->property(kBuffer).toByteArray() + socket->readAll();
    for (;;) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            break;
        Request request;
        request.head = buffer.left(headEnd + 2);
        request.requestLine = request.head.left(request.head.indexOf("\r\n"));
        const qsizetype length = request.header("content-length").toLongLong();
        if (buffer.size() < headEnd + 4 + length)
            break;
        request.body = buffer.mid(headEnd + 4, length);
        buffer.remove(0, headEnd + 4 + length);
        request.connection = socket->property(kConnection).toInt();
        const QList<QByteArray> parts = request.requestLine.split(' ');
        const QByteArray target = parts.value(1);
        if (const qsizetype question = target.indexOf('?'); question >= 0)
            request.fields = decodeForm(QByteArrayView(target).sliced(question + 1));
        request.fields.append(decodeForm(request.body));
        m_received.append(request);

        const Reply reply = m_handler(request);
        socket->write(reply.bytes);
        switch (reply.then) {
        case Then::KeepOpen:
            if (m_idleTimeoutMs > 0)
                idle->start(m_idleTimeoutMs);
            break;
        case Then::Silent: break;
        case Then::Close: socket->disconnectFromHost(); return;
        case Then::Reset: reset(socket); return;
        }
    }
    socket->setProperty(kBuffer, buffer);
}

void RawHttpServer::halfClose(QTcpSocket *socket)
{
#ifdef Q_OS_UNIX
    // FIN, but keep reading: the connection counts as open until the client closes its end too.
    ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
#else
    socket->disconnectFromHost();
#endif
}

void RawHttpServer::reset(QTcpSocket *socket)
{
#ifdef Q_OS_UNIX
    // A zero linger time makes close() send RST instead of FIN.
    struct linger hard{1, 0};
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
#endif
    socket->abort();
}
