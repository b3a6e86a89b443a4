#pragma once

#include "state/FeedSource.h"
#include "vicidial/AgentSnapshot.h"
#include "vicidial/Answer.h"

#include <QList>
#include <QObject>
#include <QStringList>

// Where the supervisor's floor comes from: its own logged_in_agents polls
// (FloorPoller) or a parkbar-hub's pushed changes (HubFloorFeed).
class FloorFeed : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FloorFeed)

public:
    using QObject::QObject;
    ~FloorFeed() override = default;

    virtual void setFilters(const QStringList &campaigns, const QStringList &userGroups) = 0;
    virtual void start() = 0;
    virtual void stop() = 0;
    // A fresh floor as soon as the source allows.
    virtual void pollNow() = 0;
    // A person pressed Retry: stopped requests may go again, or a lost source is tried now.
    virtual void retry() = 0;

    virtual bool isPolling() const = 0;
    // Requests stopped until a person acts (a refused password or token).
    virtual bool isStopped() const = 0;
    // How long a fresh floor may take to come after pollNow().
    virtual int currentIntervalMs() const = 0;
    // The interval was stretched to keep within the server's budget.
    virtual bool isStretched() const { return false; }
    virtual double smoothedResponseMs() const { return -1; }
    // The latest floor and when its reading left (Clock::monotonicMs()).
    virtual const QList<AgentSnapshot> &lastFloor() const = 0;
    virtual qint64 lastFloorSentAtMs() const = 0;
    virtual bool hasFloor() const = 0;
    // Monotonic time of the next attempt after a failure; 0 when none is planned.
    virtual qint64 nextPollAtMs() const = 0;
    virtual FeedSource source() const { return FeedSource::of(FeedSource::Kind::Floor); }

Q_SIGNALS:
    // The floor as it is now (empty when nobody is logged in); sentAtMs: when its reading left.
    void floorUpdated(const QList<AgentSnapshot> &agents, qint64 sentAtMs);
    // A reading failed; the source goes on with back-off unless requests stopped (isStopped()).
    void pollFailed(const Answer &answer);
    // Requests stopped before may go again: earlier floors are no evidence.
    void resumed();
    void intervalChanged(int intervalMs, bool stretched);
};
