#include "HubDatabaseBench.h"

#include "BenchOptions.h"
#include "BenchReport.h"
#include "BenchStats.h"
#include "HubDatabasePolls.h"

namespace {

constexpr int kAgents = 2000;
constexpr int kChangesPerPoll = 20;
const QString kPrefix = QStringLiteral("hubdb2000_");

} // namespace

void HubDatabaseBench::run(const BenchOptions &options, BenchReport &report)
{
    HubDatabasePolls::Result result;
    if (const std::optional<QString> refusal = HubDatabasePolls::measure(kAgents, options.floorPolls, kChangesPerPoll, result)) {
        report.skip(kPrefix + QStringLiteral("db_ms"), *refusal);
        return;
    }
    const QString polls = QStringLiteral("%1 polls, %2 agents changing between polls").arg(result.dbMs.size()).arg(kChangesPerPoll);
    const double median = BenchStats::median(result.dbMs);
    const double p99 = BenchStats::percentile(result.dbMs, 99);
    report.add({kPrefix + QStringLiteral("db_ms_median"), median, QStringLiteral("ms"), QStringLiteral("< 5 ms"), median < 5,
                QStringLiteral("database time per poll (SET profiling, SHOW PROFILES), median of ") + polls});
    report.add({kPrefix + QStringLiteral("db_ms_p99"), p99, QStringLiteral("ms"), QStringLiteral("< 5 ms"), p99 < 5,
                QStringLiteral("database time per poll, 99th percentile")});
    report.add({kPrefix + QStringLiteral("read_wall_ms_median"), BenchStats::median(result.wallMs), QStringLiteral("ms"), {}, std::nullopt,
                QStringLiteral("read() to readingReady on the caller's thread: queries, transfer, rules, 2,000 snapshots")});
    report.add({kPrefix + QStringLiteral("read_wall_ms_p99"), BenchStats::percentile(result.wallMs, 99), QStringLiteral("ms"), {}, std::nullopt,
                QStringLiteral("the same, 99th percentile")});
    report.add({kPrefix + QStringLiteral("first_read_db_ms"), result.firstReadDbMs, QStringLiteral("ms"), {}, std::nullopt,
                QStringLiteral("the first poll of a connection: every name, group, pause code and campaign mode")});
    report.add({kPrefix + QStringLiteral("first_read_wall_ms"), result.firstReadWallMs, QStringLiteral("ms"), {}, std::nullopt,
                QStringLiteral("the same, wall time with connecting, the schema and grants checks")});
    report.add({kPrefix + QStringLiteral("mirror_load_ms"), result.mirrorLoadMs, QStringLiteral("ms"), {}, std::nullopt,
                QStringLiteral("the simulator's mirror writing the whole floor, plus 300,000 agent log rows and 5,000 old users")});
}
