#include "vicidial/ChannelConnection.h"

#include "util/Clock.h"
#include "util/Logging.h"
#include "vicidial/CommandExchange.h"

#include <QSslError>
#include <QSslSocket>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <sys/socket.h>
#endif

namespace {

// Whether the operating system already holds a close, a reset or stray bytes
// for this socket that the event loop has not seen yet. Without a way to
// look (other systems), the connection state and the idle limit decide alone.
bool peerHasSpoken(qintptr descriptor)
{
#ifdef Q_OS_UNIX
    if (descriptor < 0)
        return true;
    char byte = 0;
    const ssize_t peeked = ::recv(int(descriptor), &byte, 1, MSG_PEEK | MSG_DONTWAIT);
    if (peeked < 0)
        return errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR;
    return true; // 0: the peer closed; more: bytes nobody asked for
#else
    Q_UNUSED(descriptor);
    return false;
#endif
}

} // namespace

ChannelConnection::ChannelConnection(const ChannelTarget &target, Clock *clock, QObject *parent)
    : QObject(parent), m_target(target), m_clock(clock), m_socket(new QSslSocket(this))
{
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &ChannelConnection::close);
    connect(m_socket, &QAbstractSocket::connected, this, &ChannelConnection::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &ChannelConnection::onEncrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, &ChannelConnection::onSslErrors);
    connect(m_socket, &QIODevice::readyRead, this, &ChannelConnection::onReadyRead);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &ChannelConnection::onSocketEnded);
    connect(m_socket, &QAbstractSocket::disconnected, this,
            [this] { onSocketEnded(QAbstractSocket::RemoteHostClosedError); });
}

ChannelConnection::~ChannelConnection()
{
    m_socket->disconnect(this);
    m_socket->abort();
}

bool ChannelConnection::isReusable(const ChannelTarget &target, ExchangeKind kind) const
{
    return !isBusy() && !m_dead && target.sameServer(m_target) && m_socket->state() == QAbstractSocket::ConnectedState
        && (!m_target.encrypted || m_socket->isEncrypted()) && m_socket->bytesAvailable() == 0
        && m_clock->monotonicMs() - m_idleSinceMs < KeepAliveRules::idleLimitMs(kind, m_announcedTimeoutMs)
        && !peerHasSpoken(m_socket->socketDescriptor());
}

void ChannelConnection::run(CommandExchange *exchange)
{
    Q_ASSERT(!isBusy() && !m_dead);
    m_idleTimer.stop();
    m_exchange = exchange;
    exchange->attach(this);
    m_reader = HttpResponseReader(exchange->maxAnswerBytes());
    m_written = false;
    m_tlsRefusal.clear();
    m_reused = m_socket->state() == QAbstractSocket::ConnectedState;
    if (m_reused)
        writeRequest();
    else
        connectSocket();
}

void ChannelConnection::connectSocket()
{
    qCDebug(lcWire) << "channel: connecting to" << m_target.host << m_target.port;
    if (m_target.encrypted) {
        m_socket->setSslConfiguration(m_target.tls.sslConfiguration());
        m_socket->setPeerVerifyName(m_target.host);
        m_socket->connectToHostEncrypted(m_target.host, m_target.port);
    } else {
        m_socket->connectToHost(m_target.host, m_target.port);
    }
}

void ChannelConnection::onConnected()
{
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (!m_target.encrypted)
        writeRequest();
}

void ChannelConnection::onSslErrors(const QList<QSslError> &errors)
{
    const std::optional<QString> refusal = m_target.tls.refusalOnErrors(errors, m_socket->peerCertificate());
    if (refusal)
        m_tlsRefusal = *refusal; // the handshake fails next, and nothing is written
    else
        m_socket->ignoreSslErrors(errors);
}

void ChannelConnection::onEncrypted()
{
    if (const std::optional<QString> refusal = m_target.tls.refusalOnEncrypted(m_socket->peerCertificate()))
        return fail(TransportOutcome::Failure::Tls, *refusal);
    writeRequest();
}

void ChannelConnection::writeRequest()
{
    // The one place a request is written, once per exchange.
    if (m_written || !m_exchange)
        return;
    m_written = true;
    const QPointer<CommandExchange> exchange = m_exchange;
    m_socket->write(exchange->request());
    m_socket->flush(); // may fail the exchange at once
    if (exchange && exchange == m_exchange)
        exchange->noteWritten();
}

void ChannelConnection::onReadyRead()
{
    if (!isBusy() || !m_written) {
        // Bytes nobody asked for: this connection can no longer be trusted.
        if (m_socket->bytesAvailable() == 0)
            return;
        qCDebug(lcWire) << "channel: unexpected bytes from the server";
        if (isBusy())
            return fail(TransportOutcome::Failure::Connection, tr("the server's answer is not valid HTTP"));
        return close();
    }
    readAvailable(false);
}

void ChannelConnection::readAvailable(bool peerEnded)
{
    if (m_socket->bytesAvailable() > 0)
        m_reader.feed(m_socket->readAll());
    if (m_reader.hasFailed())
        return fail(TransportOutcome::Failure::Connection, tr("the server's answer is not valid HTTP"));
    if (!m_reader.isComplete())
        return;
    TransportOutcome outcome;
    outcome.httpStatus = m_reader.status();
    outcome.body = m_reader.body();
    outcome.truncatedAtLimit = m_reader.truncatedAtLimit();
    const QByteArray location = m_reader.header("location");
    if (!location.isEmpty())
        outcome.location = QUrl::fromEncoded(location);
    finishExchange(outcome, m_reader.connectionReusable() && !peerEnded);
}

void ChannelConnection::onSocketEnded(QAbstractSocket::SocketError error)
{
    if (m_dead)
        return;
    if (!isBusy()) {
        qCDebug(lcWire) << "channel: the server closed an idle connection";
        return close();
    }
    if (m_written && handBackForRetry())
        return;
    if (m_written) {
        readAvailable(true); // what arrived before the end
        if (!isBusy())
            return;
        if (error == QAbstractSocket::RemoteHostClosedError) {
            m_reader.peerClosed();
            readAvailable(true);
            if (!isBusy())
                return;
        }
    }
    if (error == QAbstractSocket::SslHandshakeFailedError || !m_tlsRefusal.isEmpty())
        return fail(TransportOutcome::Failure::Tls, m_tlsRefusal.isEmpty() ? m_socket->errorString() : m_tlsRefusal);
    fail(TransportOutcome::Failure::Connection, m_socket->errorString());
}

bool ChannelConnection::handBackForRetry()
{
    if (!m_reused || !m_exchange || !m_exchange->mayRetry() || m_reader.hasStarted() || m_socket->bytesAvailable() > 0)
        return false;
    CommandExchange *exchange = m_exchange;
    m_exchange = nullptr;
    m_written = false;
    exchange->noteRetry();
    qCDebug(lcWire) << "channel: a reused connection was closed before the answer; the read goes out again on a fresh one";
    close();
    Q_EMIT retryWanted(exchange);
    return true;
}

void ChannelConnection::fail(TransportOutcome::Failure failure, const QString &text)
{
    TransportOutcome outcome;
    outcome.failure = failure;
    outcome.errorText = text;
    outcome.httpStatus = m_reader.status();
    finishExchange(outcome, false);
}

void ChannelConnection::abandon(CommandExchange *exchange)
{
    if (exchange == m_exchange)
        fail(TransportOutcome::Failure::Connection, {});
}

void ChannelConnection::finishExchange(const TransportOutcome &outcome, bool keepConnection)
{
    CommandExchange *exchange = m_exchange;
    m_exchange = nullptr;
    m_written = false;
    m_announcedTimeoutMs = m_reader.keepAliveTimeoutMs();
    const qint64 lifetimeMs = KeepAliveRules::idleLifetimeMs(m_announcedTimeoutMs);
    keepConnection = keepConnection && lifetimeMs > 0;
    // The pool hears first, so a request sent from the exchange's own signal can reuse this connection.
    if (keepConnection) {
        m_idleSinceMs = m_clock->monotonicMs();
        m_idleTimer.start(int(lifetimeMs));
        Q_EMIT becameIdle(this);
    } else {
        close();
    }
    if (exchange)
        exchange->finish(outcome);
}

void ChannelConnection::close()
{
    if (m_dead)
        return;
    drop();
    Q_EMIT closed(this);
}

void ChannelConnection::drop()
{
    m_dead = true;
    m_idleTimer.stop();
    m_socket->abort();
}
