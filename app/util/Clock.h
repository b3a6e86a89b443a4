#pragma once

#include <QtGlobal>

// Time as the program sees it. Injected so that timers, park limits and the
// simulator's lockout can be tested without waiting.
class Clock
{
public:
    virtual ~Clock() = default;
    // Wall time, for timestamps a person reads.
    virtual qint64 msecsSinceEpoch() const = 0;
    // Steady time, for durations; never jumps with the wall clock.
    virtual qint64 monotonicMs() const = 0;

    static Clock *system();
};

// A clock that moves only when told to.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMsecsSinceEpoch = 1782640800000) : m_epochMs(startMsecsSinceEpoch) {}
    qint64 msecsSinceEpoch() const override { return m_epochMs; }
    qint64 monotonicMs() const override { return m_monotonicMs; }
    void advance(qint64 ms)
    {
        m_epochMs += ms;
        m_monotonicMs += ms;
    }

private:
    qint64 m_epochMs;
    qint64 m_monotonicMs = 0;
};
