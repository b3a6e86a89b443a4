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

CommandExchange *CommandChannel::send(const OutgoingRequest &request, qsizetype maxAnswerBytes, QObject *owner)
{
    ChannelTarget target;
    target.encrypted = request.url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    target.host = request.url.host();
    target.port = quint16(request.url.port(target.encrypted ? 443 : 80));
    target.tls = m_tls;
    target.generation = m_generation;

    auto *exchange = new CommandExchange(request.toHttp11(), maxAnswerBytes, owner);
    ChannelConnection *connection = takeReusable(target);
    if (!connection) {
        connection = new ChannelConnection(target, kReuseWithinMs, m_clock, this);
        connect(connection, &ChannelConnection::becameIdle, this, &CommandChannel::onIdle);
        connect(connection, &ChannelConnection::closed, this, &CommandChannel::onClosed);
        m_connections.append(connection);
    }
    connection->run(exchange);
    return exchange;
}

ChannelConnection *CommandChannel::takeReusable(const ChannelTarget &target)
{
    // The most recently used first; anything not safe to write on is closed.
    while (!m_idle.isEmpty()) {
        ChannelConnection *connection = m_idle.takeLast();
        if (connection->isReusable(target))
            return connection;
        connection->close();
    }
    return nullptr;
}

void CommandChannel::onIdle(ChannelConnection *connection)
{
    m_idle.removeAll(connection);
    m_idle.append(connection);
    while (m_idle.size() > kMaxIdleConnections)
        m_idle.first()->close();
}

void CommandChannel::onClosed(ChannelConnection *connection)
{
    m_idle.removeAll(connection);
    m_connections.removeAll(connection);
    connection->deleteLater();
}

void CommandChannel::closeIdle()
{
    const QList<ChannelConnection *> idle = m_idle;
    for (ChannelConnection *connection : idle)
        connection->close();
}
