#include "supervisor/FloorAgentFeed.h"

#include "supervisor/FloorPoller.h"

#include <algorithm>

FloorAgentFeed::FloorAgentFeed(FloorPoller *poller, const QString &agent, QObject *parent)
    : AgentFeed(parent), m_poller(poller), m_agent(agent)
{
    connect(poller, &FloorPoller::floorUpdated, this, &FloorAgentFeed::onFloor);
    connect(poller, &FloorPoller::pollFailed, this, &FloorAgentFeed::onFailure);
    connect(poller, &FloorPoller::resumed, this, [this] {
        if (m_running)
            Q_EMIT resumed();
    });
}

void FloorAgentFeed::start()
{
    m_running = true;
    // The floor read before this row was selected is the newest state there is.
    if (m_poller && m_poller->hasFloor())
        onFloor(m_poller->lastFloor(), m_poller->lastFloorSentAtMs());
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
    if (m_poller && delivering())
        m_poller->pollNow();
}

void FloorAgentFeed::setConfirming(bool confirming)
{
    Q_UNUSED(confirming) // the floor keeps its budget: pollNow() asks for one reading, no more
}

void FloorAgentFeed::retry()
{
    if (m_poller)
        m_poller->retry();
}

void FloorAgentFeed::setOptions(const SessionOptions &options)
{
    Q_UNUSED(options) // the floor's interval is the floor poller's
}

int FloorAgentFeed::freshnessMs() const
{
    return m_poller ? std::max(m_poller->currentIntervalMs(), 1) : 1;
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
    if (!delivering() || !m_poller)
        return;
    PollOutcome outcome;
    outcome.answer = answer;
    outcome.kind = m_poller->isStopped() ? PollOutcome::Kind::Stopped : PollOutcome::Kind::Failed;
    outcome.nextPollAtMs = m_poller->nextPollAtMs();
    Q_EMIT polled(outcome);
}
