#pragma once

#include "state/SessionOptions.h"

// What the poller knows when it decides how long to wait before asking again.
struct PollSituation
{
    enum class Agent : quint8 { Unknown, LoggedIn, LoggedOut };

    Agent agent = Agent::Unknown;  // from the latest answer; Unknown before the first
    bool confirming = false;       // a command waits for its confirmation
    int consecutiveFailures = 0;   // unreachable or failing server, in a row
};

// The delay before the next agent_status poll, in ms. Pure: the caller
// supplies jitter, a number in [0, 1).
//
// Healthy: confirmingPollMs while confirming, else loggedInPollMs (also before
// the first answer) or loggedOutPollMs. Failing: the normal interval doubled
// per failure, capped at maxBackoffMs, then scaled by jitter into
// [half, full], so the cap is never exceeded and desks that lost the same
// server do not come back in lockstep. Confirming never speeds up a failing
// server.
int nextPollDelayMs(const PollSituation &situation, const SessionOptions &options, double jitter);

// The back-off before jitter: min(maxBackoffMs, base * 2^(failures - 1)).
int backoffCeilingMs(const PollSituation &situation, const SessionOptions &options);
