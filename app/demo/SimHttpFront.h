#pragma once

#include "demo/SimFaults.h"
#include "demo/SimRequest.h"

#include <QAbstractHttpServer>
#include <QHostAddress>

#include <functional>

class QTcpSocket;

// The simulator's HTTP/1.1 server: writes raw answers to the socket so that
// latency, resets and cut-off bodies can be injected, and keeps connections
// alive between requests as Apache does.
class SimHttpFront final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimHttpFront)

public:
    using Handler = std::function<SimDelivery(const SimRequest &)>;

    explicit SimHttpFront(Handler handler, QObject *parent = nullptr);
    ~SimHttpFront() override;

    // Returns the port, or 0 when the address or port cannot be had.
    quint16 start(const QHostAddress &address, quint16 port);
    int connectionsAccepted() const { return m_connections; }
    void resetConnectionCount() { m_connections = 0; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    static void write(QTcpSocket *socket, const SimDelivery &delivery, bool closeAfter);
    static void reset(QTcpSocket *socket);

    Handler m_handler;
    int m_connections = 0;
};
