#include "hub/HubFloorFeed.h"

#include "hub/HubClient.h"
#include "util/Clock.h"

HubFloorFeed::HubFloorFeed(HubClient *client, Clock *clock, QObject *parent)
    : FloorFeed(parent), m_client(client), m_clock(clock ? clock : Clock::system())
{
    connect(client, &HubClient::floorUpdated, this, &HubFloorFeed::onFloor);
    connect(client, &HubClient::healthChanged, this, &HubFloorFeed::onHealth);
    connect(client, &HubClient::hubError, this, [this](const QString &, const QString &message) {
        if (!m_running)
            return;
        Answer answer;
        answer.kind = ResultKind::NotSent;
        answer.text = message; // the hub's refusal, e.g. a bar token asking for the floor
        Q_EMIT pollFailed(answer);
    });
}

void HubFloorFeed::setFilters(const QStringList &campaigns, const QStringList &userGroups)
{
    m_campaigns = campaigns;
    m_userGroups = userGroups;
}

void HubFloorFeed::start()
{
    m_running = true;
    m_wasUsable = m_client->health().isUsable();
    m_client->subscribeFloor();
    m_client->start();
}

void HubFloorFeed::stop()
{
    m_running = false;
}

void HubFloorFeed::pollNow()
{
    if (m_running && m_client->health().isUsable())
        onFloor(m_client->floor()); // the hub pushes every change; its newest is the freshest there is
}

void HubFloorFeed::retry()
{
    if (!m_client->health().isUsable())
        m_client->reconnectNow();
}

bool HubFloorFeed::isStopped() const
{
    return m_client && m_client->health().state == HubHealth::State::Refused;
}

FeedSource HubFloorFeed::source() const
{
    FeedSource source;
    source.kind = m_client && m_client->health().isUsable() ? FeedSource::Kind::Hub : FeedSource::Kind::HubOnly;
    if (m_client)
        source.detail = m_client->health().text();
    return source;
}

void HubFloorFeed::onFloor(const QList<AgentSnapshot> &agents)
{
    if (!m_running)
        return;
    m_floor.clear();
    m_floor.reserve(agents.size());
    for (const AgentSnapshot &agent : agents) {
        if ((m_campaigns.isEmpty() || m_campaigns.contains(agent.campaign))
            && (m_userGroups.isEmpty() || m_userGroups.contains(agent.userGroup)))
            m_floor.append(agent);
    }
    const qint64 ageMs = std::max<qint64>(0, m_clock->msecsSinceEpoch() - m_client->lastReadAtMs());
    m_floorSentAtMs = m_clock->monotonicMs() - ageMs;
    m_hasFloor = true;
    Q_EMIT floorUpdated(m_floor, m_floorSentAtMs);
}

void HubFloorFeed::onHealth()
{
    const HubHealth &health = m_client->health();
    const bool usable = health.isUsable();
    const bool cameBack = usable && !m_wasUsable;
    m_wasUsable = usable;
    if (!m_running)
        return;
    if (!usable && health.state != HubHealth::State::Connecting) {
        Answer answer;
        answer.kind = health.state == HubHealth::State::Refused ? ResultKind::NotSent : ResultKind::ConnectionFailed;
        answer.detail = health.text();
        answer.text = health.text();
        Q_EMIT pollFailed(answer);
    }
    if (cameBack) {
        Q_EMIT resumed();
        pollNow();
    }
}
