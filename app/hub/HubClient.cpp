#include "hub/HubClient.h"

#include "hub/HubProtocol.h"
#include "util/Logging.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QWebSocket>

#include <algorithm>
#include <cmath>

namespace {

ServerConfig tlsSettings(const HubClientOptions &options)
{
    ServerConfig config;
    config.caFile = options.caFile;
    config.pinnedSha256 = options.pinnedSha256;
    return config;
}

bool isLoopbackHost(const QString &host)
{
    return host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
}

} // namespace

HubClient::HubClient(const HubClientOptions &options, QObject *parent)
    : QObject(parent), m_options(options), m_tls(tlsSettings(options))
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &HubClient::connectSocket);
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        setHealth(HubHealth::State::HeartbeatsMissed);
        if (m_socket)
            m_socket->abort();
    });
    m_connectTimeout.setSingleShot(true);
    connect(&m_connectTimeout, &QTimer::timeout, this, [this] {
        if (m_socket)
            m_socket->abort();
    });
}

HubClient::~HubClient()
{
    stop();
}

void HubClient::setOptions(const HubClientOptions &options)
{
    m_options = options;
    m_tls = TlsPolicy(tlsSettings(options));
    if (m_running)
        reconnectNow();
}

void HubClient::subscribeAgents(const QStringList &agents)
{
    if (!m_floorSubscription && agents == m_subscribedAgents)
        return;
    m_floorSubscription = false;
    m_subscribedAgents = agents;
    resubscribe();
}

void HubClient::subscribeFloor()
{
    if (m_floorSubscription)
        return;
    m_floorSubscription = true;
    m_subscribedAgents.clear();
    resubscribe();
}

void HubClient::resubscribe()
{
    m_agents.clear();
    // What was known is of the old subscription: not usable until the new snapshot.
    if (m_health.state == HubHealth::State::Usable && (m_floorSubscription || !m_subscribedAgents.isEmpty()))
        setHealth(HubHealth::State::Connecting);
    sendSubscription();
}

void HubClient::start()
{
    if (m_running)
        return;
    m_running = true;
    m_refused = false;
    connectSocket();
}

void HubClient::stop()
{
    m_running = false;
    m_reconnect.stop();
    m_watchdog.stop();
    m_connectTimeout.stop();
    dropSocket();
}

void HubClient::reconnectNow()
{
    m_refused = false;
    m_failuresInARow = 0;
    m_running = true;
    dropSocket();
    m_reconnect.stop();
    connectSocket();
}

void HubClient::dropSocket()
{
    if (!m_socket)
        return;
    QWebSocket *socket = m_socket;
    m_socket = nullptr;
    disconnect(socket, nullptr, this, nullptr);
    socket->abort();
    socket->deleteLater();
}

std::optional<AgentSnapshot> HubClient::agent(const QString &user) const
{
    const auto it = m_agents.constFind(user);
    return it == m_agents.cend() ? std::nullopt : std::optional<AgentSnapshot>(*it);
}

void HubClient::setHealth(HubHealth::State state, const QString &detail)
{
    const HubHealth health{state, detail};
    if (health == m_health)
        return;
    m_health = health;
    qCInfo(lcHub).noquote() << "hub" << m_options.url.toString() << ":" << health.text();
    Q_EMIT healthChanged(m_health);
}

void HubClient::scheduleReconnect(int atLeastMs)
{
    if (!m_running || m_refused)
        return;
    ++m_failuresInARow;
    const double exponential = m_options.minReconnectMs * std::pow(2.0, std::clamp(m_failuresInARow - 1, 0, 16));
    const double capped = std::min(exponential, double(m_options.maxReconnectMs));
    const double jitter = 1.0 + 0.2 * (QRandomGenerator::global()->generateDouble() * 2.0 - 1.0);
    m_reconnect.start(std::max(atLeastMs, int(capped * jitter)));
}

void HubClient::connectSocket()
{
    if (!m_running || m_socket)
        return;
    const QString scheme = m_options.url.scheme();
    const bool secure = scheme == QLatin1String("wss");
    if (!secure && scheme != QLatin1String("ws")) {
        m_refused = true;
        return setHealth(HubHealth::State::Unreachable, tr("%1 is not a ws:// or wss:// address").arg(m_options.url.toString()));
    }
    if (!secure && !isLoopbackHost(m_options.url.host())) {
        m_refused = true; // the token would cross the network in clear text
        return setHealth(HubHealth::State::Unreachable, tr("plain ws:// is only for a hub on this computer; use wss://"));
    }
    m_tokenName.clear(); // nothing is sent on this connection before its welcome
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    if (secure) {
        QSslConfiguration ssl = m_tls.sslConfiguration();
        if (m_tls.hasPin())
            ssl.setCaCertificates({}); // every certificate reaches the pin check, trusted or not
        m_socket->setSslConfiguration(ssl);
        connect(m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            if (const std::optional<QString> refusal = m_tls.refusalOnErrors(errors, QSslCertificate())) {
                m_socket->setProperty("refusal", *refusal);
                m_socket->abort();
            } else {
                m_socket->ignoreSslErrors(); // exactly the pinned certificate
            }
        });
    }
    connect(m_socket, &QWebSocket::connected, this, &HubClient::onConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &HubClient::onDisconnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &HubClient::onMessage);
    m_connectTimeout.start(m_options.connectTimeoutMs);
    m_socket->open(m_options.url);
}

void HubClient::onConnected()
{
    m_connectTimeout.stop();
    m_socket->sendTextMessage(HubProtocol::encode(HubProtocol::hello(m_options.token, m_options.clientName)));
    m_watchdog.start(m_options.connectTimeoutMs); // until the welcome
}

void HubClient::onDisconnected()
{
    QWebSocket *socket = m_socket;
    if (!socket)
        return;
    m_socket = nullptr;
    socket->deleteLater();
    disconnect(socket, nullptr, this, nullptr);
    m_connectTimeout.stop();
    m_watchdog.stop();
    if (!m_running)
        return;
    const int code = socket->closeCode();
    const QString reason = socket->closeReason();
    if (code == HubProtocol::TokenRefused || code == HubProtocol::TokenRevoked || code == HubProtocol::UnsupportedVersion) {
        m_refused = true; // asking again would only count as one more wrong token
        return setHealth(HubHealth::State::Refused, reason);
    }
    if (code == HubProtocol::TooManyWrongTokens) {
        setHealth(HubHealth::State::Refused, reason);
        return scheduleReconnect(60000);
    }
    if (m_health.state != HubHealth::State::HeartbeatsMissed) {
        const QString refusal = socket->property("refusal").toString();
        setHealth(HubHealth::State::Unreachable,
                  !refusal.isEmpty() ? refusal : !reason.isEmpty() ? reason : socket->errorString());
    }
    scheduleReconnect();
}

void HubClient::sendSubscription()
{
    if (!m_socket || m_tokenName.isEmpty())
        return;
    if (m_floorSubscription)
        m_socket->sendTextMessage(HubProtocol::encode(HubProtocol::subscribeFloor()));
    else if (!m_subscribedAgents.isEmpty())
        m_socket->sendTextMessage(HubProtocol::encode(HubProtocol::subscribeAgents(m_subscribedAgents)));
}

void HubClient::onMessage(const QString &text)
{
    const std::optional<QJsonObject> message = HubProtocol::decode(text);
    if (!message || !m_socket)
        return;
    if (m_tokenName.isEmpty() && message->value(QStringLiteral("type")) != QLatin1String("welcome"))
        return;
    m_watchdog.start(m_options.missedHeartbeats * m_heartbeatMs);
    const QString type = message->value(QStringLiteral("type")).toString();
    if (type == QLatin1String("welcome")) {
        m_tokenName = message->value(QStringLiteral("name")).toString();
        m_role = message->value(QStringLiteral("role")).toString();
        m_heartbeatMs = std::max(50, message->value(QStringLiteral("heartbeatMs")).toInt(5000));
        m_watchdog.start(m_options.missedHeartbeats * m_heartbeatMs);
        m_failuresInARow = 0;
        sendSubscription();
        if (!m_floorSubscription && m_subscribedAgents.isEmpty())
            setHealth(HubHealth::State::Usable);
    } else if (type == QLatin1String("snapshot")) {
        applySnapshot(*message);
        setHealth(HubHealth::State::Usable);
    } else if (type == QLatin1String("changes")) {
        applyChanges(*message);
    } else if (type == QLatin1String("status")) {
        if (!message->value(QStringLiteral("data")).toBool())
            setHealth(HubHealth::State::NoData, message->value(QStringLiteral("reason")).toString());
        else if (!m_floorSubscription && m_subscribedAgents.isEmpty())
            setHealth(HubHealth::State::Usable); // with a subscription, its snapshot follows
    } else if (type == QLatin1String("error")) {
        qCWarning(lcHub).noquote() << "the hub refused a request:" << message->value(QStringLiteral("message")).toString();
        Q_EMIT hubError(message->value(QStringLiteral("code")).toString(), message->value(QStringLiteral("message")).toString());
    }
}

void HubClient::applyIvrModes(const QJsonObject &message)
{
    if (!message.contains(QStringLiteral("campaignIvrModes")))
        return;
    const QHash<QString, ParkIvrMode> modes = HubProtocol::ivrModesFromJson(message.value(QStringLiteral("campaignIvrModes")).toObject());
    if (modes == m_ivrModes)
        return;
    m_ivrModes = modes;
    Q_EMIT campaignIvrModesChanged(m_ivrModes);
}

AgentSnapshot HubClient::agentOnThisClock(const QJsonObject &object) const
{
    AgentSnapshot agent = HubProtocol::agentFromJson(object);
    // The hub's clock is not this desk's: a park time moves by the
    // difference seen in the reading's own time (beyond network delay).
    const qint64 skewMs = QDateTime::currentMSecsSinceEpoch() - m_lastReadAtMs;
    if (agent.parkedAtMs > 0 && m_lastReadAtMs > 0 && std::abs(skewMs) > kClockSkewToleranceMs)
        agent.parkedAtMs += skewMs;
    return agent;
}

void HubClient::applySnapshot(const QJsonObject &message)
{
    m_lastReadAtMs = message.value(QStringLiteral("readAt")).toInteger();
    m_agents.clear();
    for (const QJsonValue &value : message.value(QStringLiteral("agents")).toArray()) {
        const AgentSnapshot agent = agentOnThisClock(value.toObject());
        m_agents.insert(agent.user, agent);
    }
    applyIvrModes(message);
    if (m_floorSubscription) {
        Q_EMIT floorUpdated(m_agents.values());
        return;
    }
    for (const QString &user : std::as_const(m_subscribedAgents))
        Q_EMIT agentUpdated(user, agent(user));
}

void HubClient::applyChanges(const QJsonObject &message)
{
    m_lastReadAtMs = message.value(QStringLiteral("readAt")).toInteger();
    QStringList touched;
    for (const QJsonValue &value : message.value(QStringLiteral("agents")).toArray()) {
        const AgentSnapshot agent = agentOnThisClock(value.toObject());
        m_agents.insert(agent.user, agent);
        touched.append(agent.user);
    }
    for (const QJsonValue &value : message.value(QStringLiteral("removed")).toArray()) {
        m_agents.remove(value.toString());
        touched.append(value.toString());
    }
    applyIvrModes(message);
    if (touched.isEmpty())
        return;
    if (m_floorSubscription) {
        Q_EMIT floorUpdated(m_agents.values());
        return;
    }
    for (const QString &user : std::as_const(touched)) {
        if (m_subscribedAgents.contains(user))
            Q_EMIT agentUpdated(user, agent(user));
    }
}
