#pragma once

#include "state/PollOutcome.h"
#include "state/ActionRules.h"
#include "state/ConnectionState.h"
#include "state/SessionOptions.h"

#include <QCoreApplication>

#include <optional>

// How fresh the session's knowledge is and how the link to the server looks,
// from the polls' outcomes. Times are Clock::monotonicMs().
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
    // Why polling stopped when the wire client did not stop it (a password that cannot work); translated.
    QString localStopReason() const { return m_localStop ? m_localStop->text : QString(); }

    FeedState feed(bool trafficStopped, qint64 nowMs, const SessionOptions &options) const;
    ConnectionState connection(bool trafficStopped, const std::optional<Answer> &stopReason, qint64 nowMs,
                               const SessionOptions &options) const;

private:
    bool m_started = false;
    bool m_answered = false;
    qint64 m_lastAnswerAtMs = 0;
    qint64 m_latencyMs = 0;
    std::optional<Answer> m_failure;
    std::optional<Answer> m_localStop;
    qint64 m_nextRetryMs = 0;
};
