#include "hub/HubConnection.h"

#include "hub/HubMetrics.h"
#include "hub/HubProtocol.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QWebSocket>

namespace {
// A close frame's reason holds at most 123 bytes of UTF-8.
QString closeReason(const QString &reason)
{
    QString cut = reason;
    while (cut.toUtf8().size() > 123)
        cut.chop(1);
    return cut;
}
} // namespace

HubConnection::HubConnection(QWebSocket *socket, HubMetrics *metrics, qint64 maxBufferedBytes, Clock *clock, QObject *parent)
    : QObject(parent), m_socket(socket), m_metrics(metrics), m_clock(clock), m_maxBufferedBytes(maxBufferedBytes),
      m_peer(socket->peerAddress()), m_lastSentMs(clock->monotonicMs())
{
    m_socket->setParent(this);
    // What a client may send is small: a hello or a subscription.
    m_socket->setMaxAllowedIncomingMessageSize(64 * 1024);
    m_socket->setMaxAllowedIncomingFrameSize(64 * 1024);
    connect(m_socket, &QWebSocket::textMessageReceived, this,
            [this](const QString &text) { Q_EMIT messageReceived(this, text); });
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        m_closing = true;
        if (!m_closedReported) {
            m_closedReported = true;
            Q_EMIT closed(this);
        }
    });
    m_helloTimer.setSingleShot(true);
    connect(&m_helloTimer, &QTimer::timeout, this, [this] {
        if (!isAuthenticated())
            closeWith(HubProtocol::NoHello, tr("No hello with a token in time"));
    });
}

HubConnection::~HubConnection()
{
    disconnect(m_socket, nullptr, this, nullptr);
}

void HubConnection::setToken(const HubToken &token)
{
    m_token = token;
    m_helloTimer.stop();
}

void HubConnection::requireHelloWithin(int timeoutMs)
{
    m_helloTimer.start(timeoutMs);
}

void HubConnection::setSubscription(Subscription subscription, const QStringList &agents)
{
    m_subscription = subscription;
    m_agents = subscription == Subscription::Agents ? agents : QStringList();
}

bool HubConnection::send(const QString &text)
{
    if (m_closing)
        return false;
    if (m_socket->bytesToWrite() > m_maxBufferedBytes) {
        qCWarning(lcHub).noquote() << QStringLiteral("closing %1: it does not read what it is sent").arg(m_token ? m_token->name : m_peer.toString());
        closeWith(HubProtocol::TooSlow, tr("Too slow: the client does not read what the hub sends"));
        return false;
    }
    const qint64 bytes = m_socket->sendTextMessage(text);
    m_lastSentMs = m_clock->monotonicMs();
    if (m_metrics)
        m_metrics->recordMessageSent(bytes);
    return true;
}

void HubConnection::closeWith(quint16 code, const QString &reason)
{
    if (m_closing)
        return;
    m_closing = true;
    m_helloTimer.stop();
    m_socket->close(static_cast<QWebSocketProtocol::CloseCode>(code), closeReason(reason));
    // A client that never answers the close frame is cut off.
    QTimer::singleShot(5000, this, [this] { m_socket->abort(); });
}
