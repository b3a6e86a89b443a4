#include "hub/FloorAssembler.h"

#include "vicidial/LiveAgentReport.h"

#include <algorithm>

QList<AgentSnapshot> FloorAssembler::agents(const FloorTables &tables, const FloorFilter &filter)
{
    // The 3-WAY rule counts INCALL rows of the whole floor, not only the part served.
    QHash<qint64, int> inCallAgentsByLead;
    for (const LiveAgentDbRow &row : tables.liveAgents) {
        if (row.leadId > 0 && row.status == QLatin1String("INCALL"))
            ++inCallAgentsByLead[row.leadId];
    }

    QList<AgentSnapshot> agents;
    agents.reserve(tables.liveAgents.size());
    for (const LiveAgentDbRow &row : tables.liveAgents) {
        const UserDbRow user = tables.users.value(row.user);
        if (!filter.admits(row.campaign, user.userGroup))
            continue;
        const auto parked = tables.parkedAtSecondsByCallerId.constFind(row.callerId);
        const auto call = tables.autoCallsByCallerId.constFind(row.callerId);
        const bool hasCall = call != tables.autoCallsByCallerId.cend();

        const LiveAgentReport report = reportLiveAgent(liveAgentFacts(row, inCallAgentsByLead.value(row.leadId),
                                                                      parked != tables.parkedAtSecondsByCallerId.cend(),
                                                                      hasCall ? &*call : nullptr));

        AgentSnapshot agent;
        agent.user = row.user;
        agent.status = row.status;
        agent.callerId = row.callerId;
        agent.leadId = QString::number(report.leadId);
        agent.campaign = row.campaign;
        agent.callsToday = row.callsToday;
        agent.fullName = user.fullName;
        agent.userGroup = user.userGroup;
        agent.userLevel = user.userLevel;
        agent.pauseCode = tables.pauseCodesByAgentLogId.value(row.agentLogId);
        agent.subStatus = report.subStatus;
        agent.sessionId = row.confExten;
        agent.extension = row.extension;
        const bool parkedNow = agent.isParked();
        agent.parkedAtMs = parkedNow ? *parked * 1000 : 0;
        agent.inParkIvr = parkedNow && hasCall && call->inParkIvr;
        agents.append(agent);
    }
    std::sort(agents.begin(), agents.end(), [](const AgentSnapshot &a, const AgentSnapshot &b) { return a.user < b.user; });
    return agents;
}

QHash<QString, ParkIvrMode> FloorAssembler::campaignIvrModes(const FloorTables &tables, const FloorFilter &filter)
{
    if (filter.campaigns.isEmpty())
        return tables.campaignIvrModes;
    QHash<QString, ParkIvrMode> modes;
    for (auto it = tables.campaignIvrModes.cbegin(); it != tables.campaignIvrModes.cend(); ++it) {
        if (filter.campaigns.contains(it.key()))
            modes.insert(it.key(), it.value());
    }
    return modes;
}
