#pragma once

#include "state/FeedState.h"
#include "state/LedgerFacts.h"
#include "vicidial/AgentSnapshot.h"
#include "vicidial/ParkIvrMode.h"
#include "vicidial/ParkAction.h"
#include "vicidial/ServerCapabilities.h"

#include <QString>

#include <array>
#include <optional>

struct RuleInput
{
    QString agent;
    FeedState feed = FeedState::Waiting;
    std::optional<AgentSnapshot> snapshot; // latest, may be old when Stale
    LedgerFacts ledger;
    ServerCapabilities capabilities;
    std::optional<ParkIvrMode> ivrMode;    // of the snapshot's campaign; nullopt: not set
    std::optional<ParkAction> pending;     // a command on its way or awaiting confirmation
    QString stopReason;                    // for AuthStopped: stopSentence() of the reason
    bool agentUnknown = false;             // no snapshot because the server has no such agent
    bool hubOnly = false;                  // readings and commands go only through a hub (gateway mode)
};

struct ActionState
{
    bool enabled = false;
    // When enabled: what it will do. When off: exactly why. Translated.
    QString reason;

    bool operator==(const ActionState &) const = default;
};

using ActionStates = std::array<ActionState, kAllParkActions.size()>;

inline const ActionState &stateOf(const ActionStates &states, ParkAction action)
{
    return states[static_cast<size_t>(action)];
}

// The single source of truth for which buttons are on, and why the rest are off.
ActionStates evaluateActions(const RuleInput &input);
