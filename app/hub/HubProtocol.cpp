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
