#include "vicidial/CommandChannel.h"

#include "util/Clock.h"
#include "util/Logging.h"
#include "vicidial/ChannelConnection.h"
#include "vicidial/CommandExchange.h"
#include "vicidial/OutgoingRequest.h"

CommandChannel::CommandChannel(Clock *clock, QObject *parent)
    : QObject(parent), m_clock(clock ? clock : Clock::system())
{
}

CommandChannel::~CommandChannel() = default;

void CommandChannel::setTlsPolicy(const TlsPolicy &policy)
{
    m_tls = policy;
    ++m_generation;
    closeIdle();
}

CommandExchange *CommandChannel::send(const OutgoingRequest &request, qsizetype maxAnswerBytes, ExchangeKind kind, QObject *owner)
{
    ChannelTarget target;
    target.encrypted = request.url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    target.host = request.url.host();
    target.port = quint16(request.url.port(target.encrypted ? 443 : 80));
    target.tls = m_tls;
    target.generation = m_generation;

    auto *exchange = new CommandExchange(request.toHttp11(), maxAnswerBytes, kind, owner);
    dispatch(exchange, target);
    return exchange;
}

void CommandChannel::dispatch(CommandExchange *exchange, const ChannelTarget &target)
{
    if (ChannelConnection *connection = takeReusable(target, exchange->kind())) {
        connection->run(exchange);
        return;
    }
    // Idle connections that cannot carry this request make room for one that can.
    while (m_connections.size() >= kMaxConnections && !m_idle.isEmpty())
        m_idle.first()->close();
    if (m_connections.size() >= kMaxConnections) {
        qCDebug(lcWire) << "channel: every connection is busy; a request waits for one";
        m_waiting.append({exchange, target});
        return;
    }
    runOnFreshConnection(exchange, target);
}

void CommandChannel::runOnFreshConnection(CommandExchange *exchange, const ChannelTarget &target)
{
    auto *connection = new ChannelConnection(target, m_clock, this);
    connect(connection, &ChannelConnection::becameIdle, this, &CommandChannel::onIdle);
    connect(connection, &ChannelConnection::closed, this, &CommandChannel::onClosed);
    connect(connection, &ChannelConnection::retryWanted, this,
            [this, connection](CommandExchange *retried) { onRetryWanted(connection, retried); });
    m_connections.append(connection);
    connection->run(exchange);
}

ChannelConnection *CommandChannel::takeReusable(const ChannelTarget &target, ExchangeKind kind)
{
    // The most recently used first. One too old for a command may still serve
    // a read later; one that can serve nothing is closed.
    ChannelConnection *found = nullptr;
    QList<ChannelConnection *> useless;
    for (qsizetype i = m_idle.size(); i-- > 0;) {
        ChannelConnection *connection = m_idle.at(i);
        if (connection->isReusable(target, kind)) {
            found = connection;
            break;
        }
        if (kind == ExchangeKind::Read || !connection->isReusable(target, ExchangeKind::Read))
            useless.append(connection);
    }
    if (found)
        m_idle.removeOne(found);
    for (ChannelConnection *connection : std::as_const(useless))
        connection->close(); // leaves m_idle and m_connections through onClosed
    return found;
}

void CommandChannel::onIdle(ChannelConnection *connection)
{
    m_idle.removeAll(connection);
    m_idle.append(connection);
    while (m_idle.size() > kMaxIdleConnections)
        m_idle.first()->close();
    scheduleWaiting();
}

void CommandChannel::onClosed(ChannelConnection *connection)
{
    m_idle.removeAll(connection);
    m_connections.removeAll(connection);
    connection->deleteLater();
    scheduleWaiting();
}

void CommandChannel::onRetryWanted(ChannelConnection *connection, CommandExchange *exchange)
{
    ++m_readsRetried;
    // Never on another kept-alive connection: the server may have closed that one too.
    runOnFreshConnection(exchange, connection->target());
}

void CommandChannel::scheduleWaiting()
{
    // Later, not from inside a connection's signal or the pool's own loops.
    if (m_waiting.isEmpty() || m_dispatchPosted)
        return;
    m_dispatchPosted = true;
    QMetaObject::invokeMethod(this, &CommandChannel::dispatchWaiting, Qt::QueuedConnection);
}

void CommandChannel::dispatchWaiting()
{
    m_dispatchPosted = false;
    while (!m_waiting.isEmpty()) {
        const Waiting next = m_waiting.first();
        if (!next.exchange || next.exchange->isFinished()) {
            m_waiting.removeFirst();
            continue;
        }
        if (m_connections.size() >= kMaxConnections && m_idle.isEmpty())
            return;
        m_waiting.removeFirst();
        dispatch(next.exchange, next.target);
    }
}

void CommandChannel::closeIdle()
{
    const QList<ChannelConnection *> idle = m_idle;
    for (ChannelConnection *connection : idle)
        connection->close();
}
