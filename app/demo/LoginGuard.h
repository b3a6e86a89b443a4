#pragma once

#include <QHash>
#include <QList>
#include <QString>

class Clock;

// VICIdial's login lockout, shared by both APIs: ten failed logins within 15
// minutes lock the user for 15 minutes, during which even the right password
// is refused. A successful login does not reset the count (PROTOCOL.md section 6).
class LoginGuard final
{
public:
    static constexpr int kMaxFailures = 10;
    static constexpr qint64 kWindowMs = 15 * 60 * 1000;
    static constexpr qint64 kLockMs = 15 * 60 * 1000;

    explicit LoginGuard(Clock *clock) : m_clock(clock) {}
    void setClock(Clock *clock) { m_clock = clock; }

    bool isLocked(const QString &user) const;
    // Counts one failed login; returns true when it locked the user.
    bool recordFailure(const QString &user);
    // Failures still inside the window (for tests and logs).
    int recentFailures(const QString &user) const;
    void clear() { m_users.clear(); }

private:
    struct State
    {
        QList<qint64> failuresMs;
        qint64 lockedUntilMs = 0;
    };
    qint64 nowMs() const;

    Clock *m_clock;
    QHash<QString, State> m_users;
};
