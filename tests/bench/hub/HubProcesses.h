#pragma once

#include "ParkbarProcess.h"

#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <optional>

struct HubBenchOptions;

// The two processes of the live figures: parkbar-sim with the floor
// scenario, and parkbar-hub reading it through its API source every
// interval, with one bar token per subscriber. Their output is drained all
// along (a full pipe would stall them).
class HubProcesses final
{
public:
    explicit HubProcesses(const HubBenchOptions &options);
    ~HubProcesses();
    HubProcesses(const HubProcesses &) = delete;
    HubProcesses &operator=(const HubProcesses &) = delete;

    // The reason when either could not be started.
    std::optional<QString> start();

    QUrl simUrl() const { return m_simUrl; }
    QUrl hubUrl() const { return m_hubUrl; }
    qint64 hubPid() const { return m_hub.pid(); }
    qint64 simPid() const { return m_sim.pid(); }
    bool hubRunning() const { return m_hub.isRunning(); }
    const QStringList &tokens() const { return m_tokens; }
    // GET /metrics of the hub, or empty.
    QByteArray hubMetrics() const;
    QString hubLogTail() const { return m_hubLog.right(2000); }

private:
    bool writeConfiguration();

    const HubBenchOptions &m_options;
    QTemporaryDir m_dir;
    ParkbarProcess m_sim;
    ParkbarProcess m_hub;
    QUrl m_simUrl;
    QUrl m_hubUrl;
    quint16 m_metricsPort = 0;
    QStringList m_tokens;
    QString m_simOutput;
    QString m_hubLog;
};
