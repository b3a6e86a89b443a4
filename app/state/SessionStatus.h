#pragma once

#include "state/ConnectionState.h"
#include "state/FeedState.h"
#include "state/PollOutcome.h"
#include "state/SessionOptions.h"

#include <QCoreApplication>

#include <optional>

// How fresh the session's knowledge is, how the link to the server looks and
// whether requests stopped, from the feed's outcomes alone: the one place a
// session learns that traffic stopped and why. Times are Clock::monotonicMs().
class SessionStatus final
{
    Q_DECLARE_TR_FUNCTIONS(SessionStatus)

public:
    void start();
    void stop();
    // Forget earlier answers: after a sign-out they are no evidence.
    void restart();
    bool isStarted() const { return m_started; }

    void note(const PollOutcome &outcome, qint64 nowMs);
    // The latest poll failed (unreachable, timeout, HTTP or server error).
    bool isFailing() const { return m_failure.has_value(); }
    // Why requests stopped (the server's refusal or ours), until a person acts.
    std::optional<Answer> stopReason() const { return m_stop; }

    FeedState feed(qint64 nowMs, const SessionOptions &options) const;
    ConnectionState connection(qint64 nowMs, const SessionOptions &options) const;

private:
    bool m_started = false;
    bool m_answered = false;
    qint64 m_lastAnswerAtMs = 0;
    qint64 m_latencyMs = 0;
    std::optional<Answer> m_failure;
    std::optional<Answer> m_stop;
    qint64 m_nextRetryMs = 0;
};
