#pragma once

#include "vicidial/FormEncoding.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>

class QTcpServer;
class QTcpSocket;

// An HTTP/1.1 server on 127.0.0.1 that writes exactly the bytes a test gives
// it, so framing, keep-alive and the ways a connection can end are in the
// test's hands: it records each request as it arrived (head and body), on
// which connection, and answers with raw bytes, then keeps the connection,
// closes it, resets it, or stays silent.
class RawHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RawHttpServer)

public:
    struct Request
    {
        QByteArray requestLine; // "POST /agc/api.php HTTP/1.1"
        QByteArray head;        // request line and headers, as received
        QByteArray body;
        int connection = 0;     // 1 for the first connection accepted
        FormFields fields;      // query and body, decoded as PHP would
        QByteArray header(QByteArrayView name) const;
        QString field(const QString &name) const;
    };
    enum class Then : quint8 { KeepOpen, Close, Reset, Silent };
    struct Reply
    {
        QByteArray bytes;
        Then then = Then::KeepOpen;
    };
    using Handler = std::function<Reply(const Request &)>;

    explicit RawHttpServer(QObject *parent = nullptr);
    ~RawHttpServer() override;

    bool start();
    QUrl baseUrl() const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void setReply(const Reply &reply);

    // A complete response framed by Content-Length, plus any extra header lines ("Name: value\r\n").
    static QByteArray response(int status, const QByteArray &body, const QByteArray &extraHeaders = {});
    // The body gzip-compressed, with Content-Encoding: gzip.
    static QByteArray gzipResponse(const QByteArray &body);
    // The body in chunks of chunkSize bytes, with Transfer-Encoding: chunked after any extra header lines.
    static QByteArray chunkedResponse(const QByteArray &body, int chunkSize, const QByteArray &extraHeaders = {});

    const QList<Request> &received() const { return m_received; }
    int count(const QString &function) const;
    int connectionsAccepted() const { return m_accepted; }
    int openConnections() const;
    // The server ends every open connection, as an idle timeout would.
    void closeAllConnections();
    // Ends a kept-open connection after that long without a request, as a
    // web server's keep-alive timeout does (it sends FIN and counts the
    // connection open until the client has closed its end); 0 (the default) never.
    void setIdleTimeoutMs(int ms) { m_idleTimeoutMs = ms; }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    static void reset(QTcpSocket *socket);
    static void halfClose(QTcpSocket *socket);

    QTcpServer *m_server;
    Handler m_handler;
    QList<Request> m_received;
    QList<QTcpSocket *> m_sockets;
    int m_accepted = 0;
    int m_idleTimeoutMs = 0;
};
