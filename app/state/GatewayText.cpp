#include "state/GatewayText.h"

#include <QCoreApplication>

namespace {

class GatewayWords
{
    Q_DECLARE_TR_FUNCTIONS(GatewayText)
};

} // namespace

namespace GatewayText {

std::optional<QString> hubRefusal(const Answer &answer)
{
    if (answer.kind != ResultKind::NotSent && answer.kind != ResultKind::Busy)
        return std::nullopt;
    const QString &detail = answer.detail;
    if (detail == QLatin1String("not-your-agent"))
        return GatewayWords::tr("Not sent: the hub only sends commands for the agent logged in on this desk's phone.");
    if (detail == QLatin1String("outside-scope"))
        return GatewayWords::tr("Not sent: agent %1 is outside the campaigns and groups this desk may act on.").arg(answer.agent);
    if (detail == QLatin1String("rules")) {
        if (answer.text.isEmpty())
            return GatewayWords::tr("Not sent: the hub says this action is not possible now.");
        return GatewayWords::tr("Not sent: the hub says this action is not possible now (%1).").arg(answer.text);
    }
    if (detail == QLatin1String("busy") || answer.kind == ResultKind::Busy)
        return GatewayWords::tr("Not sent: a command for agent %1 is already on its way.").arg(answer.agent);
    if (detail == QLatin1String("stopped"))
        return GatewayWords::tr("Not sent: the hub stopped talking to VICIdial after the server refused its API user. "
                                "The hub's administrator has to act.");
    return std::nullopt;
}

QString noAgentOnPhone(const QString &phone)
{
    return GatewayWords::tr("No agent logged in on %1").arg(phone);
}

QString hubUnreachable()
{
    return GatewayWords::tr("The hub cannot be reached: commands go only through it");
}

} // namespace GatewayText
