#include "HubDatabaseBench.h"

#include "BenchClock.h"
#include "BenchOptions.h"
#include "BenchReport.h"
#include "BenchStats.h"
#include "BenchWait.h"
#include "MariaDbServer.h"
#include "demo/SimDatabaseMirror.h"
#include "demo/SimFloor.h"
#include "demo/VicidialSimulator.h"
#include "hub/DatabaseFloorSource.h"

#include <optional>

namespace {

constexpr int kAgents = 2000;
constexpr int kChangesPerPoll = 20;
const QString kPrefix = QStringLiteral("hubdb2000_");

std::optional<FloorReading> readOnce(DatabaseFloorSource &source, double &wallMs)
{
    std::optional<FloorReading> reading;
    bool failed = false;
    const QMetaObject::Connection ready =
        QObject::connect(&source, &FloorSource::readingReady, &source, [&reading](const FloorReading &r) { reading = r; });
    const QMetaObject::Connection failure = QObject::connect(&source, &FloorSource::readFailed, &source, [&failed](const QString &reason) {
        failed = true;
        qWarning().noquote() << "hub database bench: read failed:" << reason;
    });
    const qint64 start = BenchClock::nowNs();
    source.read();
    BenchWait::until([&] { return reading.has_value() || failed; }, 30000);
    wallMs = BenchClock::msBetween(start, BenchClock::nowNs());
    QObject::disconnect(ready);
    QObject::disconnect(failure);
    return reading;
}

// What a real server has besides the live floor: a long agent log and users not logged in.
bool addHistory(MariaDbServer &server)
{
    return server.execAsRoot({QStringLiteral("INSERT INTO asterisk.vicidial_agent_log (agent_log_id, user, server_ip, event_time, sub_status) "
                                             "SELECT seq, CONCAT('h', seq % 3000), '10.10.10.15', NOW() - INTERVAL seq SECOND, "
                                             "IF(seq % 7 = 0, 'BREAK', NULL) FROM asterisk.seq_100000_to_399999"),
                              QStringLiteral("INSERT INTO asterisk.vicidial_users (user, pass, full_name, user_group, user_level, active) "
                                             "SELECT CONCAT('old', seq), 'x', CONCAT('Former agent ', seq), 'AGENTS', 1, 'N' FROM asterisk.seq_1_to_5000")});
}

} // namespace

void HubDatabaseBench::run(const BenchOptions &options, BenchReport &report)
{
    MariaDbServer server;
    if (!server.start()) {
        report.skip(kPrefix + QStringLiteral("db_ms"), QStringLiteral("no private MariaDB: ") + server.errorString());
        return;
    }
    VicidialSimulator sim;
    sim.setScenario(SimScenario::Floor, kAgents);
    SimDatabaseMirror mirror(server.adminConnection());
    const qint64 loadStart = BenchClock::nowNs();
    if (!mirror.attach(&sim) || !addHistory(server)) {
        report.skip(kPrefix + QStringLiteral("db_ms"), QStringLiteral("the floor could not be written: ") + mirror.errorString() + server.errorString());
        return;
    }
    const double loadMs = BenchClock::msBetween(loadStart, BenchClock::nowNs());

    DatabaseFloorSource source(server.readOnlyOptions());
    double firstWallMs = 0;
    const std::optional<FloorReading> first = readOnce(source, firstWallMs);
    if (!first || first->agents.size() != kAgents) {
        report.skip(kPrefix + QStringLiteral("db_ms"), QStringLiteral("the first read did not give %1 agents").arg(kAgents));
        return;
    }

    // Agents that go on a break and come back, kChangesPerPoll of them between two polls.
    QList<SimAgent *> ready;
    for (SimAgent *agent : sim.floor()->agents()) {
        if (agent->loggedIn && agent->status == QLatin1String("READY"))
            ready.append(agent);
    }
    QList<double> dbMs;
    QList<double> wallMs;
    qsizetype next = 0;
    for (int poll = 0; poll < options.floorPolls && !ready.isEmpty(); ++poll) {
        for (int change = 0; change < kChangesPerPoll; ++change) {
            SimAgent *agent = ready.at(next++ % ready.size());
            const bool pause = agent->status == QLatin1String("READY");
            agent->status = pause ? QStringLiteral("PAUSED") : QStringLiteral("READY");
            agent->pauseCode = pause ? QStringLiteral("BREAK") : QString();
            sim.noteAgentChanged(agent->user);
        }
        double wall = 0;
        const std::optional<FloorReading> reading = readOnce(source, wall);
        if (!reading) {
            report.skip(kPrefix + QStringLiteral("db_ms"), QStringLiteral("a read failed"));
            return;
        }
        dbMs.append(double(reading->sourceMicroseconds) / 1000.0);
        wallMs.append(wall);
    }

    const QString polls = QStringLiteral("%1 polls, %2 agents changing between polls").arg(dbMs.size()).arg(kChangesPerPoll);
    const double median = BenchStats::median(dbMs);
    const double p99 = BenchStats::percentile(dbMs, 99);
    report.add({kPrefix + QStringLiteral("db_ms_median"), median, QStringLiteral("ms"), QStringLiteral("< 5 ms"), median < 5,
                QStringLiteral("database time per poll (SET profiling, SHOW PROFILES), median of ") + polls});
    report.add({kPrefix + QStringLiteral("db_ms_p99"), p99, QStringLiteral("ms"), QStringLiteral("< 5 ms"), p99 < 5,
                QStringLiteral("database time per poll, 99th percentile")});
    report.add({kPrefix + QStringLiteral("read_wall_ms_median"), BenchStats::median(wallMs), QStringLiteral("ms"), {}, std::nullopt,
                QStringLiteral("read() to readingReady on the caller's thread: queries, transfer, rules, 2,000 snapshots")});
    report.add({kPrefix + QStringLiteral("read_wall_ms_p99"), BenchStats::percentile(wallMs, 99), QStringLiteral("ms"), {}, std::nullopt,
                QStringLiteral("the same, 99th percentile")});
    report.add({kPrefix + QStringLiteral("first_read_db_ms"), double(first->sourceMicroseconds) / 1000.0, QStringLiteral("ms"), {},
                std::nullopt, QStringLiteral("the first poll of a connection: every name, group, pause code and campaign mode")});
    report.add({kPrefix + QStringLiteral("first_read_wall_ms"), firstWallMs, QStringLiteral("ms"), {}, std::nullopt,
                QStringLiteral("the same, wall time with connecting, the schema and grants checks")});
    report.add({kPrefix + QStringLiteral("mirror_load_ms"), loadMs, QStringLiteral("ms"), {}, std::nullopt,
                QStringLiteral("the simulator's mirror writing the whole floor, plus 300,000 agent log rows and 5,000 old users")});
}
