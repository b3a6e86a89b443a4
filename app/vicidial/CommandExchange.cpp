#include "vicidial/CommandExchange.h"

#include "vicidial/ChannelConnection.h"

CommandExchange::CommandExchange(const QByteArray &request, qsizetype maxAnswerBytes, ExchangeKind kind, QObject *parent)
    : QObject(parent), m_request(request), m_maxAnswerBytes(maxAnswerBytes), m_kind(kind)
{
}

CommandExchange::~CommandExchange()
{
    // Nobody is waiting any more: the connection's state is unknown, drop it.
    const bool running = !m_finished;
    m_finished = true; // no signal from a destructor
    if (running && m_connection)
        m_connection->abandon(this);
}

void CommandExchange::attach(ChannelConnection *connection)
{
    m_connection = connection;
}

void CommandExchange::noteRetry()
{
    Q_ASSERT(mayRetry());
    m_retried = true;
    m_connection = nullptr;
}

void CommandExchange::abort()
{
    if (m_finished)
        return;
    if (m_connection) {
        m_connection->abandon(this);
    } else {
        TransportOutcome outcome;
        outcome.failure = TransportOutcome::Failure::Connection;
        finish(outcome);
    }
}

void CommandExchange::finish(const TransportOutcome &outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    m_connection = nullptr;
    Q_EMIT finished(outcome);
}
