#include "cli/CliText.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CliText", text);
}

// The longest value, HANGUP_XFER_GRAB_CUSTOMER, plus two spaces.
constexpr int kValueColumn = 27;

QString buildText(const std::optional<ServerBuild> &build)
{
    return build ? build->toString() : tr("unknown");
}

} // namespace

namespace CliText {

QString agentLine(const RuleInput &input)
{
    if (!input.snapshot)
        return tr("agent %1: not logged in").arg(input.agent);
    const AgentSnapshot &agent = *input.snapshot;
    const QString sub = agent.subStatus.isEmpty() ? tr("no sub status") : tr("sub status %1").arg(agent.subStatus);
    const QString lead = agent.hasLead() ? tr("lead %1").arg(agent.leadId) : tr("no lead");
    return tr("agent %1: %2, %3, %4, campaign %5").arg(input.agent, agent.status, sub, lead, agent.campaign);
}

QString connectionLine(const ConnectionState &connection)
{
    switch (connection.kind) {
    case ConnectionState::Kind::Connecting: return tr("connection: connecting");
    case ConnectionState::Kind::Connected: return tr("connection: connected");
    case ConnectionState::Kind::Slow: return tr("connection: slow: %1").arg(connection.detail);
    case ConnectionState::Kind::Offline: return tr("connection: offline: %1").arg(connection.detail);
    case ConnectionState::Kind::SignedOut: return tr("connection: signed out: %1").arg(connection.detail);
    }
    Q_UNREACHABLE();
    return {};
}

QString serverLine(const ServerCapabilities &capabilities)
{
    QString line = tr("server: agent API %1, non-agent API %2")
                       .arg(buildText(capabilities.agentApiBuild), buildText(capabilities.nonAgentApiBuild));
    if (capabilities.screenSupportsSwapAndHangup)
        line += tr(" (the administrator says the agent screen supports Swap and Hangup Xfer + Grab)");
    return line;
}

QString parkIvrLine(const RuleInput &input)
{
    if (!input.snapshot || input.snapshot->campaign.isEmpty())
        return {};
    const QString mode = input.ivrMode ? parkIvrModeKey(*input.ivrMode) : tr("not set");
    return tr("park IVR: campaign %1, mode %2").arg(input.snapshot->campaign, mode);
}

QString actionLine(ParkAction action, const ActionState &state)
{
    const QString value = parkActionWireValue(action).leftJustified(kValueColumn, QLatin1Char(' '));
    return value + (state.enabled ? tr("enabled: %1") : tr("off: %1")).arg(state.reason);
}

} // namespace CliText
