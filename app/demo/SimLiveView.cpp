#include "demo/SimLiveView.h"

#include "demo/SimAgent.h"
#include "demo/SimFloor.h"
#include "demo/SimLiveRows.h"

namespace {

const QString kInCall = QStringLiteral("INCALL");

} // namespace

SimLiveView::SimLiveView(SimFloor &floor)
{
    for (const SimAgent *agent : floor.agents()) {
        if (agent->loggedIn && agent->leadId > 0 && agent->reportedStatus() == kInCall)
            ++m_inCallAgentsByLead[agent->leadId];
    }
}

SimLiveView::SimLiveView(SimFloor &floor, const SimAgent &agent)
{
    if (agent.leadId <= 0)
        return;
    for (const SimAgent *other : floor.agents()) {
        if (other->loggedIn && other->leadId == agent.leadId && other->reportedStatus() == kInCall)
            ++m_inCallAgentsByLead[agent.leadId];
    }
}

LiveAgentReport SimLiveView::report(const SimAgent &agent) const
{
    const std::optional<SimLiveAgentRow> row = SimLiveRows::liveAgent(agent);
    if (!row)
        return {};
    const std::optional<SimAutoCallRow> call = SimLiveRows::autoCall(agent);
    LiveAgentFacts facts;
    facts.status = row->status;
    facts.leadId = row->leadId;
    facts.previewLeadId = row->previewLeadId;
    facts.onHookAgent = row->onHookAgent;
    facts.ringCallerId = row->ringCallerId;
    facts.comments = row->comments;
    facts.inCallAgentsOnLead = m_inCallAgentsByLead.value(row->leadId);
    facts.customerParked = SimLiveRows::parked(agent).has_value();
    facts.hasAutoCall = call.has_value();
    if (call) {
        facts.autoCallUniqueId = call->uniqueId;
        facts.autoCallChannel = call->channel;
    }
    return reportLiveAgent(facts);
}
