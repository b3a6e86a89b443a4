#pragma once

#include "vicidial/KeepAliveRules.h"
#include "vicidial/TransportOutcome.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

class ChannelConnection;

// One request on the channel, answered once, on one connection at a time.
// A Command is written at most once. A Read may be written a second time, on
// a fresh connection, when the kept-alive connection it was first written on
// turned out closed before any byte of the answer came (mayRetry()).
// Owned by whoever asked for it.
class CommandExchange final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandExchange)

public:
    CommandExchange(const QByteArray &request, qsizetype maxAnswerBytes, ExchangeKind kind, QObject *parent);
    ~CommandExchange() override;

    const QByteArray &request() const { return m_request; }
    qsizetype maxAnswerBytes() const { return m_maxAnswerBytes; }
    ExchangeKind kind() const { return m_kind; }
    bool isFinished() const { return m_finished; }
    bool wasRetried() const { return m_retried; }
    bool mayRetry() const { return m_kind == ExchangeKind::Read && !m_retried && !m_finished; }
    // Drops the connection, whatever it was doing; finished follows at once.
    void abort();

Q_SIGNALS:
    // The request's bytes were handed to the operating system (twice for a retried read).
    void written();
    void finished(const TransportOutcome &outcome);

private:
    friend class ChannelConnection;
    friend class CommandChannel;
    void attach(ChannelConnection *connection);
    void noteWritten() { Q_EMIT written(); }
    void noteRetry();
    void finish(const TransportOutcome &outcome);

    QByteArray m_request;
    qsizetype m_maxAnswerBytes;
    ExchangeKind m_kind;
    QPointer<ChannelConnection> m_connection;
    bool m_retried = false;
    bool m_finished = false;
};
