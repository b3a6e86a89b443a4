#pragma once

#include "services/PushedFeed.h"

#include <QPointer>

class FloorFeed;

// One agent's readings taken from the supervisor's floor polls: the session
// of the selected row reads the same logged_in_agents answers as the table,
// so the floor stays one request per poll and one feed.
class FloorAgentFeed final : public PushedFeed
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FloorAgentFeed)

public:
    FloorAgentFeed(FloorFeed *floor, const QString &agent, QObject *parent = nullptr);

    void start() override;
    void pollNow() override;
    void retry() override;
    int freshnessMs() const override;
    FeedSource source() const override;

private:
    void onFloor(const QList<AgentSnapshot> &agents, qint64 sentAtMs);
    void onFailure(const Answer &answer);

    QPointer<FloorFeed> m_floor;
};
