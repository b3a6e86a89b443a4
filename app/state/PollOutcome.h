#pragma once

#include "vicidial/AgentSnapshot.h"
#include "vicidial/Answer.h"

#include <QMetaType>

#include <optional>

// What one reading of an agent's state brought, whatever the source.
struct PollOutcome
{
    enum class Kind : quint8 {
        Snapshot,    // the agent's state
        AgentAbsent, // the server answered: not logged in, no such agent
        Failed,      // unreachable, timeout, HTTP or server error: backing off
        Stopped,     // credentials, lock, IP or permission refused: no more polls until a person acts
    };
    Kind kind = Kind::Failed;
    std::optional<AgentSnapshot> snapshot;
    Answer answer;           // the server's answer or the failure, redacted
    qint64 sentAtMs = 0;     // Clock::monotonicMs() when this poll left
    qint64 latencyMs = 0;
    qint64 nextPollAtMs = 0; // monotonic time of the next poll; 0 when none is scheduled
};

Q_DECLARE_METATYPE(PollOutcome)
