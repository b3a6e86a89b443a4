#include "ServerWorkBench.h"

#include "BenchReport.h"
#include "BenchStats.h"
#include "BenchWait.h"
#include "HubBenchOptions.h"
#include "HubDatabasePolls.h"
#include "demo/VicidialSimulator.h"
#include "hub/ApiFloorSource.h"
#include "hub/HubPoller.h"
#include "services/StatePoller.h"
#include "state/SessionOptions.h"
#include "util/Clock.h"
#include "vicidial/WireClient.h"

#include <memory>
#include <numeric>
#include <vector>

namespace {

ServerConfig benchConfig(const VicidialSimulator &sim)
{
    ServerConfig config = sim.clientConfig();
    config.source = QStringLiteral("parkbar-bench");
    config.timeoutMs = 30000;
    return config;
}

// Bars polling agent_status for their agent at the default interval.
double directWorkPerSecond(const HubBenchOptions &options, BenchReport &report)
{
    VicidialSimulator sim;
    sim.setScenario(SimScenario::Floor, options.agents);
    sim.setAgentStatusServiceTimeUs(options.agentStatusUs);
    if (!sim.listen()) {
        report.skip(QStringLiteral("direct_server_work"), QStringLiteral("the simulator could not listen"));
        return -1;
    }
    const int bars = std::min(options.directBars, options.agents);
    std::vector<std::unique_ptr<WireClient>> clients;
    std::vector<std::unique_ptr<StatePoller>> pollers;
    for (int i = 0; i < bars; ++i) {
        clients.push_back(std::make_unique<WireClient>(benchConfig(sim)));
        pollers.push_back(std::make_unique<StatePoller>(clients.back().get(), QString::number(10000 + i), SessionOptions{}, Clock::system()));
        pollers.back()->start();
    }
    BenchWait::forMs(3000);
    const int requestsBefore = sim.requestCount(QStringLiteral("agent_status"));
    const qint64 workBefore = sim.modelledServiceUs();
    BenchWait::forMs(options.directSeconds * 1000);
    const double seconds = options.directSeconds;
    const double polls = sim.requestCount(QStringLiteral("agent_status")) - requestsBefore;
    const double work = double(sim.modelledServiceUs() - workBefore) / 1e6 / seconds;
    pollers.clear();
    clients.clear();

    const double scale = double(options.agents) / bars;
    report.add({QStringLiteral("direct_polls_per_bar"), polls / bars / seconds, QStringLiteral("/s"), {}, std::nullopt,
                QStringLiteral("%1 StatePollers at the default 1 s, %2 s").arg(bars).arg(options.directSeconds)});
    report.add({QStringLiteral("direct_server_work"), work * scale, QStringLiteral("s/s"), {}, std::nullopt,
                QStringLiteral("%1 bars: measured polls x %2 ms per agent_status (the simulator's model of the real PHP)")
                    .arg(options.agents)
                    .arg(options.agentStatusUs / 1000.0)});
    return work * scale;
}

// The hub's API source: one logged_in_agents per reading, stretched to 5% of the server.
double apiWorkPerSecond(const HubBenchOptions &options, BenchReport &report)
{
    VicidialSimulator sim;
    sim.setScenario(SimScenario::Floor, options.agents);
    sim.setLoggedInAgentsServiceTimeUs(options.loggedInAgentsUsPerAgent);
    if (!sim.listen()) {
        report.skip(QStringLiteral("api_server_work"), QStringLiteral("the simulator could not listen"));
        return -1;
    }
    ApiFloorSource source(benchConfig(sim), {}, Clock::system());
    HubPollerOptions pollerOptions;
    pollerOptions.intervalMs = options.intervalMs;
    HubPoller poller(&source, pollerOptions, Clock::system());
    int readings = 0;
    QObject::connect(&poller, &HubPoller::readingTaken, &poller, [&readings] { ++readings; });
    poller.start();
    if (!BenchWait::until([&readings] { return readings > 0; }, 60000)) {
        report.skip(QStringLiteral("api_server_work"), QStringLiteral("no reading within 60 s"));
        return -1;
    }
    const double perPoll = double(sim.modelledServiceUs()) / 1e6;
    const double interval = poller.currentIntervalMs() / 1000.0;
    poller.stop();
    report.add({QStringLiteral("api_server_time_per_poll"), perPoll, QStringLiteral("s"), {}, std::nullopt,
                QStringLiteral("logged_in_agents with sub status, %1 agents at %2 ms each (real PHP: 2.5 s at 2,000)")
                    .arg(options.agents)
                    .arg(options.loggedInAgentsUsPerAgent / 1000.0)});
    report.add({QStringLiteral("api_interval_under_budget"), interval, QStringLiteral("s"), {}, std::nullopt,
                QStringLiteral("the freshness the 5% server budget allows (1 s asked for)")});
    report.add({QStringLiteral("api_server_work"), perPoll / interval, QStringLiteral("s/s"), {}, std::nullopt,
                QStringLiteral("at that interval; at 1 s freshness it cannot keep up: a poll takes %1 s").arg(perPoll, 0, 'f', 2)});
    return perPoll / interval;
}

// The hub's database source: the database's own time per poll (SHOW
// PROFILES), polls back to back with the floor's changes of one interval
// between them; at the hub's interval that is its work per second.
double databaseWorkPerSecond(const HubBenchOptions &options, BenchReport &report)
{
    const int changesPerPoll = std::max(1, options.changesPerSecond * options.intervalMs / 1000);
    HubDatabasePolls::Result result;
    if (const std::optional<QString> refusal = HubDatabasePolls::measure(options.agents, options.databasePolls, changesPerPoll, result)) {
        report.skip(QStringLiteral("database_server_work"), *refusal);
        return -1;
    }
    const double median = BenchStats::median(result.dbMs);
    const double p99 = BenchStats::percentile(result.dbMs, 99);
    const double mean = std::accumulate(result.dbMs.cbegin(), result.dbMs.cend(), 0.0) / double(result.dbMs.size());
    const QString how = QStringLiteral("%1 polls back to back, %2 agents changing between polls, 300,000 agent log rows, 5,000 old users")
                            .arg(result.dbMs.size())
                            .arg(changesPerPoll);
    report.add({QStringLiteral("database_db_ms_per_poll_median"), median, QStringLiteral("ms"), QStringLiteral("< 5 ms"), median < 5,
                QStringLiteral("database time per poll as MariaDB measures it (SET profiling, SHOW PROFILES), ") + how});
    report.add({QStringLiteral("database_db_ms_per_poll_p99"), p99, QStringLiteral("ms"), QStringLiteral("< 5 ms"), p99 < 5,
                QStringLiteral("the same, 99th percentile")});
    report.add({QStringLiteral("database_db_ms_per_poll_mean"), mean, QStringLiteral("ms"), {}, std::nullopt,
                QStringLiteral("the same, mean (what adds up to work per second)")});
    report.add({QStringLiteral("database_read_wall_ms_median"), BenchStats::median(result.wallMs), QStringLiteral("ms"), {}, std::nullopt,
                QStringLiteral("read() to the reading on the hub's thread: queries, transfer, rules, snapshots")});
    report.add({QStringLiteral("database_first_read_db_ms"), result.firstReadDbMs, QStringLiteral("ms"), {}, std::nullopt,
                QStringLiteral("the first poll of a connection: every name, group, pause code and campaign mode")});
    const double work = mean / 1000.0 * (1000.0 / options.intervalMs);
    report.add({QStringLiteral("database_server_work"), work, QStringLiteral("s/s"), {}, std::nullopt,
                QStringLiteral("mean database time per poll x %1 poll(s) per second (%2 ms freshness)")
                    .arg(1000.0 / options.intervalMs)
                    .arg(options.intervalMs)});
    return work;
}

} // namespace

void ServerWorkBench::run(const HubBenchOptions &options, BenchReport &report)
{
    const double direct = directWorkPerSecond(options, report);
    const double api = apiWorkPerSecond(options, report);
    if (direct > 0 && api > 0)
        report.add({QStringLiteral("direct_over_api_hub"), direct / api, QStringLiteral("x"), {}, std::nullopt,
                    QStringLiteral("server work of per-bar polling / of a hub's API source (which is %1 s fresh, not 1 s)")
                        .arg(report.find(QStringLiteral("api_interval_under_budget"))->value, 0, 'f', 0)});
    const double database = databaseWorkPerSecond(options, report);
    if (direct > 0 && database > 0)
        report.add({QStringLiteral("direct_over_database_hub"), direct / database, QStringLiteral("x"), QStringLiteral("~1000x"),
                    direct / database >= 1000,
                    QStringLiteral("server work of per-bar polling / of a hub's database source, both 1 s fresh")});
}
