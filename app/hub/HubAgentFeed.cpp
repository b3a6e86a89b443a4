#include "hub/HubAgentFeed.h"

#include "hub/HubClient.h"
#include "util/Clock.h"


namespace {

FeedSource::HubProblem problemOf(const HubHealth &health)
{
    switch (health.state) {
    case HubHealth::State::Usable: return FeedSource::HubProblem::None;
    case HubHealth::State::Connecting: return FeedSource::HubProblem::Connecting;
    case HubHealth::State::Unreachable: return FeedSource::HubProblem::Unreachable;
    case HubHealth::State::Refused: return FeedSource::HubProblem::Refused;
    case HubHealth::State::NoData: return FeedSource::HubProblem::NoData;
    case HubHealth::State::HeartbeatsMissed: return FeedSource::HubProblem::Silent;
    }
    return FeedSource::HubProblem::Unreachable;
}

} // namespace

HubAgentFeed::HubAgentFeed(HubClient *client, const QString &agent, Clock *clock, QObject *parent)
    : AgentFeed(parent), m_client(client), m_agent(agent), m_clock(clock ? clock : Clock::system())
{
    connect(client, &HubClient::agentUpdated, this, [this](const QString &user) {
        if (user == m_agent)
            deliverCurrent();
    });
    connect(client, &HubClient::healthChanged, this, &HubAgentFeed::onHealthChanged);
    connect(client, &HubClient::campaignIvrModesChanged, this, &AgentFeed::sourceChanged);
}

void HubAgentFeed::start()
{
    m_running = true;
    m_wasUsable = isAvailable();
    m_client->subscribeAgents({m_agent});
    m_client->start();
    deliverCurrent();
}

void HubAgentFeed::stop()
{
    m_running = false;
}

void HubAgentFeed::pause()
{
    m_paused = true;
}

void HubAgentFeed::resume()
{
    m_paused = false;
    deliverCurrent();
}

void HubAgentFeed::pollNow()
{
    deliverCurrent(); // the hub pushes every change; its newest is the freshest there is
}

void HubAgentFeed::setConfirming(bool confirming)
{
    Q_UNUSED(confirming) // the hub reads at its own pace for every desk
}

void HubAgentFeed::retry()
{
    if (m_client && !m_client->health().isUsable())
        m_client->reconnectNow();
}

void HubAgentFeed::setOptions(const SessionOptions &options)
{
    Q_UNUSED(options)
}

bool HubAgentFeed::isAvailable() const
{
    return m_client && m_client->health().isUsable();
}

FeedSource HubAgentFeed::source() const
{
    FeedSource source;
    source.kind = isAvailable() ? FeedSource::Kind::Hub : FeedSource::Kind::HubOnly;
    if (m_client) {
        source.problem = problemOf(m_client->health());
        source.detail = m_client->health().text();
    }
    return source;
}

QHash<QString, ParkIvrMode> HubAgentFeed::campaignIvrModes() const
{
    return m_client ? m_client->campaignIvrModes() : QHash<QString, ParkIvrMode>{};
}

void HubAgentFeed::onHealthChanged()
{
    const bool usable = isAvailable();
    const bool cameBack = usable && !m_wasUsable;
    m_wasUsable = usable;
    Q_EMIT sourceChanged(); // a FallbackFeed switches first, then ignores what follows
    if (!delivering())
        return;
    const HubHealth &health = m_client->health();
    if (!usable && health.state != HubHealth::State::Connecting) {
        // Alone (gateway mode), a hub that cannot be relied on is an outage;
        // a refused token waits for a person, like a refused password.
        PollOutcome outcome;
        const bool refused = health.state == HubHealth::State::Refused;
        outcome.kind = refused ? PollOutcome::Kind::Stopped : PollOutcome::Kind::Failed;
        outcome.answer.kind = refused ? ResultKind::NotSent : ResultKind::ConnectionFailed;
        outcome.answer.detail = health.text();
        outcome.answer.text = health.text();
        Q_EMIT polled(outcome);
    }
    if (cameBack) {
        Q_EMIT resumed(); // what was shown while the hub was away is no evidence now
        deliverCurrent();
    }
}

void HubAgentFeed::deliverCurrent()
{
    if (!delivering() || !isAvailable())
        return;
    PollOutcome outcome;
    // The reading left when the hub took it: on this computer's monotonic clock.
    const qint64 ageMs = std::max<qint64>(0, m_clock->msecsSinceEpoch() - m_client->lastReadAtMs());
    outcome.sentAtMs = m_clock->monotonicMs() - ageMs;
    const std::optional<AgentSnapshot> snapshot = m_client->agent(m_agent);
    if (snapshot) {
        outcome.kind = PollOutcome::Kind::Snapshot;
        outcome.snapshot = snapshot;
        outcome.answer.kind = ResultKind::Success;
    } else {
        outcome.kind = PollOutcome::Kind::AgentAbsent;
        outcome.answer.kind = ResultKind::NotLoggedIn;
        outcome.answer.agent = m_agent;
    }
    Q_EMIT polled(outcome);
}
