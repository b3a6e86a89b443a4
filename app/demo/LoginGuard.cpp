#include "demo/LoginGuard.h"

#include "util/Clock.h"

#include <algorithm>

qint64 LoginGuard::nowMs() const
{
    return m_clock->monotonicMs();
}

bool LoginGuard::isLocked(const QString &user) const
{
    const auto it = m_users.constFind(user);
    return it != m_users.cend() && nowMs() < it->lockedUntilMs;
}

int LoginGuard::recentFailures(const QString &user) const
{
    const auto it = m_users.constFind(user);
    if (it == m_users.cend())
        return 0;
    const qint64 since = nowMs() - kWindowMs;
    return int(std::count_if(it->failuresMs.cbegin(), it->failuresMs.cend(), [since](qint64 at) { return at > since; }));
}

bool LoginGuard::recordFailure(const QString &user)
{
    if (isLocked(user))
        return false;
    State &state = m_users[user];
    const qint64 now = nowMs();
    state.failuresMs.removeIf([now](qint64 at) { return at <= now - kWindowMs; });
    state.failuresMs.append(now);
    if (state.failuresMs.size() < kMaxFailures)
        return false;
    state.failuresMs.clear();
    state.lockedUntilMs = now + kLockMs;
    return true;
}
