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
    return reportLiveAgent(liveAgentFacts(*row, m_inCallAgentsByLead.value(row->leadId),
                                          SimLiveRows::parked(agent).has_value(), call ? &*call : nullptr));
}
