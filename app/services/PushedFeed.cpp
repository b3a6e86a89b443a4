#include "services/PushedFeed.h"

PushedFeed::PushedFeed(const QString &agent, QObject *parent) : AgentFeed(parent), m_agent(agent) {}

void PushedFeed::setConfirming(bool confirming)
{
    Q_UNUSED(confirming) // the source reads at its own pace for everyone
}

void PushedFeed::setOptions(const SessionOptions &options)
{
    Q_UNUSED(options) // the source's interval is its own
}

void PushedFeed::deliver(const std::optional<AgentSnapshot> &snapshot, qint64 sentAtMs)
{
    if (!delivering())
        return;
    PollOutcome outcome;
    outcome.sentAtMs = sentAtMs;
    if (snapshot) {
        outcome.kind = PollOutcome::Kind::Snapshot;
        outcome.snapshot = snapshot;
        outcome.answer.kind = ResultKind::Success;
    } else {
        // Not in the reading: logged out, as agent_status would say.
        outcome.kind = PollOutcome::Kind::AgentAbsent;
        outcome.answer.kind = ResultKind::NotLoggedIn;
        outcome.answer.agent = m_agent;
    }
    Q_EMIT polled(outcome);
}
