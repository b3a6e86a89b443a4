#include "hub/AuthThrottle.h"

#include "util/Clock.h"

#include <algorithm>

namespace {
// IPv4 clients of a dual-stack server arrive as ::ffff:a.b.c.d: one address, one key.
QString keyOf(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}
} // namespace

void AuthThrottle::recordFailure(const QHostAddress &address)
{
    const qint64 now = m_clock->monotonicMs();
    forgetOld(now);
    Entry &entry = m_entries[keyOf(address)];
    while (!entry.failuresMs.isEmpty() && now - entry.failuresMs.first() >= m_limits.windowMs)
        entry.failuresMs.removeFirst();
    entry.failuresMs.append(now);
    if (entry.failuresMs.size() >= m_limits.maxFailures) {
        entry.blockedUntilMs = now + m_limits.blockMs;
        entry.failuresMs.clear();
    }
}

qint64 AuthThrottle::blockedForMs(const QHostAddress &address)
{
    const auto it = m_entries.constFind(keyOf(address));
    if (it == m_entries.cend())
        return 0;
    return std::max<qint64>(0, it->blockedUntilMs - m_clock->monotonicMs());
}

void AuthThrottle::forgetOld(qint64 nowMs)
{
    // Bounded memory under a scan from many addresses: sweep at most once per window.
    if (nowMs - m_lastSweepMs < m_limits.windowMs)
        return;
    m_lastSweepMs = nowMs;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        const bool recent = !it->failuresMs.isEmpty() && nowMs - it->failuresMs.last() < m_limits.windowMs;
        if (!recent && it->blockedUntilMs <= nowMs)
            it = m_entries.erase(it);
        else
            ++it;
    }
}
