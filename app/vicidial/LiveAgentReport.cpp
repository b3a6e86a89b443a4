#include "vicidial/LiveAgentReport.h"

LiveAgentReport reportLiveAgent(const LiveAgentFacts &facts)
{
    LiveAgentReport report;
    report.leadId = facts.leadId;
    const bool paused = facts.status == QLatin1String("PAUSED");

    if (facts.onHookAgent && facts.ringCallerId.size() > 18)
        report.subStatus = QStringLiteral("RING");
    if (paused && facts.leadId > 0)
        report.subStatus = QStringLiteral("DISPO");
    if (paused && facts.previewLeadId > 0) {
        report.subStatus = QStringLiteral("PREVIEW");
        report.leadId = facts.previewLeadId;
    }
    if (facts.status != QLatin1String("INCALL"))
        return report;

    if (facts.leadId > 0 && facts.inCallAgentsOnLead > 1)
        report.subStatus = QStringLiteral("3-WAY");
    if (facts.customerParked) {
        report.subStatus = QStringLiteral("PARK");
        return report;
    }
    // Chats and emails have no phone call to look for.
    if (facts.comments.contains(QLatin1String("CHAT")) || facts.comments.contains(QLatin1String("EMAIL")))
        return report;
    if (!facts.hasAutoCall)
        report.subStatus = QStringLiteral("DEAD");
    else if (facts.comments == QLatin1String("MANUAL") && facts.autoCallUniqueId.size() < 5 && facts.autoCallChannel.size() < 5)
        report.subStatus = QStringLiteral("DIAL"); // a manual dial not answered yet
    return report;
}

LiveAgentFacts liveAgentFacts(const LiveAgentColumns &row, int inCallAgentsOnLead, bool customerParked,
                              const AutoCallColumns *call)
{
    LiveAgentFacts facts;
    facts.status = row.status;
    facts.leadId = row.leadId;
    facts.previewLeadId = row.previewLeadId;
    facts.onHookAgent = row.onHookAgent;
    facts.ringCallerId = row.ringCallerId;
    facts.comments = row.comments;
    facts.inCallAgentsOnLead = inCallAgentsOnLead;
    facts.customerParked = customerParked;
    facts.hasAutoCall = call != nullptr;
    if (call) {
        facts.autoCallUniqueId = call->uniqueId;
        facts.autoCallChannel = call->channel;
    }
    return facts;
}
