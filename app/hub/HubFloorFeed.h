#pragma once

#include "supervisor/FloorFeed.h"

#include <QPointer>

class Clock;
class HubClient;

// The supervisor's floor pushed by a parkbar-hub: no request goes to
// VICIdial for it. The hub applies the token's campaigns and user groups.
class HubFloorFeed final : public FloorFeed
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HubFloorFeed)

public:
    // client must outlive the feed; clock: nullptr means Clock::system().
    HubFloorFeed(HubClient *client, Clock *clock, QObject *parent = nullptr);

    // The hub serves what the supervisor token's scope allows; narrower
    // filters are applied here.
    void setFilters(const QStringList &campaigns, const QStringList &userGroups) override;
    void start() override;
    void stop() override;
    void pollNow() override;
    void retry() override;

    bool isPolling() const override { return m_running; }
    bool isStopped() const override;
    int currentIntervalMs() const override { return 2000; }
    const QList<AgentSnapshot> &lastFloor() const override { return m_floor; }
    qint64 lastFloorSentAtMs() const override { return m_floorSentAtMs; }
    bool hasFloor() const override { return m_hasFloor; }
    qint64 nextPollAtMs() const override { return 0; }
    FeedSource source() const override;

private:
    void onFloor(const QList<AgentSnapshot> &agents);
    void onHealth();

    QPointer<HubClient> m_client;
    Clock *m_clock;
    QStringList m_campaigns;
    QStringList m_userGroups;
    QList<AgentSnapshot> m_floor;
    qint64 m_floorSentAtMs = 0;
    bool m_hasFloor = false;
    bool m_running = false;
    bool m_wasUsable = false;
};
