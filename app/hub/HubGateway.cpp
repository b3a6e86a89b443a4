#include "hub/HubGateway.h"

#include "audit/AuditEntry.h"
#include "hub/HubConnection.h"
#include "hub/HubPoller.h"
#include "hub/HubProtocol.h"
#include "hub/HubSeats.h"
#include "services/CapabilityProbe.h"
#include "services/ParkCallService.h"
#include "state/ActionRules.h"
#include "state/CampaignIvrMode.h"
#include "state/StopReason.h"
#include "util/Logging.h"
#include "vicidial/WireClient.h"

#include <QDateTime>
#include <QJsonDocument>

namespace {
constexpr qsizetype kMaxIdLength = 64;
constexpr qsizetype kMaxAgentLength = 64;

CommandResult notSent(const QString &agent, ParkAction action, ResultKind kind, const QString &detail, const QString &text)
{
    CommandResult result;
    result.agent = agent;
    result.action = action;
    result.sentAtMs = QDateTime::currentMSecsSinceEpoch();
    result.reachedServer = false;
    result.answer.kind = kind;
    result.answer.function = QStringLiteral("park_call");
    result.answer.agent = agent;
    result.answer.value = parkActionWireValue(action);
    result.answer.detail = detail;
    result.answer.text = text;
    return result;
}
} // namespace

HubGateway::HubGateway(WireClient *wire, const HubPoller *poller, CapabilityProbe *probe, const QString &auditFile, QObject *parent)
    : QObject(parent), m_wire(wire), m_poller(poller), m_probe(probe), m_service(new ParkCallService(wire, this)),
      m_audit(auditFile)
{
    connect(m_service, &CommandSender::commandFinished, this, &HubGateway::onFinished);
}

HubGateway::~HubGateway() = default;

bool HubGateway::isStopped() const
{
    return m_wire->isTrafficStopped();
}

std::optional<QPair<QString, QString>> HubGateway::refusal(const HubConnection &connection, const QString &agent,
                                                           ParkAction action) const
{
    const HubToken &token = *connection.token();
    const std::optional<AgentSnapshot> snapshot = m_poller->agents().contains(agent)
        ? std::optional<AgentSnapshot>(m_poller->agents().value(agent))
        : std::nullopt;
    if (!token.phone.isEmpty()) {
        const std::optional<AgentSnapshot> seated = HubSeats::seatedAt(m_poller->agents(), token.phone);
        if (!seated || seated->user != agent)
            return qMakePair(QStringLiteral("not-your-agent"),
                             tr("Agent %1 is not the one logged in on this desk's phone %2").arg(agent, token.phone));
    } else if (!token.agent.isEmpty()) {
        if (token.agent != agent)
            return qMakePair(QStringLiteral("not-your-agent"), tr("This desk's token is bound to agent %1").arg(token.agent));
    } else if (token.role == HubRole::Supervisor) {
        if (snapshot && !token.scope.contains(*snapshot))
            return qMakePair(QStringLiteral("outside-scope"), tr("Agent %1 is outside this token's campaigns and user groups").arg(agent));
    } else if (connection.subscription() != HubConnection::Subscription::Agents || !connection.agents().contains(agent)) {
        // An unbound bar token acts only on the agents it follows.
        return qMakePair(QStringLiteral("not-your-agent"), tr("This desk does not follow agent %1").arg(agent));
    }

    // The desk's own rules, over the hub's latest reading: one owner for "may this action go".
    RuleInput input;
    input.agent = agent;
    input.feed = m_poller->hasData() ? FeedState::Live : FeedState::Offline;
    input.snapshot = snapshot;
    if (m_probe)
        input.capabilities = m_probe->capabilities();
    if (snapshot)
        input.ivrMode = campaignIvrMode(snapshot->campaign, {}, m_poller->campaignIvrModes());
    if (const auto it = m_inFlight.constFind(agent); it != m_inFlight.cend())
        input.pending = it->action; // one command in flight per agent: the rules' pending check
    const ActionState state = stateOf(evaluateActions(input), action);
    if (!state.enabled)
        return qMakePair(input.pending ? QStringLiteral("busy") : QStringLiteral("rules"), state.reason);
    return std::nullopt;
}

void HubGateway::handle(HubConnection *connection, const QJsonObject &message)
{
    const QString id = message.value(QStringLiteral("id")).toString();
    const QString agent = message.value(QStringLiteral("agent")).toString();
    const std::optional<ParkAction> action = parkActionFromWireValue(message.value(QStringLiteral("action")).toString());
    if (id.isEmpty() || id.size() > kMaxIdLength || agent.isEmpty() || agent.size() > kMaxAgentLength || !action) {
        connection->send(HubProtocol::encode(
            HubProtocol::error(QStringLiteral("bad-message"), tr("A command needs an id, an agent and a park_call action"))));
        return;
    }
    const HubToken &token = *connection->token();
    if (isStopped()) {
        return answer(connection, id,
                      notSent(agent, *action, ResultKind::NotSent, QStringLiteral("stopped"), stopSentence(m_wire->trafficStopReason())),
                      token.name, token.phone);
    }
    if (const auto refused = refusal(*connection, agent, *action)) {
        const ResultKind kind = refused->first == QLatin1String("busy") ? ResultKind::Busy : ResultKind::NotSent;
        return answer(connection, id, notSent(agent, *action, kind, refused->first, refused->second), token.name, token.phone);
    }
    m_inFlight.insert(agent, {connection, id, token.name, token.phone, *action});
    m_service->send(agent, *action);
}

void HubGateway::onFinished(const CommandResult &result)
{
    const InFlight command = m_inFlight.take(result.agent);
    if (command.id.isEmpty())
        return;
    answer(command.connection, command.id, result, command.tokenName, command.phone);
}

void HubGateway::answer(HubConnection *connection, const QString &id, const CommandResult &result, const QString &tokenName,
                        const QString &phone)
{
    if (connection && !connection->isClosing())
        connection->send(HubProtocol::encode(HubProtocol::result(id, result)));

    AuditEntry entry;
    entry.timeMs = result.sentAtMs;
    entry.server = m_wire->config().baseUrl.host();
    entry.apiUser = m_wire->config().apiUser;
    entry.agent = result.agent;
    entry.value = parkActionWireValue(result.action);
    entry.result = resultKindName(result.answer.kind);
    entry.answer = result.answer.text;
    entry.latencyMs = result.latencyMs;
    entry.origin = QStringLiteral("hub");
    QJsonObject line = entry.toJson(m_wire->redactor());
    line.remove(QStringLiteral("profile"));
    line.remove(QStringLiteral("confirmation")); // the desk confirms; the hub only sends
    line.insert(QStringLiteral("token"), tokenName);
    line.insert(QStringLiteral("phone"), phone);
    line.insert(QStringLiteral("detail"), result.answer.detail);
    line.insert(QStringLiteral("reached_server"), result.reachedServer);
    line.insert(QStringLiteral("delivered"), connection != nullptr && !connection->isClosing());
    m_audit.append(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    qCInfo(lcHub).noquote() << QStringLiteral("command from %1: %2 for agent %3 -> %4 (%5)")
                                   .arg(tokenName, entry.value, entry.agent, entry.result, result.answer.detail);
}
