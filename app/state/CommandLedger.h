#pragma once

#include "state/ActionRules.h"
#include "state/CommandRecord.h"

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
    // A command whose answer arrived or whose verdict is in. Repeated calls
    // for the same id update it; facts follow the final word.
    void record(const CommandRecord &record);
    void clear();

    LedgerFacts facts() const { return m_facts; }
    QString leadId() const { return m_leadId; }
    // This call's commands, oldest first.
    const QList<CommandRecord> &records() const { return m_records; }

private:
    void apply(const CommandRecord &record);

    QString m_leadId;
    LedgerFacts m_facts;
    QList<CommandRecord> m_records;
    QList<quint64> m_applied;
};
