#include "supervisor/FloorAgentFeed.h"

#include "supervisor/FloorFeed.h"

#include <algorithm>

FloorAgentFeed::FloorAgentFeed(FloorFeed *floor, const QString &agent, QObject *parent)
    : PushedFeed(agent, parent), m_floor(floor)
{
    connect(floor, &FloorFeed::floorUpdated, this, &FloorAgentFeed::onFloor);
    connect(floor, &FloorFeed::pollFailed, this, &FloorAgentFeed::onFailure);
    connect(floor, &FloorFeed::resumed, this, [this] {
        if (isRunning())
            Q_EMIT resumed();
    });
}

void FloorAgentFeed::start()
{
    PushedFeed::start();
    // The floor read before this row was selected is the newest state there is.
    if (m_floor && m_floor->hasFloor())
        onFloor(m_floor->lastFloor(), m_floor->lastFloorSentAtMs());
}

void FloorAgentFeed::pollNow()
{
    if (m_floor && delivering())
        m_floor->pollNow();
}

void FloorAgentFeed::retry()
{
    if (m_floor)
        m_floor->retry();
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
    const auto found = std::find_if(agents.cbegin(), agents.cend(), [this](const AgentSnapshot &snapshot) {
        return snapshot.user == agent();
    });
    deliver(found != agents.cend() ? std::optional<AgentSnapshot>(*found) : std::nullopt, sentAtMs);
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
