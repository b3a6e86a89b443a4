#include "hub/HubClient.h"

#include "hub/HubProtocol.h"
#include "util/Clock.h"
#include "util/Logging.h"
#include "vicidial/Redactor.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QWebSocket>

#include <algorithm>
#include <utility>
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
    failCommandsInFlight(false); // nobody is left to tell
    stop();
}

QUrl HubClient::currentUrl() const
{
    return m_urlIndex == 1 && m_options.secondUrl.isValid() ? m_options.secondUrl : m_options.url;
}

void HubClient::setOptions(const HubClientOptions &options)
{
    m_options = options;
    m_urlIndex = 0;
    m_tls = TlsPolicy(tlsSettings(options));
    if (m_running)
        reconnectNow();
}

void HubClient::subscribeAgents(const QStringList &agents)
{
    if (!m_floorSubscription && agents == m_subscribedAgents)
        return;
    m_floorSubscription = false;
    m_subscribedPhone.clear();
    m_subscribedAgents = agents;
    resubscribe();
}

void HubClient::subscribePhone(const QString &phone)
{
    if (!m_floorSubscription && m_subscribedPhone == phone)
        return;
    m_floorSubscription = false;
    m_subscribedPhone = phone;
    m_subscribedAgents.clear(); // the seat says whom to follow
    m_seat = {};
    resubscribe();
}

void HubClient::subscribeFloor()
{
    if (m_floorSubscription)
        return;
    m_floorSubscription = true;
    m_subscribedPhone.clear();
    m_subscribedAgents.clear();
    resubscribe();
}

void HubClient::resubscribe()
{
    m_agents.clear();
    // What was known is of the old subscription: not usable until the new snapshot.
    if (m_health.state == HubHealth::State::Usable
        && (m_floorSubscription || !m_subscribedAgents.isEmpty() || !m_subscribedPhone.isEmpty()))
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
    failCommandsInFlight(true);
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
    qCInfo(lcHub).noquote() << "hub" << currentUrl().toString() << ":" << health.text();
    Q_EMIT healthChanged(m_health);
}

void HubClient::scheduleReconnect(int atLeastMs)
{
    if (!m_running || m_refused)
        return;
    ++m_failuresInARow;
    int backoffSteps = m_failuresInARow - 1;
    if (m_options.secondUrl.isValid()) {
        m_urlIndex = 1 - m_urlIndex;
        // The other hub at once after the one in use failed; back-off only once both did.
        if (m_failuresInARow == 1 && atLeastMs == 0)
            return m_reconnect.start(0);
        backoffSteps = m_failuresInARow - 2;
    }
    const double exponential = m_options.minReconnectMs * std::pow(2.0, std::clamp(backoffSteps, 0, 16));
    const double capped = std::min(exponential, double(m_options.maxReconnectMs));
    const double jitter = 1.0 + 0.2 * (QRandomGenerator::global()->generateDouble() * 2.0 - 1.0);
    m_reconnect.start(std::max(atLeastMs, int(capped * jitter)));
}

void HubClient::connectSocket()
{
    if (!m_running || m_socket)
        return;
    const QUrl url = currentUrl();
    const QString scheme = url.scheme();
    const bool secure = scheme == QLatin1String("wss");
    if (!secure && scheme != QLatin1String("ws")) {
        m_refused = true;
        return setHealth(HubHealth::State::Unreachable, tr("%1 is not a ws:// or wss:// address").arg(url.toString()));
    }
    if (!secure && !isLoopbackHost(url.host())) {
        m_refused = true; // the token would cross the network in clear text
        return setHealth(HubHealth::State::Unreachable, tr("plain ws:// is only for a hub on this computer; use wss://"));
    }
    m_tokenName.clear(); // nothing is sent on this connection before its welcome
    m_mode.clear();
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
    m_socket->open(url);
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
    failCommandsInFlight(true);
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
    else if (!m_subscribedPhone.isEmpty())
        m_socket->sendTextMessage(HubProtocol::encode(HubProtocol::subscribePhone(m_subscribedPhone)));
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
        m_mode = message->value(QStringLiteral("mode")).toString();
        m_boundPhone = message->value(QStringLiteral("phone")).toString();
        m_boundAgent = message->value(QStringLiteral("agent")).toString();
        m_watchdog.start(m_options.missedHeartbeats * m_heartbeatMs);
        m_failuresInARow = 0;
        if (message->value(QStringLiteral("server")).isObject())
            applyServer(message->value(QStringLiteral("server")).toObject());
        Q_EMIT welcomed();
        if (!m_socket)
            return; // a receiver stopped this client
        if (!m_subscribedPhone.isEmpty())
            m_seat = {}; // the seat on this connection comes next
        sendSubscription();
        if (!m_floorSubscription && m_subscribedAgents.isEmpty() && m_subscribedPhone.isEmpty())
            setHealth(HubHealth::State::Usable);
    } else if (type == QLatin1String("snapshot")) {
        applySnapshot(*message);
        setHealth(HubHealth::State::Usable);
    } else if (type == QLatin1String("changes")) {
        applyChanges(*message);
    } else if (type == QLatin1String("seat")) {
        applySeat(*message);
    } else if (type == QLatin1String("server")) {
        applyServer(*message);
    } else if (type == QLatin1String("result")) {
        finishCommand(*message);
    } else if (type == QLatin1String("status")) {
        if (!message->value(QStringLiteral("data")).toBool())
            setHealth(HubHealth::State::NoData, message->value(QStringLiteral("reason")).toString());
        else if (!m_floorSubscription && m_subscribedAgents.isEmpty() && (m_subscribedPhone.isEmpty() || !m_seat.phone.isEmpty()))
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

void HubClient::applySeat(const QJsonObject &message)
{
    HubSeat seat{message.value(QStringLiteral("phone")).toString(), message.value(QStringLiteral("user")).toString(),
                 message.value(QStringLiteral("fullName")).toString()};
    if (seat.user.isEmpty())
        seat.fullName.clear();
    if (m_subscribedPhone.isEmpty() || seat.phone != m_subscribedPhone)
        return;
    const bool sameAgent = seat.user == m_seat.user && !m_seat.phone.isEmpty();
    m_seat = seat;
    if (!sameAgent) {
        // The hub moved the subscription: what was known is of the previous agent.
        m_agents.clear();
        m_subscribedAgents = seat.user.isEmpty() ? QStringList() : QStringList{seat.user};
        // With an agent seated, usable once that agent's snapshot came; with nobody, now.
        setHealth(seat.user.isEmpty() ? HubHealth::State::Usable : HubHealth::State::Connecting);
    }
    Q_EMIT seatChanged(m_seat);
}

void HubClient::applyServer(const QJsonObject &builds)
{
    const HubProtocol::ServerBuilds read = HubProtocol::serverBuildsFromJson(builds);
    ServerCapabilities capabilities; // a build that does not parse stays unknown
    if (read.agentApi)
        capabilities.agentApiBuild = read.agentApi->build;
    if (read.nonAgentApi)
        capabilities.nonAgentApiBuild = read.nonAgentApi->build;
    if (m_server == capabilities)
        return;
    m_server = capabilities;
    Q_EMIT serverCapabilitiesChanged(capabilities);
}

QString HubClient::sendCommand(const QString &agent, ParkAction action)
{
    const QString id = QStringLiteral("c-%1").arg(++m_nextCommand);
    if (!m_socket || m_tokenName.isEmpty()) {
        // Not written anywhere: certainly not done. Told after the caller has the id.
        CommandResult result;
        result.agent = agent;
        result.action = action;
        result.answer.kind = ResultKind::NotSent;
        result.answer.function = QStringLiteral("park_call");
        result.answer.agent = agent;
        result.answer.value = parkActionWireValue(action);
        result.answer.text = tr("The hub is not connected");
        QMetaObject::invokeMethod(this, [this, id, result] { Q_EMIT commandFinished(id, result); }, Qt::QueuedConnection);
        return id;
    }
    Clock *clock = Clock::system();
    m_commands.insert(id, {agent, action, clock->msecsSinceEpoch(), clock->monotonicMs()});
    m_socket->sendTextMessage(HubProtocol::encode(HubProtocol::command(id, agent, action)));
    return id;
}

void HubClient::finishCommand(const QJsonObject &message)
{
    const QString id = message.value(QStringLiteral("id")).toString();
    const auto it = m_commands.constFind(id);
    if (it == m_commands.cend())
        return; // not ours on this connection, or answered already
    const CommandInFlight command = *it;
    m_commands.erase(it);
    const std::optional<HubProtocol::ReceivedResult> received = HubProtocol::resultFromJson(message);
    CommandResult result = received ? received->result : CommandResult{};
    if (!received) { // a result we cannot read: whether it was done is unknown
        result.reachedServer = true;
        result.answer.kind = ResultKind::Unrecognised;
    }
    // The command is the one this desk sent with that id, whatever the answer names.
    result.agent = command.agent;
    result.action = command.action;
    result.answer.text = Redactor::redactEchoFields(result.answer.text); // the hub redacts; a desk does not rely on it
    if (result.sentAtMs == 0)
        result.sentAtMs = command.sentAtMs;
    Q_EMIT commandFinished(id, result);
}

void HubClient::failCommandsInFlight(bool notify)
{
    const QHash<QString, CommandInFlight> lost = std::exchange(m_commands, {});
    if (!notify)
        return;
    const qint64 nowMonotonicMs = Clock::system()->monotonicMs();
    for (auto it = lost.cbegin(); it != lost.cend(); ++it) {
        CommandResult result;
        result.agent = it->agent;
        result.action = it->action;
        result.sentAtMs = it->sentAtMs;
        result.latencyMs = nowMonotonicMs - it->sentMonotonicMs;
        result.reachedServer = true; // the hub may have sent it to VICIdial
        result.answer.kind = ResultKind::ConnectionFailed;
        result.answer.function = QStringLiteral("park_call");
        result.answer.agent = it->agent;
        result.answer.value = parkActionWireValue(it->action);
        result.answer.text = tr("The connection to the hub was lost before its answer");
        Q_EMIT commandFinished(it.key(), result);
    }
}
