#pragma once

#include "ParkbarProcess.h"

#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>
#include <optional>

class MariaDbServer;
struct HubBenchOptions;

// The processes of the live figures: parkbar-sim with the floor scenario,
// and parkbar-hub reading it every interval, with one bar token per
// subscriber. With the API source the hub asks the simulator's
// logged_in_agents; with the database source the simulator mirrors its floor
// into a private MariaDB (with a real server's history) and the hub reads
// that with the read-only account. Output is drained all along (a full pipe
// would stall them).
class HubProcesses final
{
public:
    // sourceKind: "api" or "database", as the hub's [source] kind.
    HubProcesses(const HubBenchOptions &options, const QString &sourceKind);
    ~HubProcesses();
    HubProcesses(const HubProcesses &) = delete;
    HubProcesses &operator=(const HubProcesses &) = delete;

    // The reason when either could not be started.
    std::optional<QString> start();

    QUrl simUrl() const { return m_simUrl; }
    QUrl hubUrl() const { return m_hubUrl; }
    qint64 hubPid() const { return m_hub.pid(); }
    qint64 simPid() const { return m_sim.pid(); }
    // The private MariaDB's mariadbd, 0 with the API source.
    qint64 databasePid() const;
    const QString &sourceKind() const { return m_sourceKind; }
    bool hubRunning() const { return m_hub.isRunning(); }
    const QStringList &tokens() const { return m_tokens; }
    // GET /metrics of the hub, or empty.
    QByteArray hubMetrics() const;
    QString hubLogTail() const { return m_hubLog.right(2000); }

private:
    bool writeConfiguration();
    std::optional<QString> startDatabase(QStringList &simArguments);
    QString writeSecret(const QString &name, const QString &secret);

    const HubBenchOptions &m_options;
    const QString m_sourceKind;
    QTemporaryDir m_dir;
    std::unique_ptr<MariaDbServer> m_database;
    ParkbarProcess m_sim;
    ParkbarProcess m_hub;
    QUrl m_simUrl;
    QUrl m_hubUrl;
    quint16 m_metricsPort = 0;
    QStringList m_tokens;
    QString m_simOutput;
    QString m_hubLog;
};
