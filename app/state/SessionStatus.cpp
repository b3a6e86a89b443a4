#include "state/SessionStatus.h"

#include "state/StopReason.h"
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
    m_stop.reset();
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
        m_stop.reset();
        m_nextRetryMs = 0;
        break;
    case PollOutcome::Kind::Failed:
        m_failure = outcome.answer;
        m_latencyMs = outcome.latencyMs;
        m_nextRetryMs = outcome.nextPollAtMs;
        break;
    case PollOutcome::Kind::Stopped:
        m_failure.reset();
        m_stop = outcome.answer;
        break;
    }
}

FeedState SessionStatus::feed(qint64 nowMs, const SessionOptions &options) const
{
    if (m_stop)
        return FeedState::AuthStopped;
    if (m_failure)
        return FeedState::Offline;
    if (!m_answered)
        return FeedState::Waiting;
    if (nowMs - m_lastAnswerAtMs >= options.staleAfterMs)
        return FeedState::Stale;
    return FeedState::Live;
}

ConnectionState SessionStatus::connection(qint64 nowMs, const SessionOptions &options) const
{
    ConnectionState state;
    switch (feed(nowMs, options)) {
    case FeedState::AuthStopped:
        state.kind = ConnectionState::Kind::SignedOut;
        state.detail = stopSentence(m_stop);
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
