#pragma once

#include <QObject>
#include <QTcpServer>

// A TCP relay on 127.0.0.1 to a local port, for a hub that goes quiet
// without closing: while frozen, what the server sends is held back (the
// connection stays open and silent); each relayed pair closes together.
class TcpRelay final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TcpRelay)

public:
    explicit TcpRelay(quint16 targetPort, QObject *parent = nullptr);

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    void setFrozen(bool frozen);
    // Cuts every relayed pair now (both sides aborted): a connection lost mid-exchange.
    void cutAll() { Q_EMIT cutRequested(); }
    int connectionsAccepted() const { return m_accepted; }

Q_SIGNALS:
    void thawed();
    void cutRequested();

private:
    void relay(QTcpSocket *client);

    QTcpServer m_server;
    quint16 m_targetPort;
    bool m_frozen = false;
    int m_accepted = 0;
};
