#pragma once

#include "state/CommandRecord.h"
#include "state/LedgerFacts.h"
#include "vicidial/AgentSnapshot.h"

#include <QList>

#include <optional>

// What this client sent for the call on the agent's screen, and what follows
// from it that the server does not report (PROTOCOL.md section 4): whether
// the third party is parked or on the line, and whether the PARK the server
// shows is the park IVR. Cleared when the lead changes or the agent logs out.
//
// A leg changes only on evidence: a customer leg when the state confirmed the
// command (Confirmed), a third-party leg, which no state shows, when the
// server answered SUCCESS. A third party the agent added in the VICIdial
// screen is unknown here; the rules treat "no third party known" as "maybe".
class CommandLedger final
{
public:
    // The latest state; nullopt when the agent is not logged in.
    void observe(const std::optional<AgentSnapshot> &snapshot);
    // A settled command (answered, and confirmed or not). Each command
    // changes the facts at most once.
    void record(const CommandRecord &record);
    void clear();

    LedgerFacts facts() const { return m_facts; }
    QString leadId() const { return m_leadId; }

private:
    void apply(const CommandRecord &record);

    QString m_leadId;
    LedgerFacts m_facts;
    QList<quint64> m_applied;
};
