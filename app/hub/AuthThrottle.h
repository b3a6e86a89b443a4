#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>

class Clock;

// Wrong tokens per address: an address that sent maxFailures wrong tokens
// within windowMs is not heard for blockMs (its connections are closed at
// once, without checking what they send). Time comes from the injected clock.
class AuthThrottle final
{
public:
    struct Limits
    {
        int maxFailures = 10;
        qint64 windowMs = 60 * 1000;
        qint64 blockMs = 5 * 60 * 1000;
    };

    // clock must outlive the throttle.
    explicit AuthThrottle(Clock *clock) : AuthThrottle(clock, Limits{}) {}
    AuthThrottle(Clock *clock, const Limits &limits) : m_clock(clock), m_limits(limits) {}

    void recordFailure(const QHostAddress &address);
    // Milliseconds the address still has to wait; 0 when it may be heard.
    qint64 blockedForMs(const QHostAddress &address);
    int trackedAddresses() const { return int(m_entries.size()); }

private:
    struct Entry
    {
        QList<qint64> failuresMs; // within the window, oldest first
        qint64 blockedUntilMs = 0;
    };
    void forgetOld(qint64 nowMs);

    Clock *m_clock;
    Limits m_limits;
    QHash<QString, Entry> m_entries;
    qint64 m_lastSweepMs = 0;
};
