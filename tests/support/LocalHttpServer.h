#pragma once

#include "vicidial/FormEncoding.h"

#include <QAbstractHttpServer>
#include <QList>
#include <QUrl>

#include <functional>

class QTcpSocket;

// A real HTTP server on 127.0.0.1 with an ephemeral port, for wire tests:
// records every request as received and answers as the test says, including
// slowly, with a wrong status, or by dropping the connection.
class LocalHttpServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    struct Received
    {
        QByteArray method;
        QString path;
        QByteArray rawQuery;
        QByteArray rawBody;
        FormFields fields; // query and body, decoded as PHP would
        QString field(const QString &name) const;
    };
    struct Reply
    {
        int status = 200;
        QByteArray body;
        int delayMs = 0;
        bool dropConnection = false;
    };
    using Handler = std::function<Reply(const Received &)>;

    explicit LocalHttpServer(QObject *parent = nullptr);

    // Listens on 127.0.0.1, on the given port or an ephemeral one (0); returns false on failure.
    bool start(quint16 port = 0);
    // Same, with TLS from the given PEM certificate and key.
    bool startTls(const QString &certificatePath, const QString &keyPath);
    QUrl baseUrl() const;

    void setReply(const Reply &reply);
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    const QList<Received> &received() const { return m_received; }
    int connectionsAccepted() const { return m_connections; }
    // Requests whose answer has not been written yet.
    int inFlight() const { return m_inFlight; }
    int maxInFlight() const { return m_maxInFlight; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void countConnections();

    Handler m_handler;
    QList<Received> m_received;
    quint16 m_port = 0;
    bool m_tls = false;
    int m_connections = 0;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
};
