#include "state/ParkTimer.h"

#include <algorithm>

void ParkTimer::observe(bool parked, qint64 nowMs)
{
    if (parked && !m_parkedSinceMs) {
        m_parkedSinceMs = nowMs;
        m_raised = ParkAlert::None;
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

ParkAlert ParkTimer::level(qint64 nowMs, int warnSeconds, int criticalSeconds) const
{
    const std::optional<qint64> parked = parkedForMs(nowMs);
    if (!parked)
        return ParkAlert::None;
    if (criticalSeconds > 0 && *parked >= qint64(criticalSeconds) * 1000)
        return ParkAlert::Critical;
    if (warnSeconds > 0 && *parked >= qint64(warnSeconds) * 1000)
        return ParkAlert::Warning;
    return ParkAlert::None;
}

ParkAlert ParkTimer::takeNewAlert(qint64 nowMs, int warnSeconds, int criticalSeconds)
{
    const ParkAlert now = level(nowMs, warnSeconds, criticalSeconds);
    if (now <= m_raised)
        return ParkAlert::None;
    m_raised = now;
    return now;
}
