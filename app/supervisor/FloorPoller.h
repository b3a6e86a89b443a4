#pragma once

#include "state/FloorPollPolicy.h"
#include "vicidial/AgentSnapshot.h"
#include "vicidial/Answer.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <functional>

class Clock;
class WireClient;

// Polls the whole floor with one logged_in_agents request per poll, never
// one request per agent, never two in flight, within the server budget.
// Whether requests stopped is the WireClient's word alone.
class FloorPoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FloorPoller)

public:
    // clock: nullptr means Clock::system().
    explicit FloorPoller(WireClient *client, Clock *clock = nullptr, QObject *parent = nullptr);

    void setFilters(const QStringList &campaigns, const QStringList &userGroups);
    void setPolicy(const FloorPollPolicy &policy) { m_policy = policy; }
    // For tests: where the back-off jitter comes from.
    void setJitterSource(std::function<double()> jitter) { m_jitter = std::move(jitter); }

    void start();
    void stop();
    // Poll as soon as the current one (if any) is back.
    void pollNow();
    // A person pressed Retry: stopped requests may go again, or an offline server is tried now.
    void retry();

    bool isPolling() const { return m_running; }
    bool isStopped() const;
    int currentIntervalMs() const { return m_intervalMs; }
    bool isStretched() const { return m_policy.isStretched(m_intervalMs); }
    double smoothedResponseMs() const { return m_smoothedResponseMs; }
    // The latest floor and when its poll left (Clock::monotonicMs()); empty before the first.
    const QList<AgentSnapshot> &lastFloor() const { return m_lastFloor; }
    qint64 lastFloorSentAtMs() const { return m_lastFloorSentAtMs; }
    bool hasFloor() const { return m_hasFloor; }
    qint64 nextPollAtMs() const { return m_nextPollAtMs; }

Q_SIGNALS:
    // The floor as it is now (empty when nobody is logged in); sentAtMs: when its poll left.
    void floorUpdated(const QList<AgentSnapshot> &agents, qint64 sentAtMs);
    // A poll failed; polling goes on with back-off unless requests stopped (isStopped()).
    void pollFailed(const Answer &answer);
    // Requests stopped before may go again: earlier floors are no evidence.
    void resumed();
    void intervalChanged(int intervalMs, bool stretched);

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
