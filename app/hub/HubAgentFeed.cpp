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
    : PushedFeed(agent, parent), m_client(client), m_clock(clock ? clock : Clock::system())
{
    connect(client, &HubClient::agentUpdated, this, [this](const QString &user) {
        if (user == this->agent())
            deliverCurrent();
    });
    connect(client, &HubClient::healthChanged, this, &HubAgentFeed::onHealthChanged);
    connect(client, &HubClient::campaignIvrModesChanged, this, &AgentFeed::sourceChanged);
}

void HubAgentFeed::start()
{
    PushedFeed::start();
    m_wasUsable = isAvailable();
    if (!m_client->followsPhone()) // a phone's subscription follows its seat on its own
        m_client->subscribeAgents({agent()});
    m_client->start();
    deliverCurrent();
}

void HubAgentFeed::resume()
{
    PushedFeed::resume();
    deliverCurrent();
}

void HubAgentFeed::pollNow()
{
    deliverCurrent(); // the hub pushes every change; its newest is the freshest there is
}

void HubAgentFeed::retry()
{
    if (m_client && !m_client->health().isUsable())
        m_client->reconnectNow();
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
    // The reading left when the hub took it: on this computer's monotonic clock.
    const qint64 ageMs = std::max<qint64>(0, m_clock->msecsSinceEpoch() - m_client->lastReadAtMs());
    std::optional<AgentSnapshot> snapshot = m_client->agent(agent());
    // A bar is sent no names; the seat names the desk's own agent.
    if (snapshot && m_client->seat().user == agent())
        snapshot->fullName = m_client->seat().fullName;
    deliver(snapshot, m_clock->monotonicMs() - ageMs);
}
