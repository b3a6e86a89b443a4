#pragma once

#include "vicidial/AgentSnapshot.h"
#include "state/FloorPollPolicy.h"
#include "vicidial/Answer.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <functional>

class WireClient;

// Polls the whole floor with one logged_in_agents request per poll, never
// one request per agent, never two in flight, within the server budget.
class FloorPoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FloorPoller)

public:
    explicit FloorPoller(WireClient *client, QObject *parent = nullptr);

    void setFilters(const QStringList &campaigns, const QStringList &userGroups);
    void setPolicy(const FloorPollPolicy &policy) { m_policy = policy; }
    // For tests: where the back-off jitter comes from.
    void setJitterSource(std::function<double()> jitter) { m_jitter = std::move(jitter); }

    void start();
    void stop();
    // Poll as soon as the current one (if any) is back.
    void pollNow();

    bool isPolling() const { return m_running; }
    int currentIntervalMs() const { return m_intervalMs; }
    bool isStretched() const { return m_policy.isStretched(m_intervalMs); }
    double smoothedResponseMs() const { return m_smoothedResponseMs; }

Q_SIGNALS:
    // The floor as it is now (empty when nobody is logged in).
    void floorUpdated(const QList<AgentSnapshot> &agents);
    // A poll failed; polling goes on with back-off unless traffic stopped.
    void pollFailed(const Answer &answer);
    void intervalChanged(int intervalMs, bool stretched);

private:
    void poll();
    void schedule(int delayMs);

    QPointer<WireClient> m_client;
    FloorPollPolicy m_policy;
    std::function<double()> m_jitter;
    QStringList m_campaigns;
    QStringList m_userGroups;
    QTimer m_timer;
    bool m_running = false;
    bool m_inFlight = false;
    bool m_pollAgainWhenBack = false;
    int m_failuresInARow = 0;
    int m_intervalMs = 0;
    double m_smoothedResponseMs = -1;
};
