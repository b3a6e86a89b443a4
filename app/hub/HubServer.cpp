#include "hub/HubServer.h"

#include "hub/FloorSource.h"
#include "hub/HubConnection.h"
#include "hub/HubGateway.h"
#include "hub/HubMetrics.h"
#include "hub/HubPoller.h"
#include "hub/HubSeats.h"
#include "hub/HubTlsIdentity.h"
#include "hub/TokenFile.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QJsonArray>
#include <QWebSocket>
#include <QWebSocketServer>

namespace {
constexpr int kMaxSubscribedAgents = 1000;
constexpr qsizetype kMaxAgentLength = 64;
} // namespace

HubServer::HubServer(HubPoller *poller, const HubServerOptions &options, HubMetrics *metrics, Clock *clock, QObject *parent)
    : QObject(parent), m_poller(poller), m_options(options), m_metrics(metrics), m_clock(clock), m_publisher(poller),
      m_throttle(clock, options.throttle)
{
    // Straight from the reading's signal: no timer between a reading and its changes.
    connect(poller, &HubPoller::floorChanged, this, [this](const FloorDiff &diff) {
        m_publisher.publish(diff);
        updateSeats();
    });
    connect(poller, &HubPoller::dataAvailabilityChanged, this, [this](bool hasData, const QString &reason) {
        m_publisher.publishAvailability(hasData, reason, m_connections);
        if (hasData)
            updateSeats();
    });
    m_heartbeat.setInterval(std::max(10, m_options.heartbeatMs / 4));
    connect(&m_heartbeat, &QTimer::timeout, this, &HubServer::sendHeartbeats);
}

HubServer::~HubServer()
{
    stop();
}

std::optional<QString> HubServer::plainRefusal(const QHostAddress &address, bool allowPlain)
{
    if (address.isLoopback() || allowPlain)
        return std::nullopt;
    return tr("Refusing plain ws:// on %1, which is not a loopback address: set a TLS certificate and key, or allowPlain=true "
              "to accept that tokens and agent states cross the network unencrypted")
        .arg(address.toString());
}

std::optional<QString> HubServer::makeSecureServer()
{
    const HubTlsIdentity::Loaded identity = HubTlsIdentity::load(m_options.certificateFile, m_options.keyFile);
    if (!identity.error.isEmpty())
        return identity.error;
    m_server = new QWebSocketServer(QStringLiteral("parkbar-hub"), QWebSocketServer::SecureMode, this);
    m_server->setSslConfiguration(identity.configuration);
    m_secure = true;
    return std::nullopt;
}

std::optional<QString> HubServer::start()
{
    if (m_server)
        return std::nullopt;
    const bool wantsTls = !m_options.certificateFile.isEmpty() || !m_options.keyFile.isEmpty();
    if (wantsTls) {
        if (const std::optional<QString> refusal = makeSecureServer())
            return refusal;
    } else {
        if (const std::optional<QString> refusal = plainRefusal(m_options.address, m_options.allowPlain))
            return refusal;
        if (!m_options.address.isLoopback())
            qCWarning(lcHub).noquote() << "allowPlain=true: serving plain ws:// on" << m_options.address.toString()
                                       << "- tokens and agent states cross the network unencrypted";
        m_server = new QWebSocketServer(QStringLiteral("parkbar-hub"), QWebSocketServer::NonSecureMode, this);
        m_secure = false;
    }
    m_server->setHandshakeTimeout(m_options.helloTimeoutMs);
    if (!m_server->listen(m_options.address, m_options.port)) {
        const QString reason = tr("Cannot listen on %1 port %2: %3")
                                   .arg(m_options.address.toString())
                                   .arg(m_options.port)
                                   .arg(m_server->errorString());
        delete m_server;
        m_server = nullptr;
        return reason;
    }
    connect(m_server, &QWebSocketServer::newConnection, this, &HubServer::onNewConnection);
    connect(m_server, &QWebSocketServer::acceptError, this,
            [](QAbstractSocket::SocketError error) { qCWarning(lcHub) << "accept failed:" << error; });
    m_heartbeat.start();
    qCInfo(lcHub).noquote() << "listening on" << url().toString();
    return std::nullopt;
}

void HubServer::stop()
{
    m_heartbeat.stop();
    const QList<HubConnection *> connections = m_connections;
    for (HubConnection *connection : connections)
        connection->closeWith(QWebSocketProtocol::CloseCodeGoingAway, tr("The hub is stopping"));
    if (m_server)
        m_server->close();
}

bool HubServer::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 HubServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl HubServer::url() const
{
    QUrl url;
    url.setScheme(m_secure ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setHost(m_options.address.toString());
    url.setPort(port());
    return url;
}

void HubServer::setTokens(const QList<HubToken> &tokens)
{
    m_tokensByHash.clear();
    for (const HubToken &token : tokens)
        m_tokensByHash.insert(token.sha256Hex, token);
    const QList<HubConnection *> connections = m_connections;
    for (HubConnection *connection : connections) {
        const std::optional<HubToken> &token = connection->token();
        if (token && m_tokensByHash.value(token->sha256Hex) != *token) {
            qCInfo(lcHub).noquote() << QStringLiteral("closing %1: its token was revoked or changed").arg(token->name);
            m_publisher.remove(connection);
            connection->closeWith(HubProtocol::TokenRevoked, tr("The token was revoked or changed"));
        }
    }
    reportCounts();
}

void HubServer::reportCounts()
{
    if (m_metrics) {
        m_metrics->setConnections(connectionCount());
        m_metrics->setSubscribers(subscriberCount());
    }
    Q_EMIT connectionsChanged(connectionCount(), subscriberCount());
}

bool HubServer::refuseIfThrottled(HubConnection *connection)
{
    const qint64 waitMs = m_throttle.blockedForMs(connection->peerAddress());
    if (waitMs <= 0)
        return false;
    connection->closeWith(HubProtocol::TooManyWrongTokens,
                          tr("Too many wrong tokens from this address: try again in %1 s").arg((waitMs + 999) / 1000));
    return true;
}

void HubServer::onNewConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        auto *connection = new HubConnection(socket, m_metrics, m_options.maxBufferedBytes, m_clock, this);
        m_connections.append(connection);
        connect(connection, &HubConnection::messageReceived, this, &HubServer::onMessage);
        connect(connection, &HubConnection::closed, this, &HubServer::onClosed);
        if (refuseIfThrottled(connection))
            continue; // closed at once, unchecked
        const QByteArray authorization = socket->request().rawHeader("Authorization");
        if (authorization.startsWith("Bearer "))
            authenticate(connection, QString::fromUtf8(authorization.mid(7)).trimmed());
        else
            connection->requireHelloWithin(m_options.helloTimeoutMs);
    }
    reportCounts();
}

void HubServer::onClosed(HubConnection *connection)
{
    m_publisher.remove(connection);
    m_connections.removeOne(connection);
    if (connection->token())
        qCInfo(lcHub).noquote() << connection->token()->name << "disconnected";
    connection->deleteLater();
    reportCounts();
}

void HubServer::onMessage(HubConnection *connection, const QString &text)
{
    if (connection->isClosing())
        return;
    int version = 0;
    const std::optional<QJsonObject> message = HubProtocol::decode(text, &version);
    const QString type = message ? message->value(QStringLiteral("type")).toString() : QString();
    if (!connection->isAuthenticated()) {
        if (type != QLatin1String("hello")) {
            connection->closeWith(HubProtocol::NoHello, tr("The first message must be a hello with a token"));
        } else if (version != HubProtocol::kVersion) {
            connection->closeWith(HubProtocol::UnsupportedVersion,
                                  tr("Protocol version %1 is not supported; this hub speaks %2").arg(version).arg(HubProtocol::kVersion));
        } else if (!refuseIfThrottled(connection)) {
            authenticate(connection, message->value(QStringLiteral("token")).toString());
        }
        return;
    }
    if (!message) {
        connection->send(HubProtocol::encode(HubProtocol::error(QStringLiteral("bad-message"), tr("Not a JSON object with a type"))));
    } else if (type == QLatin1String("subscribe")) {
        subscribe(connection, *message);
    } else if (type == QLatin1String("command")) {
        if (m_gateway)
            m_gateway->handle(connection, *message);
        else
            connection->send(HubProtocol::encode(HubProtocol::error(
                QStringLiteral("unsupported"), tr("This hub is in feed mode: it sends no commands; the desk sends them itself"))));
    } else if (type != QLatin1String("hello")) {
        connection->send(HubProtocol::encode(
            HubProtocol::error(QStringLiteral("unknown-type"), tr("Unknown message type: %1").arg(type.left(40)))));
    }
}

void HubServer::authenticate(HubConnection *connection, const QString &token)
{
    // The lookup is by hash: comparing hashes of 256-bit random tokens leaks nothing worth timing.
    const auto it = token.isEmpty() ? m_tokensByHash.cend() : m_tokensByHash.constFind(TokenFile::hashOf(token));
    if (it == m_tokensByHash.cend()) {
        m_throttle.recordFailure(connection->peerAddress());
        if (m_metrics)
            m_metrics->recordWrongToken();
        qCWarning(lcHub).noquote() << "wrong token from" << connection->peerAddress().toString();
        connection->closeWith(HubProtocol::TokenRefused, tr("Unknown token: ask the hub's administrator for a valid one"));
        return;
    }
    connection->setToken(*it);
    qCInfo(lcHub).noquote() << QStringLiteral("%1 (%2) connected from %3").arg(it->name, hubRoleName(it->role), connection->peerAddress().toString());
    connection->send(HubProtocol::encode(
        HubProtocol::welcome(*it, m_options.heartbeatMs, m_poller->source()->kind(), isGateway(), m_builds)));
}

void HubServer::subscribe(HubConnection *connection, const QJsonObject &message)
{
    const HubToken &token = *connection->token();
    auto refuse = [connection](const QString &code, const QString &text) {
        connection->send(HubProtocol::encode(HubProtocol::error(code, text)));
    };
    if (message.contains(QStringLiteral("phone")))
        return subscribePhone(connection, message.value(QStringLiteral("phone")).toString());
    if (!token.phone.isEmpty())
        return refuse(QStringLiteral("not-allowed"), tr("This token is bound to phone %1: subscribe with that phone").arg(token.phone));
    connection->setSeatPhone({});
    if (message.value(QStringLiteral("floor")).toBool()) {
        if (token.role != HubRole::Supervisor)
            return refuse(QStringLiteral("not-allowed"), tr("A bar token cannot subscribe to the whole floor"));
        m_publisher.subscribe(connection, HubConnection::Subscription::Floor, {});
        return reportCounts();
    }
    QStringList agents;
    for (const QJsonValue &value : message.value(QStringLiteral("agents")).toArray()) {
        const QString agent = value.toString();
        if (agent.isEmpty() || agent.size() > kMaxAgentLength || agents.contains(agent))
            continue;
        if (!token.agent.isEmpty() && agent != token.agent) {
            refuse(QStringLiteral("not-allowed"), tr("This token is bound to agent %1").arg(token.agent));
            continue;
        }
        agents.append(agent);
    }
    if (agents.size() > kMaxSubscribedAgents)
        return refuse(QStringLiteral("not-allowed"), tr("At most %1 agents per subscription").arg(kMaxSubscribedAgents));
    m_publisher.subscribe(connection, agents.isEmpty() ? HubConnection::Subscription::None : HubConnection::Subscription::Agents,
                          agents);
    reportCounts();
}

void HubServer::subscribePhone(HubConnection *connection, const QString &phone)
{
    const HubToken &token = *connection->token();
    auto refuse = [connection](const QString &text) {
        connection->send(HubProtocol::encode(HubProtocol::error(QStringLiteral("not-allowed"), text)));
    };
    if (token.phone.isEmpty())
        return refuse(tr("This token is not bound to a phone"));
    if (phone.compare(token.phone, Qt::CaseInsensitive) != 0)
        return refuse(tr("This token is bound to phone %1").arg(token.phone));
    if (!m_poller->source()->knowsPhones())
        return refuse(tr("This hub reads the floor through the API, which does not say who is logged in on which phone: "
                         "desks bound to a phone need a hub with the database source"));
    connection->setSeatPhone(token.phone);
    updateSeat(connection, true);
}

void HubServer::updateSeat(HubConnection *connection, bool force)
{
    if (connection->seatPhone().isEmpty() || connection->isClosing())
        return;
    const std::optional<AgentSnapshot> seated = HubSeats::seatedAt(m_poller->agents(), connection->seatPhone());
    const QString user = seated ? seated->user : QString();
    if (!force && connection->seatedUser() == user)
        return;
    connection->setSeatedUser(user);
    connection->send(HubProtocol::encode(HubProtocol::seat(connection->seatPhone(), user, seated ? seated->fullName : QString())));
    m_publisher.subscribe(connection, user.isEmpty() ? HubConnection::Subscription::None : HubConnection::Subscription::Agents,
                          user.isEmpty() ? QStringList() : QStringList{user});
    reportCounts();
}

void HubServer::updateSeats()
{
    const QList<HubConnection *> connections = m_connections; // one may close while it is sent to
    for (HubConnection *connection : connections)
        updateSeat(connection, false);
}

void HubServer::setServerBuilds(const HubProtocol::ServerBuilds &builds)
{
    if (!builds.isKnown() || (m_builds && *m_builds == builds))
        return;
    m_builds = builds;
    const QString message = HubProtocol::encode(HubProtocol::server(builds));
    const QList<HubConnection *> connections = m_connections;
    for (HubConnection *connection : connections) {
        if (connection->isAuthenticated() && !connection->isClosing())
            connection->send(message);
    }
}

void HubServer::sendHeartbeats()
{
    const qint64 now = m_clock->monotonicMs();
    QString message;
    const QList<HubConnection *> connections = m_connections; // one may close while it is sent to
    for (HubConnection *connection : connections) {
        if (!connection->isAuthenticated() || connection->isClosing() || now - connection->lastSentMs() < m_options.heartbeatMs)
            continue;
        if (message.isEmpty())
            message = HubProtocol::encode(HubProtocol::heartbeat(m_poller->sequence(), m_clock->msecsSinceEpoch()));
        connection->send(message);
    }
}
