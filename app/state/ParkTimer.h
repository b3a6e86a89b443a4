#pragma once

#include "state/CallLegs.h"
#include "state/ParkAlert.h"

#include <optional>

// A source's wall-clock park time (AgentSnapshot::parkedAtMs, 0 unknown) on
// the monotonic clock, for ParkTimer::observe's knownSinceMs.
std::optional<qint64> parkStartMonotonicMs(qint64 parkedAtEpochMs, qint64 nowEpochMs, qint64 nowMonotonicMs);

// How long the customer has been parked (on hold or in the park IVR), and
// which alert levels that has reached. Times are Clock::monotonicMs(). A
// parked call starts when a fresh state first shows it parked (or earlier:
// at the send time of our own confirmed park, or when a database reading
// says it was parked) and ends when a state shows it gone; each level is
// raised once per parked call. The alert itself is parkAlertFor's.
class ParkTimer final
{
public:
    // knownSinceMs: when the source says the customer was parked, if it knows.
    void observe(CallLeg customer, qint64 nowMs, std::optional<qint64> knownSinceMs = std::nullopt);
    // Our own park command, sent at sentAtMs, is what parked them.
    void startedByCommandAt(qint64 sentAtMs);

    bool isParked() const { return m_parkedSinceMs.has_value(); }
    bool isInIvr() const { return m_inIvr; }
    std::optional<qint64> parkedSinceMs() const { return m_parkedSinceMs; }
    std::optional<qint64> parkedForMs(qint64 nowMs) const;
    ParkAlert level(qint64 nowMs, const ParkLimits &limits) const;
    // The highest level reached and not yet raised for this parked call, once;
    // ParkAlert::None when there is nothing new. Lower levels it skipped over
    // count as raised too.
    ParkAlert takeNewAlert(qint64 nowMs, const ParkLimits &limits);

private:
    std::optional<qint64> m_parkedSinceMs;
    bool m_inIvr = false;
    ParkAlert m_raised = ParkAlert::None;
};
