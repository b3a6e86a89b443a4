#include "hub/HubGatewayMessages.h"

#include "vicidial/Redactor.h"

namespace GatewayWire {

namespace {

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

} // namespace

QJsonObject subscribePhone(const QString &phone)
{
    return {{QStringLiteral("type"), QStringLiteral("subscribe")}, {QStringLiteral("phone"), phone}};
}

QJsonObject command(const QString &id, const QString &agent, ParkAction action)
{
    return {{QStringLiteral("type"), QStringLiteral("command")},
            {QStringLiteral("id"), id},
            {QStringLiteral("agent"), agent},
            {QStringLiteral("action"), parkActionWireValue(action)}};
}

QJsonObject seat(const HubSeat &seat)
{
    QJsonObject object{{QStringLiteral("type"), QStringLiteral("seat")},
                       {QStringLiteral("phone"), seat.phone},
                       {QStringLiteral("user"), seat.user}};
    if (!seat.user.isEmpty() && !seat.fullName.isEmpty())
        object.insert(QStringLiteral("fullName"), seat.fullName);
    return object;
}

HubSeat seatFromJson(const QJsonObject &message)
{
    HubSeat seat{text(message, "phone"), text(message, "user"), text(message, "fullName")};
    if (seat.user.isEmpty())
        seat.fullName.clear();
    return seat;
}

QJsonObject serverBuilds(const QString &agentApiVersion, const QString &agentApiBuild, const QString &nonAgentApiVersion,
                         const QString &nonAgentApiBuild)
{
    return {{QStringLiteral("agentApiVersion"), agentApiVersion},
            {QStringLiteral("agentApiBuild"), agentApiBuild},
            {QStringLiteral("nonAgentApiVersion"), nonAgentApiVersion},
            {QStringLiteral("nonAgentApiBuild"), nonAgentApiBuild}};
}

ServerCapabilities capabilitiesFromJson(const QJsonObject &builds)
{
    ServerCapabilities capabilities;
    capabilities.agentApiBuild = ServerBuild::parse(text(builds, "agentApiBuild"));
    capabilities.nonAgentApiBuild = ServerBuild::parse(text(builds, "nonAgentApiBuild"));
    return capabilities;
}

QJsonObject answerJson(const Answer &answer)
{
    return {{QStringLiteral("kind"), resultKindName(answer.kind)},
            {QStringLiteral("function"), answer.function},
            {QStringLiteral("agent"), answer.agent},
            {QStringLiteral("value"), answer.value},
            {QStringLiteral("user"), answer.user},
            {QStringLiteral("detail"), answer.detail},
            {QStringLiteral("text"), answer.text}};
}

Answer answerFromJson(const QJsonObject &object)
{
    Answer answer;
    // A kind this build does not know is shown as it came, like unknown server text.
    answer.kind = resultKindFromName(text(object, "kind")).value_or(ResultKind::Unrecognised);
    answer.function = text(object, "function");
    answer.agent = text(object, "agent");
    answer.value = text(object, "value");
    answer.user = text(object, "user");
    answer.detail = text(object, "detail");
    // The hub redacts; a desk does not rely on it.
    answer.text = Redactor::redactEchoFields(text(object, "text"));
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

CommandResult resultFromJson(const QJsonObject &message, const QString &agent, ParkAction action)
{
    CommandResult result;
    result.agent = agent;
    result.action = action;
    result.answer = answerFromJson(message.value(QStringLiteral("answer")).toObject());
    result.reachedServer = message.value(QStringLiteral("reachedServer")).toBool();
    result.sentAtMs = message.value(QStringLiteral("sentAt")).toInteger();
    result.latencyMs = message.value(QStringLiteral("latencyMs")).toInteger();
    return result;
}

std::optional<ResultKind> resultKindFromName(QStringView name)
{
    for (int value = int(ResultKind::Success); value <= int(ResultKind::ProxyAuthRequired); ++value) {
        const auto kind = ResultKind(value);
        if (resultKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

} // namespace GatewayWire
