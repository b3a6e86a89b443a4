#include "state/SessionStatus.h"

#include "vicidial/AnswerText.h"

void SessionStatus::start()
{
    m_started = true;
}

void SessionStatus::stop()
{
    m_started = false;
}

void SessionStatus::restart()
{
    m_answered = false;
    m_failure.reset();
    m_localStop.reset();
    m_nextRetryMs = 0;
}

void SessionStatus::note(const PollOutcome &outcome, qint64 nowMs)
{
    switch (outcome.kind) {
    case PollOutcome::Kind::Snapshot:
    case PollOutcome::Kind::AgentAbsent:
        m_answered = true;
        m_lastAnswerAtMs = nowMs;
        m_latencyMs = outcome.latencyMs;
        m_failure.reset();
        m_localStop.reset();
        m_nextRetryMs = 0;
        break;
    case PollOutcome::Kind::Failed:
        m_failure = outcome.answer;
        m_latencyMs = outcome.latencyMs;
        m_nextRetryMs = outcome.nextPollAtMs;
        break;
    case PollOutcome::Kind::Stopped:
        m_failure.reset();
        if (outcome.answer.kind == ResultKind::NotSent && !outcome.answer.text.isEmpty())
            m_localStop = outcome.answer; // otherwise the wire client's stop reason says it all
        break;
    }
}

FeedState SessionStatus::feed(bool trafficStopped, qint64 nowMs, const SessionOptions &options) const
{
    if (trafficStopped || m_localStop)
        return FeedState::AuthStopped;
    if (m_failure)
        return FeedState::Offline;
    if (!m_answered)
        return FeedState::Waiting;
    if (nowMs - m_lastAnswerAtMs >= options.staleAfterMs)
        return FeedState::Stale;
    return FeedState::Live;
}

ConnectionState SessionStatus::connection(bool trafficStopped, const std::optional<Answer> &stopReason, qint64 nowMs,
                                          const SessionOptions &options) const
{
    ConnectionState state;
    switch (feed(trafficStopped, nowMs, options)) {
    case FeedState::AuthStopped:
        state.kind = ConnectionState::Kind::SignedOut;
        if (trafficStopped && stopReason)
            state.detail = describeAnswer(*stopReason);
        else if (m_localStop)
            state.detail = m_localStop->text;
        else
            state.detail = tr("Signed out: requests to this server are stopped.");
        break;
    case FeedState::Offline:
        state.kind = ConnectionState::Kind::Offline;
        state.detail = describeAnswer(*m_failure);
        state.nextRetryMs = m_nextRetryMs;
        break;
    case FeedState::Waiting:
        state.kind = ConnectionState::Kind::Connecting;
        state.detail = tr("Connecting to the server...");
        break;
    case FeedState::Stale:
        state.kind = ConnectionState::Kind::Slow;
        state.latencyMs = m_latencyMs;
        state.detail = tr("No answer from the server for %1 s.").arg((nowMs - m_lastAnswerAtMs) / 1000);
        break;
    case FeedState::Live:
        if (m_latencyMs > options.slowLatencyMs) {
            state.kind = ConnectionState::Kind::Slow;
            state.latencyMs = m_latencyMs;
            state.detail = tr("The server is slow to answer (%1 ms).").arg(m_latencyMs);
        } else {
            state.kind = ConnectionState::Kind::Connected;
        }
        break;
    }
    return state;
}
