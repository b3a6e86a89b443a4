#include "supervisor/FloorAgentFeed.h"

#include "supervisor/FloorFeed.h"

#include <algorithm>

FloorAgentFeed::FloorAgentFeed(FloorFeed *floor, const QString &agent, QObject *parent)
    : AgentFeed(parent), m_floor(floor), m_agent(agent)
{
    connect(floor, &FloorFeed::floorUpdated, this, &FloorAgentFeed::onFloor);
    connect(floor, &FloorFeed::pollFailed, this, &FloorAgentFeed::onFailure);
    connect(floor, &FloorFeed::resumed, this, [this] {
        if (m_running)
            Q_EMIT resumed();
    });
}

void FloorAgentFeed::start()
{
    m_running = true;
    // The floor read before this row was selected is the newest state there is.
    if (m_floor && m_floor->hasFloor())
        onFloor(m_floor->lastFloor(), m_floor->lastFloorSentAtMs());
}

void FloorAgentFeed::stop()
{
    m_running = false;
}

void FloorAgentFeed::pause()
{
    m_paused = true;
}

void FloorAgentFeed::resume()
{
    m_paused = false;
}

void FloorAgentFeed::pollNow()
{
    if (m_floor && delivering())
        m_floor->pollNow();
}

void FloorAgentFeed::setConfirming(bool confirming)
{
    Q_UNUSED(confirming) // the floor keeps its budget: pollNow() asks for one reading, no more
}

void FloorAgentFeed::retry()
{
    if (m_floor)
        m_floor->retry();
}

void FloorAgentFeed::setOptions(const SessionOptions &options)
{
    Q_UNUSED(options) // the floor's interval is the floor poller's
}

int FloorAgentFeed::freshnessMs() const
{
    return m_floor ? std::max(m_floor->currentIntervalMs(), 1) : 1;
}

FeedSource FloorAgentFeed::source() const
{
    return m_floor ? m_floor->source() : FeedSource::of(FeedSource::Kind::Floor);
}

void FloorAgentFeed::onFloor(const QList<AgentSnapshot> &agents, qint64 sentAtMs)
{
    if (!delivering())
        return;
    PollOutcome outcome;
    outcome.sentAtMs = sentAtMs;
    const auto found = std::find_if(agents.cbegin(), agents.cend(), [this](const AgentSnapshot &agent) {
        return agent.user == m_agent;
    });
    if (found != agents.cend()) {
        outcome.kind = PollOutcome::Kind::Snapshot;
        outcome.snapshot = *found;
        outcome.answer.kind = ResultKind::Success;
    } else {
        // Not on the floor: logged out, as agent_status would say.
        outcome.kind = PollOutcome::Kind::AgentAbsent;
        outcome.answer.kind = ResultKind::NotLoggedIn;
        outcome.answer.agent = m_agent;
    }
    Q_EMIT polled(outcome);
}

void FloorAgentFeed::onFailure(const Answer &answer)
{
    if (!delivering() || !m_floor)
        return;
    PollOutcome outcome;
    outcome.answer = answer;
    outcome.kind = m_floor->isStopped() ? PollOutcome::Kind::Stopped : PollOutcome::Kind::Failed;
    outcome.nextPollAtMs = m_floor->nextPollAtMs();
    Q_EMIT polled(outcome);
}
