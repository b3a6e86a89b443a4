#pragma once

#include "vicidial/AgentSnapshot.h"
#include "vicidial/ParkIvrMode.h"
#include "vicidial/ParkAction.h"
#include "vicidial/ServerCapabilities.h"

#include <QString>

#include <array>
#include <optional>

// How fresh our knowledge of the agent is.
enum class FeedState : quint8 {
    Waiting,     // no answer yet since start
    Live,        // the latest poll answered
    Stale,       // answers stopped coming for a while; last snapshot too old to act on
    Offline,     // the server cannot be reached
    AuthStopped, // credentials, lock, IP or permission refused: traffic stopped
};

// What this client knows that the server does not report (PROTOCOL.md section 4).
struct LedgerFacts
{
    bool thirdPartyParked = false; // we parked the third party (PARK_XFER / SWAP_PARK_XFER... )
    bool thirdPartyOnLine = false; // we grabbed or swapped the third party onto the line
    bool customerInIvr = false;    // the PARK the server shows is our PARK_IVR_CUSTOMER
};

struct RuleInput
{
    QString agent;
    FeedState feed = FeedState::Waiting;
    std::optional<AgentSnapshot> snapshot; // latest, may be old when Stale
    LedgerFacts ledger;
    ServerCapabilities capabilities;
    std::optional<ParkIvrMode> ivrMode;    // of the snapshot's campaign; nullopt: not set
    std::optional<ParkAction> pending;     // a command on its way or awaiting confirmation
    QString stopReason;                    // for AuthStopped: the person-readable reason
    bool agentUnknown = false;             // no snapshot because the server has no such agent
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
