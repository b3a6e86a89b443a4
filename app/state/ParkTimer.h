#pragma once

#include "state/ParkAlert.h"

#include <optional>

// How long the customer has been parked, and which alert levels that has
// reached. Times are Clock::monotonicMs(). A parked call starts when a fresh
// state first shows PARK (or earlier, at the send time of our own confirmed
// park) and ends when a state shows it gone; each level is raised once per
// parked call.
class ParkTimer final
{
public:
    void observe(bool parked, qint64 nowMs);
    // Our own park command, sent at sentAtMs, is what parked them.
    void startedByCommandAt(qint64 sentAtMs);

    bool isParked() const { return m_parkedSinceMs.has_value(); }
    std::optional<qint64> parkedForMs(qint64 nowMs) const;
    // Warning past warnSeconds, Critical past criticalSeconds; 0 or less turns a level off.
    ParkAlert level(qint64 nowMs, int warnSeconds, int criticalSeconds) const;
    // The highest level reached and not yet raised for this parked call, once;
    // ParkAlert::None when there is nothing new. Lower levels it skipped over
    // count as raised too.
    ParkAlert takeNewAlert(qint64 nowMs, int warnSeconds, int criticalSeconds);

private:
    std::optional<qint64> m_parkedSinceMs;
    ParkAlert m_raised = ParkAlert::None;
};
