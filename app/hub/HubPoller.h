#pragma once

#include "hub/FloorDiff.h"
#include "hub/FloorSource.h"
#include "hub/HubScope.h"
#include "state/FloorPollPolicy.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class Clock;

struct HubPollerOptions
{
    int intervalMs = 500;       // start to start; the API source is stretched to its server budget
    double serverBudget = 0.05; // the supervisor's share of the server's time
    int maxIntervalMs = 120000;
    int maxBackoffMs = 30000;
    HubScope served;            // the hub's own visibility limit
    QHash<QString, ParkIvrMode> configuredIvrModes; // the administrator's; win over the source's
};

// Drives one FloorSource: one read in flight at most, the next one an
// interval after the previous one started (stretched like supervisor mode's
// FloorPoller when the source is slow), back-off with jitter after failures.
// Keeps the floor it serves (only the served campaigns and user groups) and
// diffs every reading against it, so only changes go out.
class HubPoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HubPoller)

public:
    HubPoller(FloorSource *source, const HubPollerOptions &options, Clock *clock, QObject *parent = nullptr);

    // For tests: where the back-off jitter (in [-1, 1]) comes from.
    void setJitterSource(std::function<double()> jitter) { m_jitter = std::move(jitter); }

    void start();
    void stop();
    // Read as soon as the current read (if any) is back.
    void pollNow();

    FloorSource *source() const { return m_source; }
    // False until the first reading, and from any failure until the next reading.
    bool hasData() const { return m_hasData; }
    QString noDataReason() const { return m_noDataReason; }
    const QHash<QString, AgentSnapshot> &agents() const { return m_agents; }
    // The served floor in user order.
    QList<AgentSnapshot> agentList() const;
    const QHash<QString, ParkIvrMode> &campaignIvrModes() const { return m_ivrModes; }
    qint64 readAtMs() const { return m_readAtMs; }
    quint64 sequence() const { return m_sequence; }
    int currentIntervalMs() const { return m_intervalMs; }
    bool isStretched() const { return m_policy.isStretched(m_intervalMs); }

Q_SIGNALS:
    // A reading changed the served floor (not sent for the reading that brings data back:
    // dataAvailabilityChanged(true) stands for the whole floor then).
    void floorChanged(const FloorDiff &diff);
    void dataAvailabilityChanged(bool hasData, const QString &reason);
    // Every good reading, for metrics.
    void readingTaken(qint64 sourceMicroseconds, int agentCount);
    void readFailed(const QString &reason);
    void intervalChanged(int intervalMs, bool stretched);

private:
    void read();
    // The next read intervalMs after the last one started (fromStart) or after now.
    void schedule(int intervalMs, bool fromStart);
    void onReading(const FloorReading &reading);
    void onFailure(const QString &reason);

    QPointer<FloorSource> m_source;
    Clock *m_clock;
    FloorPollPolicy m_policy;
    HubScope m_served;
    QHash<QString, ParkIvrMode> m_configuredIvrModes;
    std::function<double()> m_jitter;
    QTimer m_timer;
    bool m_running = false;
    bool m_inFlight = false;
    bool m_readAgainWhenBack = false;
    qint64 m_readStartedMs = 0;
    int m_failuresInARow = 0;
    int m_intervalMs = 0;
    double m_smoothedSourceMs = -1;

    bool m_hasData = false;
    QString m_noDataReason;
    QString m_lastFailure;
    QHash<QString, AgentSnapshot> m_agents;
    QHash<QString, ParkIvrMode> m_ivrModes;
    qint64 m_readAtMs = 0;
    quint64 m_sequence = 0;
};
