#include "cli/CliText.h"

#include <QCoreApplication>

namespace {

class Words
{
    Q_DECLARE_TR_FUNCTIONS(CliText)
};

// The longest value, HANGUP_XFER_GRAB_CUSTOMER, plus two spaces.
constexpr int kValueColumn = 27;

QString buildText(const std::optional<ServerBuild> &build)
{
    return build ? build->toString() : Words::tr("unknown");
}

} // namespace

namespace CliText {

QString printable(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text) {
        const char16_t code = c.unicode();
        if (code == u'\n' || code == u'\r' || code == u'\t')
            clean.append(QLatin1Char(' '));
        else if (code >= 0x20 && code != 0x7f && !(code >= 0x80 && code <= 0x9f))
            clean.append(c);
    }
    return clean;
}

QString agentLine(const RuleInput &input)
{
    if (!input.snapshot)
        return Words::tr("agent %1: not logged in").arg(input.agent);
    const AgentSnapshot &agent = *input.snapshot;
    const QString sub = agent.subStatus.isEmpty() ? Words::tr("no sub status") : Words::tr("sub status %1").arg(agent.subStatus);
    const QString lead = agent.hasLead() ? Words::tr("lead %1").arg(agent.leadId) : Words::tr("no lead");
    return Words::tr("agent %1: %2, %3, %4, campaign %5").arg(input.agent, agent.status, sub, lead, agent.campaign);
}

QString sourceLine(const FeedSource &source, const QUrl &hub)
{
    const QString address = hub.toString(QUrl::RemoveUserInfo);
    switch (source.kind) {
    case FeedSource::Kind::Hub: return Words::tr("source: the hub %1").arg(address);
    case FeedSource::Kind::HubOnly: return Words::tr("source: the hub %1, which cannot be relied on: %2").arg(address, source.detail);
    case FeedSource::Kind::DirectFallback:
        return Words::tr("source: direct polling (the hub %1 cannot be relied on: %2)").arg(address, source.detail);
    case FeedSource::Kind::Direct:
    case FeedSource::Kind::Floor: break;
    }
    return Words::tr("source: direct polling");
}

QString connectionLine(const ConnectionState &connection)
{
    switch (connection.kind) {
    case ConnectionState::Kind::Connecting: return Words::tr("connection: connecting");
    case ConnectionState::Kind::Connected: return Words::tr("connection: connected");
    case ConnectionState::Kind::Slow: return Words::tr("connection: slow: %1").arg(connection.detail);
    case ConnectionState::Kind::Offline: return Words::tr("connection: offline: %1").arg(connection.detail);
    case ConnectionState::Kind::SignedOut: return Words::tr("connection: signed out: %1").arg(connection.detail);
    }
    Q_UNREACHABLE();
    return {};
}

QString serverLine(const ServerCapabilities &capabilities)
{
    QString line = Words::tr("server: agent API %1, non-agent API %2")
                       .arg(buildText(capabilities.agentApiBuild), buildText(capabilities.nonAgentApiBuild));
    if (capabilities.screenSupportsSwapAndHangup)
        line += Words::tr(" (the administrator says the agent screen supports Swap and Hangup Xfer + Grab)");
    return line;
}

QString parkIvrLine(const RuleInput &input)
{
    if (!input.snapshot || input.snapshot->campaign.isEmpty())
        return {};
    const QString mode = input.ivrMode ? parkIvrModeKey(*input.ivrMode) : Words::tr("not set");
    return Words::tr("park IVR: campaign %1, mode %2").arg(input.snapshot->campaign, mode);
}

QString actionLine(ParkAction action, const ActionState &state)
{
    const QString value = parkActionWireValue(action).leftJustified(kValueColumn, QLatin1Char(' '));
    return value + (state.enabled ? Words::tr("enabled: %1") : Words::tr("off: %1")).arg(state.reason);
}

} // namespace CliText
