#pragma once

#include "state/FloorPollPolicy.h"
#include "supervisor/FloorFeed.h"

#include <QPointer>
#include <QTimer>

#include <functional>

class Clock;
class WireClient;

// Polls the whole floor with one logged_in_agents request per poll, never
// one request per agent, never two in flight, within the server budget.
// Whether requests stopped is the WireClient's word alone.
class FloorPoller final : public FloorFeed
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FloorPoller)

public:
    // clock: nullptr means Clock::system().
    explicit FloorPoller(WireClient *client, Clock *clock = nullptr, QObject *parent = nullptr);

    void setFilters(const QStringList &campaigns, const QStringList &userGroups) override;
    void setPolicy(const FloorPollPolicy &policy) { m_policy = policy; }
    // For tests: where the back-off jitter comes from.
    void setJitterSource(std::function<double()> jitter) { m_jitter = std::move(jitter); }

    void start() override;
    void stop() override;
    // Polls as soon as the current one (if any) is back.
    void pollNow() override;
    void retry() override;

    bool isPolling() const override { return m_running; }
    bool isStopped() const override;
    int currentIntervalMs() const override { return m_intervalMs; }
    bool isStretched() const override { return m_policy.isStretched(m_intervalMs); }
    double smoothedResponseMs() const override { return m_smoothedResponseMs; }
    const QList<AgentSnapshot> &lastFloor() const override { return m_lastFloor; }
    qint64 lastFloorSentAtMs() const override { return m_lastFloorSentAtMs; }
    bool hasFloor() const override { return m_hasFloor; }
    qint64 nextPollAtMs() const override { return m_nextPollAtMs; }

private:
    void poll();
    void schedule(int delayMs);
    void fail(const Answer &answer);

    QPointer<WireClient> m_client;
    Clock *m_clock = nullptr;
    FloorPollPolicy m_policy;
    std::function<double()> m_jitter;
    QStringList m_campaigns;
    QStringList m_userGroups;
    QTimer m_timer;
    QList<AgentSnapshot> m_lastFloor;
    qint64 m_lastFloorSentAtMs = 0;
    qint64 m_nextPollAtMs = 0;
    bool m_hasFloor = false;
    bool m_running = false;
    bool m_inFlight = false;
    bool m_pollAgainWhenBack = false;
    int m_failuresInARow = 0;
    int m_intervalMs = 0;
    double m_smoothedResponseMs = -1;
};
