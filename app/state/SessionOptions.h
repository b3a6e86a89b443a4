#pragma once

#include "state/ParkAlert.h"
#include "vicidial/ParkIvrMode.h"

#include <QHash>
#include <QString>

// What a session needs from the settings. Plain values, so the settings layer
// fills it and tests build it by hand. Defaults are the documented ones.
struct SessionOptions
{
    int confirmingPollMs = 250;   // while a command waits for confirmation
    int loggedInPollMs = 1000;    // agent logged in
    int loggedOutPollMs = 5000;   // agent logged out
    int maxBackoffMs = 30000;     // server unreachable or failing
    int confirmTimeoutMs = 5000;  // SUCCESS not visible in the state by then: not carried out
    int staleAfterMs = 10000;     // no fresh state for this long: buttons off, "stale"
    int slowLatencyMs = 2000;     // answers slower than this: the connection shows as slow
    int parkWarnSeconds = 60;     // first park warning
    int parkCriticalSeconds = 25 * 60; // before the server's own cut-off (about 30 min)
    bool screenSupportsSwapAndHangup = false; // administrator override for old API builds
    // Campaign id -> park IVR mode; a campaign not listed has no mode set.
    QHash<QString, ParkIvrMode> parkIvrModes;

    ParkLimits parkLimits() const { return {parkWarnSeconds, parkCriticalSeconds}; }

    bool operator==(const SessionOptions &) const = default;
};
