#pragma once

#include "services/AgentFeed.h"

#include <QPointer>

class FloorFeed;

// One agent's readings taken from the supervisor's floor polls: the session
// of the selected row reads the same logged_in_agents answers as the table,
// so the floor stays one request per poll and one feed.
class FloorAgentFeed final : public AgentFeed
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FloorAgentFeed)

public:
    FloorAgentFeed(FloorFeed *floor, const QString &agent, QObject *parent = nullptr);

    void start() override;
    void stop() override;
    void pause() override;
    void resume() override;
    void pollNow() override;
    void setConfirming(bool confirming) override;
    void retry() override;
    void setOptions(const SessionOptions &options) override;

    bool isRunning() const override { return m_running; }
    bool isPaused() const override { return m_paused; }
    int freshnessMs() const override;
    FeedSource source() const override;

private:
    void onFloor(const QList<AgentSnapshot> &agents, qint64 sentAtMs);
    void onFailure(const Answer &answer);
    bool delivering() const { return m_running && !m_paused; }

    QPointer<FloorFeed> m_floor;
    QString m_agent;
    bool m_running = false;
    bool m_paused = false;
};
