#include "demo/SimLiveRows.h"

#include "demo/SimAgent.h"

namespace {

// A channel name as Asterisk would give the customer's leg: stable for a call.
QString trunkChannel(qint64 lead)
{
    return QStringLiteral("SIP/carrier-%1").arg(lead & 0xffffffff, 8, 16, QLatin1Char('0'));
}

} // namespace

std::optional<SimLiveAgentRow> SimLiveRows::liveAgent(const SimAgent &agent)
{
    if (!agent.loggedIn)
        return std::nullopt;
    SimLiveAgentRow row;
    row.user = agent.user;
    row.status = agent.reportedStatus();
    row.leadId = agent.leadId;
    row.campaign = agent.campaign;
    row.callerId = agent.reportedCallerId();
    row.callsToday = agent.callsToday;
    row.onHookAgent = agent.onHookAgent;
    row.ringCallerId = agent.ringCallerId;
    row.previewLeadId = agent.previewLeadId;
    row.confExten = agent.sessionId;
    row.comments = agent.comments;
    row.extension = agent.extension;
    row.pauseCode = agent.pauseCode;
    return row;
}

std::optional<SimParkedRow> SimLiveRows::parked(const SimAgent &agent)
{
    if (!agent.loggedIn || !agent.hasLead() || !agent.customerParked())
        return std::nullopt;
    SimParkedRow row;
    row.channel = trunkChannel(agent.leadId);
    row.channelGroup = agent.callerId;
    row.extension = QStringLiteral("8301");
    row.parkedBy = agent.user;
    row.parkedAtMs = agent.parkedAtMs;
    return row;
}

std::optional<SimAutoCallRow> SimLiveRows::autoCall(const SimAgent &agent)
{
    if (!agent.loggedIn || !agent.hasLead() || !agent.customerCallExists())
        return std::nullopt;
    SimAutoCallRow row;
    row.callerId = agent.callerId;
    row.leadId = agent.leadId;
    row.campaign = agent.campaign;
    switch (agent.customer) {
    case CustomerLeg::Dialing: row.status = QStringLiteral("SENT"); break;
    case CustomerLeg::Ringing: row.status = QStringLiteral("XFER"); break;
    case CustomerLeg::InParkIvr: row.status = QStringLiteral("IVR"); break;
    default: row.status = QStringLiteral("LIVE"); break;
    }
    if (agent.customer != CustomerLeg::Dialing) {
        row.uniqueId = QStringLiteral("1782640800.%1").arg(agent.leadId);
        row.channel = trunkChannel(agent.leadId);
    }
    row.extension = agent.customer == CustomerLeg::InParkIvr ? QStringLiteral("PARK_IVR") : QStringLiteral("8365");
    return row;
}
