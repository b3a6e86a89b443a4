#pragma once

#include "vicidial/ChannelTarget.h"
#include "vicidial/HttpResponseReader.h"
#include "vicidial/KeepAliveRules.h"
#include "vicidial/TransportOutcome.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <QAbstractSocket>

class Clock;
class CommandExchange;
class QSslError;
class QSslSocket;

// One keep-alive connection of the channel, carrying one exchange at a time.
// It writes each request once and never again: whatever happens after the
// first byte left (close, reset, garbage), the exchange fails, except that a
// read written on a reused connection that then closed before any byte of the
// answer came is handed back (retryWanted) to go out once more on a fresh one.
class ChannelConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelConnection)

public:
    ChannelConnection(const ChannelTarget &target, Clock *clock, QObject *parent);
    ~ChannelConnection() override;

    const ChannelTarget &target() const { return m_target; }
    bool isBusy() const { return m_exchange != nullptr; }
    // Idle, for this target, still connected with nothing unexpected from the
    // server, and idle for less than KeepAliveRules allow for that kind of
    // request: safe to write on at once.
    bool isReusable(const ChannelTarget &target, ExchangeKind kind) const;
    // Connects first unless the connection is open; then writes the request.
    void run(CommandExchange *exchange);
    // The exchange gives up (timeout, cancel, gone): the connection is dropped.
    void abandon(CommandExchange *exchange);
    void close();

Q_SIGNALS:
    void becameIdle(ChannelConnection *connection);
    void closed(ChannelConnection *connection);
    // The connection is closed (closed() came first); the read goes out again elsewhere.
    void retryWanted(CommandExchange *exchange);

private:
    void connectSocket();
    void writeRequest();
    void onConnected();
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onReadyRead();
    void onSocketEnded(QAbstractSocket::SocketError error);
    void readAvailable(bool peerEnded);
    void finishExchange(const TransportOutcome &outcome, bool keepConnection);
    void fail(TransportOutcome::Failure failure, const QString &text);
    // A reused connection ended before any byte of the answer: the keep-alive race.
    bool handBackForRetry();
    void drop();

    ChannelTarget m_target;
    qint64 m_announcedTimeoutMs = -1; // by the server's latest answer on this connection
    Clock *m_clock;
    QSslSocket *m_socket;
    QTimer m_idleTimer;
    QPointer<CommandExchange> m_exchange;
    HttpResponseReader m_reader;
    QString m_tlsRefusal;
    qint64 m_idleSinceMs = 0;
    bool m_written = false;
    bool m_reused = false; // the current exchange was written on a connection that had carried one before
    bool m_dead = false;
};
