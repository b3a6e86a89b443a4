#include "hub/HubProtocol.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace HubProtocol {

QJsonObject agentJson(const AgentSnapshot &agent, HubRole role)
{
    QJsonObject object{{QStringLiteral("user"), agent.user},
                       {QStringLiteral("status"), agent.status},
                       {QStringLiteral("lead"), agent.leadId},
                       {QStringLiteral("campaign"), agent.campaign},
                       {QStringLiteral("pauseCode"), agent.pauseCode},
                       {QStringLiteral("subStatus"), agent.subStatus}};
    if (agent.parkedAtMs > 0)
        object.insert(QStringLiteral("parkedAt"), agent.parkedAtMs);
    if (agent.inParkIvr)
        object.insert(QStringLiteral("inParkIvr"), *agent.inParkIvr);
    if (role == HubRole::Supervisor) {
        object.insert(QStringLiteral("fullName"), agent.fullName);
        object.insert(QStringLiteral("userGroup"), agent.userGroup);
        object.insert(QStringLiteral("callerId"), agent.callerId);
    }
    return object;
}

AgentSnapshot agentFromJson(const QJsonObject &object)
{
    AgentSnapshot agent;
    agent.user = object.value(QStringLiteral("user")).toString();
    agent.status = object.value(QStringLiteral("status")).toString();
    agent.leadId = object.value(QStringLiteral("lead")).toString();
    agent.campaign = object.value(QStringLiteral("campaign")).toString();
    agent.pauseCode = object.value(QStringLiteral("pauseCode")).toString();
    agent.subStatus = object.value(QStringLiteral("subStatus")).toString();
    agent.parkedAtMs = object.value(QStringLiteral("parkedAt")).toInteger();
    const QJsonValue inIvr = object.value(QStringLiteral("inParkIvr"));
    if (inIvr.isBool())
        agent.inParkIvr = inIvr.toBool();
    agent.fullName = object.value(QStringLiteral("fullName")).toString();
    agent.userGroup = object.value(QStringLiteral("userGroup")).toString();
    agent.callerId = object.value(QStringLiteral("callerId")).toString();
    return agent;
}

QJsonObject ivrModesJson(const QHash<QString, ParkIvrMode> &modes)
{
    QJsonObject object;
    for (auto it = modes.cbegin(); it != modes.cend(); ++it)
        object.insert(it.key(), parkIvrModeKey(it.value()));
    return object;
}

QHash<QString, ParkIvrMode> ivrModesFromJson(const QJsonObject &object)
{
    QHash<QString, ParkIvrMode> modes;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (const std::optional<ParkIvrMode> mode = parkIvrModeFromKey(it.value().toString()))
            modes.insert(it.key(), *mode);
    }
    return modes;
}

QString encode(QJsonObject message)
{
    message.insert(QStringLiteral("v"), kVersion);
    return QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact));
}

std::optional<QJsonObject> decode(QStringView text, int *versionOut)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    QJsonObject object = document.object();
    if (!object.value(QStringLiteral("type")).isString())
        return std::nullopt;
    if (versionOut)
        *versionOut = object.value(QStringLiteral("v")).toInt(0);
    return object;
}

QJsonObject hello(const QString &token, const QString &client)
{
    return {{QStringLiteral("type"), QStringLiteral("hello")}, {QStringLiteral("token"), token}, {QStringLiteral("client"), client}};
}

QJsonObject subscribeAgents(const QStringList &agents)
{
    return {{QStringLiteral("type"), QStringLiteral("subscribe")}, {QStringLiteral("agents"), QJsonArray::fromStringList(agents)}};
}

QJsonObject subscribeFloor()
{
    return {{QStringLiteral("type"), QStringLiteral("subscribe")}, {QStringLiteral("floor"), true}};
}

QJsonObject welcome(const HubToken &token, int heartbeatMs, const QString &sourceKind)
{
    return {{QStringLiteral("type"), QStringLiteral("welcome")},
            {QStringLiteral("name"), token.name},
            {QStringLiteral("role"), hubRoleName(token.role)},
            {QStringLiteral("heartbeatMs"), heartbeatMs},
            {QStringLiteral("source"), sourceKind},
            {QStringLiteral("hub"), QStringLiteral(PARKBAR_VERSION)}};
}

bool ServerBuilds::operator==(const ServerBuilds &other) const
{
    auto same = [](const std::optional<VersionInfo> &a, const std::optional<VersionInfo> &b) {
        return a.has_value() == b.has_value() && (!a || (a->version == b->version && a->build == b->build));
    };
    return same(agentApi, other.agentApi) && same(nonAgentApi, other.nonAgentApi);
}

QJsonObject serverFields(const ServerBuilds &builds)
{
    QJsonObject object;
    if (builds.agentApi) {
        object.insert(QStringLiteral("agentApiVersion"), builds.agentApi->version);
        object.insert(QStringLiteral("agentApiBuild"), builds.agentApi->build.toString());
    }
    if (builds.nonAgentApi) {
        object.insert(QStringLiteral("nonAgentApiVersion"), builds.nonAgentApi->version);
        object.insert(QStringLiteral("nonAgentApiBuild"), builds.nonAgentApi->build.toString());
    }
    return object;
}

ServerBuilds serverBuildsFromJson(const QJsonObject &object)
{
    auto read = [&object](const QString &prefix) -> std::optional<VersionInfo> {
        const std::optional<ServerBuild> build = ServerBuild::parse(object.value(prefix + QStringLiteral("Build")).toString());
        if (!build)
            return std::nullopt;
        VersionInfo info;
        info.version = object.value(prefix + QStringLiteral("Version")).toString();
        info.build = *build;
        return info;
    };
    return {read(QStringLiteral("agentApi")), read(QStringLiteral("nonAgentApi"))};
}

QJsonObject server(const ServerBuilds &builds)
{
    QJsonObject object = serverFields(builds);
    object.insert(QStringLiteral("type"), QStringLiteral("server"));
    return object;
}

QJsonObject welcome(const HubToken &token, int heartbeatMs, const QString &sourceKind, bool gateway,
                    const std::optional<ServerBuilds> &builds)
{
    QJsonObject object = welcome(token, heartbeatMs, sourceKind);
    object.insert(QStringLiteral("mode"), gateway ? QStringLiteral("gateway") : QStringLiteral("feed"));
    if (!token.phone.isEmpty())
        object.insert(QStringLiteral("phone"), token.phone);
    if (!token.agent.isEmpty())
        object.insert(QStringLiteral("agent"), token.agent);
    if (builds && builds->isKnown())
        object.insert(QStringLiteral("server"), serverFields(*builds));
    return object;
}

QJsonObject subscribePhone(const QString &phone)
{
    return {{QStringLiteral("type"), QStringLiteral("subscribe")}, {QStringLiteral("phone"), phone}};
}

QJsonObject seat(const QString &phone, const QString &user, const QString &fullName)
{
    QJsonObject object{{QStringLiteral("type"), QStringLiteral("seat")}, {QStringLiteral("phone"), phone}, {QStringLiteral("user"), user}};
    if (!user.isEmpty())
        object.insert(QStringLiteral("fullName"), fullName);
    return object;
}

QJsonObject command(const QString &id, const QString &agent, ParkAction action)
{
    return {{QStringLiteral("type"), QStringLiteral("command")},
            {QStringLiteral("id"), id},
            {QStringLiteral("agent"), agent},
            {QStringLiteral("action"), parkActionWireValue(action)}};
}

QJsonObject answerJson(const Answer &answer)
{
    return {{QStringLiteral("kind"), resultKindName(answer.kind)}, {QStringLiteral("function"), answer.function},
            {QStringLiteral("agent"), answer.agent},               {QStringLiteral("value"), answer.value},
            {QStringLiteral("user"), answer.user},                 {QStringLiteral("detail"), answer.detail},
            {QStringLiteral("text"), answer.text}};
}

Answer answerFromJson(const QJsonObject &object)
{
    Answer answer;
    answer.kind = resultKindFromName(object.value(QStringLiteral("kind")).toString()).value_or(ResultKind::Unrecognised);
    answer.function = object.value(QStringLiteral("function")).toString();
    answer.agent = object.value(QStringLiteral("agent")).toString();
    answer.value = object.value(QStringLiteral("value")).toString();
    answer.user = object.value(QStringLiteral("user")).toString();
    answer.detail = object.value(QStringLiteral("detail")).toString();
    answer.text = object.value(QStringLiteral("text")).toString();
    return answer;
}

QJsonObject result(const QString &id, const CommandResult &result)
{
    return {{QStringLiteral("type"), QStringLiteral("result")},
            {QStringLiteral("id"), id},
            {QStringLiteral("answer"), answerJson(result.answer)},
            {QStringLiteral("reachedServer"), result.reachedServer},
            {QStringLiteral("sentAt"), result.sentAtMs},
            {QStringLiteral("latencyMs"), result.latencyMs}};
}

std::optional<ReceivedResult> resultFromJson(const QJsonObject &object)
{
    const QString id = object.value(QStringLiteral("id")).toString();
    const QJsonValue answer = object.value(QStringLiteral("answer"));
    if (id.isEmpty() || !answer.isObject())
        return std::nullopt;
    ReceivedResult received;
    received.id = id;
    received.result.answer = answerFromJson(answer.toObject());
    received.result.agent = received.result.answer.agent;
    if (const std::optional<ParkAction> action = parkActionFromWireValue(received.result.answer.value))
        received.result.action = *action;
    received.result.reachedServer = object.value(QStringLiteral("reachedServer")).toBool();
    received.result.sentAtMs = object.value(QStringLiteral("sentAt")).toInteger();
    received.result.latencyMs = object.value(QStringLiteral("latencyMs")).toInteger();
    return received;
}

QJsonObject heartbeat(quint64 sequence, qint64 atMs)
{
    return {{QStringLiteral("type"), QStringLiteral("heartbeat")}, {QStringLiteral("seq"), qint64(sequence)}, {QStringLiteral("at"), atMs}};
}

QJsonObject status(bool hasData, const QString &reason)
{
    QJsonObject object{{QStringLiteral("type"), QStringLiteral("status")}, {QStringLiteral("data"), hasData}};
    if (!reason.isEmpty())
        object.insert(QStringLiteral("reason"), reason);
    return object;
}

QJsonObject error(const QString &code, const QString &message)
{
    return {{QStringLiteral("type"), QStringLiteral("error")}, {QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
}

} // namespace HubProtocol
