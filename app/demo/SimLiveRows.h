#pragma once

#include "vicidial/LiveAgentReport.h"

#include <QString>

#include <optional>

struct SimAgent;

// The rows VICIdial's tables would hold for one simulated agent
// (PROTOCOL.md section 8). The one place that says what the tables hold:
// the non-agent API answers from it through the server's rules, and the
// database mirror writes it.
struct SimLiveAgentRow : LiveAgentColumns
{
    QString user;
    QString campaign;
    QString callerId;
    int callsToday = 0;
    QString confExten; // the session id
    QString extension;
    QString pauseCode; // vicidial_agent_log.sub_status of the agent's live agent_log row
};

struct SimParkedRow
{
    QString channel;
    QString channelGroup; // the agent's callerid
    QString extension;
    QString parkedBy;
    qint64 parkedAtMs = 0;
};

struct SimAutoCallRow : AutoCallColumns
{
    QString callerId;
    QString extension; // PARK_IVR while the customer is in the park IVR
    QString status;
    qint64 leadId = 0;
    QString campaign;
};

namespace SimLiveRows {
// No row when the agent is logged out.
std::optional<SimLiveAgentRow> liveAgent(const SimAgent &agent);
std::optional<SimParkedRow> parked(const SimAgent &agent);
std::optional<SimAutoCallRow> autoCall(const SimAgent &agent);
} // namespace SimLiveRows
