#include "state/ParkTimer.h"

#include <algorithm>

std::optional<qint64> parkStartMonotonicMs(qint64 parkedAtEpochMs, qint64 nowEpochMs, qint64 nowMonotonicMs)
{
    if (parkedAtEpochMs <= 0)
        return std::nullopt;
    return nowMonotonicMs - std::max<qint64>(0, nowEpochMs - parkedAtEpochMs);
}

void ParkTimer::observe(CallLeg customer, qint64 nowMs, std::optional<qint64> knownSinceMs)
{
    const bool parked = customer == CallLeg::Parked || customer == CallLeg::InIvr;
    m_inIvr = customer == CallLeg::InIvr;
    if (parked && !m_parkedSinceMs) {
        m_parkedSinceMs = knownSinceMs ? std::min(*knownSinceMs, nowMs) : nowMs;
        m_raised = ParkAlert::None;
    } else if (parked && knownSinceMs) {
        m_parkedSinceMs = std::min(*m_parkedSinceMs, *knownSinceMs);
    } else if (!parked && m_parkedSinceMs) {
        m_parkedSinceMs.reset();
        m_raised = ParkAlert::None;
    }
}

void ParkTimer::startedByCommandAt(qint64 sentAtMs)
{
    if (m_parkedSinceMs)
        m_parkedSinceMs = std::min(*m_parkedSinceMs, sentAtMs);
}

std::optional<qint64> ParkTimer::parkedForMs(qint64 nowMs) const
{
    if (!m_parkedSinceMs)
        return std::nullopt;
    return std::max<qint64>(0, nowMs - *m_parkedSinceMs);
}

ParkAlert ParkTimer::level(qint64 nowMs, const ParkLimits &limits) const
{
    return parkAlertFor(parkedForMs(nowMs), m_inIvr, limits);
}

ParkAlert ParkTimer::takeNewAlert(qint64 nowMs, const ParkLimits &limits)
{
    const ParkAlert now = level(nowMs, limits);
    if (now <= m_raised)
        return ParkAlert::None;
    m_raised = now;
    return now;
}
