#pragma once

#include <QString>

// What VICIdial's tables hold about one logged-in agent and its call, as far
// as the sub status and the lead that agent_status and logged_in_agents
// report depend on it (PROTOCOL.md section 8).
struct LiveAgentFacts
{
    QString status;             // vicidial_live_agents.status
    qint64 leadId = 0;          // vicidial_live_agents.lead_id
    qint64 previewLeadId = 0;   // vicidial_live_agents.preview_lead_id
    bool onHookAgent = false;   // vicidial_live_agents.on_hook_agent = 'Y'
    QString ringCallerId;       // vicidial_live_agents.ring_callerid
    QString comments;           // vicidial_live_agents.comments
    int inCallAgentsOnLead = 0; // live agent rows with this lead_id and status INCALL, this one included
    bool customerParked = false; // a parked_channels row has channel_group = this agent's callerid
    bool hasAutoCall = false;   // a vicidial_auto_calls row has this agent's callerid
    QString autoCallUniqueId;   // that row's uniqueid and channel
    QString autoCallChannel;
};

// The two fields the server derives rather than copies.
struct LiveAgentReport
{
    QString subStatus; // empty, RING, DISPO, PREVIEW, 3-WAY, PARK, DEAD or DIAL
    qint64 leadId = 0; // the lead shown: preview_lead_id for PREVIEW

    bool operator==(const LiveAgentReport &) const = default;
};

// The vicidial_live_agents columns the rules read: what the simulator's rows
// and the database source's rows both carry.
struct LiveAgentColumns
{
    QString status;
    qint64 leadId = 0;
    qint64 previewLeadId = 0;
    bool onHookAgent = false; // on_hook_agent = 'Y'
    QString ringCallerId;
    QString comments;
};

// The vicidial_auto_calls columns the rules read.
struct AutoCallColumns
{
    QString uniqueId; // empty while a manual dial rings out
    QString channel;  // likewise
};

// The facts of one live agent row, with what the other tables say about its
// call: how many INCALL agents share its lead, whether its callerid is
// parked, and its vicidial_auto_calls row (nullptr: none).
LiveAgentFacts liveAgentFacts(const LiveAgentColumns &row, int inCallAgentsOnLead, bool customerParked,
                              const AutoCallColumns *call);

// The server's rules, in their order (a later rule overrides an earlier one):
// RING, DISPO, PREVIEW, then for INCALL 3-WAY, PARK, and DEAD or DIAL.
LiveAgentReport reportLiveAgent(const LiveAgentFacts &facts);
