#include "vicidial/ChannelConnection.h"

#include "util/Clock.h"
#include "util/Logging.h"
#include "vicidial/CommandExchange.h"

#include <QSslError>
#include <QSslSocket>

#include <algorithm>

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

ChannelConnection::ChannelConnection(const ChannelTarget &target, qint64 reuseWithinMs, Clock *clock, QObject *parent)
    : QObject(parent), m_target(target), m_reuseWithinMs(reuseWithinMs), m_clock(clock), m_socket(new QSslSocket(this))
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

bool ChannelConnection::isReusable(const ChannelTarget &target) const
{
    return !isBusy() && !m_dead && target.sameServer(m_target) && m_socket->state() == QAbstractSocket::ConnectedState
        && (!m_target.encrypted || m_socket->isEncrypted()) && m_socket->bytesAvailable() == 0
        && m_clock->monotonicMs() - m_idleSinceMs < m_idleLimitMs && !peerHasSpoken(m_socket->socketDescriptor());
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
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        writeRequest();
    else
        connectSocket();
}

void ChannelConnection::connectSocket()
{
    qCDebug(lcWire) << "command channel: connecting to" << m_target.host << m_target.port;
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
        qCDebug(lcWire) << "command channel: unexpected bytes from the server";
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
        qCDebug(lcWire) << "command channel: the server closed an idle connection";
        return close();
    }
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
    // Half of what the server announced, so its timeout never meets our next request.
    const qint64 announced = m_reader.keepAliveTimeoutMs();
    m_idleLimitMs = announced < 0 ? m_reuseWithinMs : std::min(m_reuseWithinMs, announced / 2);
    keepConnection = keepConnection && m_idleLimitMs > 0;
    // The pool hears first, so a command sent from the exchange's own signal can reuse this connection.
    if (keepConnection) {
        m_idleSinceMs = m_clock->monotonicMs();
        m_idleTimer.start(int(m_idleLimitMs));
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
