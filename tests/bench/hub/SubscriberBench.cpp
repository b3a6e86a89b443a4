#include "SubscriberBench.h"

#include "BenchClock.h"
#include "BenchReport.h"
#include "BenchStats.h"
#include "BenchWait.h"
#include "FloorActivity.h"
#include "HubBenchOptions.h"
#include "HubProcesses.h"
#include "ProcessProbe.h"
#include "hub/HubClient.h"

#include <QDateTime>
#include <QHash>
#include <QDir>
#include <QRegularExpression>

#include <memory>
#include <vector>

namespace {

struct Samples
{
    bool measuring = false;
    QList<double> readingToSubscriberMs; // from the hub's reading to the bar
    QList<double> changeToSubscriberMs;  // from the change at the server to the bar (includes the poll interval)
    QHash<QString, qint64> measuredChange; // per agent, the change already looked at: a later update
                                           // with the same sub status is not that change
    int updates = 0;
};

int openFiles(qint64 pid)
{
    return int(QDir(QStringLiteral("/proc/%1/fd").arg(pid)).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System).size());
}

double metricValue(const QByteArray &metrics, const QString &name)
{
    const QRegularExpression line(QStringLiteral("^") + QRegularExpression::escape(name) + QStringLiteral(" ([0-9.e+-]+)$"),
                                  QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = line.match(QString::fromUtf8(metrics));
    return match.hasMatch() ? match.captured(1).toDouble() : -1;
}

std::vector<std::unique_ptr<HubClient>> connectSubscribers(const HubBenchOptions &options, const HubProcesses &processes,
                                                           const FloorActivity &activity, Samples &samples)
{
    std::vector<std::unique_ptr<HubClient>> clients;
    for (int i = 0; i < options.subscribers; ++i) {
        HubClientOptions clientOptions;
        clientOptions.url = processes.hubUrl();
        clientOptions.token = processes.tokens().at(i);
        clientOptions.connectTimeoutMs = 30000;
        auto client = std::make_unique<HubClient>(clientOptions);
        HubClient *raw = client.get();
        QObject::connect(raw, &HubClient::agentUpdated, raw,
                         [raw, &samples, &activity](const QString &user, const std::optional<AgentSnapshot> &agent) {
                             if (!samples.measuring)
                                 return;
                             ++samples.updates;
                             samples.readingToSubscriberMs.append(double(QDateTime::currentMSecsSinceEpoch() - raw->lastReadAtMs()));
                             const auto change = activity.lastChange(user);
                             // The first update after a park or grab was answered is the one that
                             // shows it; when the reading came before the answer, it is not counted.
                             if (change && agent && samples.measuredChange.value(user, -1) != change->first) {
                                 samples.measuredChange.insert(user, change->first);
                                 if (agent->subStatus == change->second)
                                     samples.changeToSubscriberMs.append(BenchClock::msBetween(change->first, BenchClock::nowNs()));
                             }
                         });
        client->subscribeAgents({QString::number(10000 + i % options.agents)});
        client->start();
        clients.push_back(std::move(client));
        if (i % 100 == 99)
            BenchWait::forMs(50); // a ramp, not 2,000 SYNs at once into the listen backlog
    }
    return clients;
}

} // namespace

namespace {

void runWith(const QString &sourceKind, const HubBenchOptions &options, BenchReport &report)
{
    const QString prefix = sourceKind + QLatin1Char('_');
    const auto name = [&prefix](const char *figure) -> QString { return prefix + QLatin1String(figure); };
    QTextStream out(stdout);
    out << "# subscribers against a hub with the " << sourceKind << " source" << Qt::endl;
    HubProcesses processes(options, sourceKind);
    if (const std::optional<QString> refusal = processes.start()) {
        report.skip(name("live"), *refusal);
        return;
    }
    ServerConfig simServer;
    simServer.baseUrl = processes.simUrl();
    simServer.apiUser = QStringLiteral("6666");
    simServer.password = QStringLiteral("1234"); // the simulator's documented demo password
    simServer.source = QStringLiteral("parkbar-hub-bench");
    FloorActivity activity(simServer, options.agents, options.changesPerSecond);
    Samples samples;

    const qint64 connectStartNs = BenchClock::nowNs();
    std::vector<std::unique_ptr<HubClient>> clients = connectSubscribers(options, processes, activity, samples);
    auto usable = [&clients] {
        return std::count_if(clients.cbegin(), clients.cend(), [](const auto &client) { return client->health().isUsable(); });
    };
    if (!BenchWait::until([&] { return usable() == qsizetype(clients.size()); }, 120000)) {
        report.skip(name("live"), QStringLiteral("only %1 of %2 subscribers usable after 120 s; hub log: %3")
                                                .arg(usable()).arg(clients.size()).arg(processes.hubLogTail()));
        return;
    }
    report.add({name("subscribers_connected_in"), BenchClock::msBetween(connectStartNs, BenchClock::nowNs()) / 1000.0,
                QStringLiteral("s"), {}, std::nullopt, QStringLiteral("%1 bars, plain ws:// on loopback, ramped 100 per 50 ms").arg(clients.size())});

    activity.start();
    BenchWait::forMs(options.warmupSeconds * 1000);
    const qint64 hubPid = processes.hubPid();
    const qint64 startRssKb = ProcessProbe::rssKb(hubPid);
    const int startFiles = openFiles(hubPid);
    const qint64 hubCpuStart = ProcessProbe::cpuNs(hubPid);
    const qint64 simCpuStart = ProcessProbe::cpuNs(processes.simPid());
    const qint64 databaseCpuStart = processes.databasePid() > 0 ? ProcessProbe::cpuNs(processes.databasePid()) : 0;
    const QString pollsMetric = QStringLiteral("parkbar_hub_polls_total{source=\"%1\"}").arg(sourceKind);
    const QString durationMetric = QStringLiteral("parkbar_hub_poll_duration_seconds_sum");
    const int commandsStart = activity.commandsAnswered();
    const QByteArray metricsStart = processes.hubMetrics();
    const double readingsStart = metricValue(metricsStart, pollsMetric);
    const double sourceSecondsStart = metricValue(metricsStart, durationMetric);
    const qint64 windowStartNs = BenchClock::nowNs();
    samples.measuring = true;

    const int seconds = options.soakSeconds > 0 ? options.soakSeconds : options.windowSeconds;
    for (int elapsed = 0; elapsed < seconds && processes.hubRunning();) {
        const int step = std::min(60, seconds - elapsed);
        BenchWait::forMs(step * 1000);
        elapsed += step;
        if (options.soakSeconds > 0)
            out << "# soak " << elapsed << " s: hub RSS " << ProcessProbe::rssKb(hubPid) / 1024.0 << " MB, open files "
                << openFiles(hubPid) << ", subscribers usable " << usable() << Qt::endl;
    }
    samples.measuring = false;
    const double windowS = BenchClock::msBetween(windowStartNs, BenchClock::nowNs()) / 1000.0;
    if (!processes.hubRunning()) {
        report.skip(name("live"), QStringLiteral("the hub stopped: %1").arg(processes.hubLogTail()));
        return;
    }
    const double hubCpu = double(ProcessProbe::cpuNs(hubPid) - hubCpuStart) / 1e9 / windowS;
    const double simCpu = double(ProcessProbe::cpuNs(processes.simPid()) - simCpuStart) / 1e9 / windowS;
    const QByteArray metrics = processes.hubMetrics();
    const double readings = metricValue(metrics, pollsMetric) - readingsStart;
    const double sourceSeconds = metricValue(metrics, durationMetric) - sourceSecondsStart;
    const QString how = QStringLiteral("%1 s, %2 changes/s commanded").arg(windowS, 0, 'f', 0).arg(options.changesPerSecond);

    report.add({name("hub_readings_per_s"), readings / windowS, QStringLiteral("/s"), {}, std::nullopt,
                QStringLiteral("%1 source, %2 agents, every %3 ms").arg(sourceKind).arg(options.agents).arg(options.intervalMs)});
    if (readings > 0)
        report.add({name("source_ms_per_reading"), sourceSeconds * 1000 / readings, QStringLiteral("ms"), {}, std::nullopt,
                    sourceKind == QLatin1String("database")
                        ? QStringLiteral("mean database time per reading as the hub's metrics give it (SHOW PROFILES)")
                        : QStringLiteral("mean logged_in_agents request duration (the simulator without a service-time model)")});
    report.add({name("floor_changes_per_s"), (activity.commandsAnswered() - commandsStart) / windowS, QStringLiteral("/s"), {},
                std::nullopt, QStringLiteral("park/grab commands carried out")});
    report.add({name("updates_received_per_s"), samples.updates / windowS, QStringLiteral("/s"), {}, std::nullopt,
                QStringLiteral("agentUpdated at the subscribers")});
    if (!samples.readingToSubscriberMs.isEmpty()) {
        report.add({name("reading_to_subscriber_median"), BenchStats::median(samples.readingToSubscriberMs), QStringLiteral("ms"),
                    {}, std::nullopt, QStringLiteral("hub's reading complete -> bar's agentUpdated (1 ms clock), ") + how});
        const double p99 = BenchStats::percentile(samples.readingToSubscriberMs, 99);
        report.add({name("reading_to_subscriber_p99"), p99, QStringLiteral("ms"), QStringLiteral("< 50 ms"), p99 < 50,
                    QStringLiteral("%1 samples").arg(samples.readingToSubscriberMs.size())});
    }
    if (!samples.changeToSubscriberMs.isEmpty()) {
        report.add({name("server_change_to_subscriber_median"), BenchStats::median(samples.changeToSubscriberMs),
                    QStringLiteral("ms"), {}, std::nullopt, QStringLiteral("park answered -> bar shows it: includes the wait for the next reading")});
        report.add({name("server_change_to_subscriber_p99"), BenchStats::percentile(samples.changeToSubscriberMs, 99),
                    QStringLiteral("ms"), {}, std::nullopt, QStringLiteral("%1 samples").arg(samples.changeToSubscriberMs.size())});
    }
    report.add({name("hub_cpu"), hubCpu * 100, QStringLiteral("% of a core"), QStringLiteral("< 5%"), hubCpu * 100 < 5,
                QStringLiteral("parkbar-hub process, all threads, ") + how});
    const double rssMb = ProcessProbe::rssKb(hubPid) / 1024.0;
    report.add({name("hub_rss"), rssMb, QStringLiteral("MB"), QStringLiteral("< 150 MB"), rssMb < 150,
                QStringLiteral("%1 subscribers; peak %2 MB").arg(clients.size()).arg(ProcessProbe::peakRssKb(hubPid) / 1024.0, 0, 'f', 1)});
    report.add({name("hub_open_files"), double(openFiles(hubPid)), QStringLiteral("fds"), {}, std::nullopt,
                QStringLiteral("sockets and files of the hub process")});
    report.add({name("sim_cpu"), simCpu * 100, QStringLiteral("% of a core"), {}, std::nullopt,
                QStringLiteral("parkbar-sim answering the hub and the commands (for scale)")});
    if (processes.databasePid() > 0)
        report.add({name("mariadb_cpu"), double(ProcessProbe::cpuNs(processes.databasePid()) - databaseCpuStart) / 1e9 / windowS * 100,
                    QStringLiteral("% of a core"), {}, std::nullopt,
                    QStringLiteral("the private MariaDB: the hub's reads and the simulator's mirror writes together (for scale)")});
    if (options.soakSeconds > 0) {
        report.add({name("soak_hub_rss_start"), startRssKb / 1024.0, QStringLiteral("MB"), {}, std::nullopt,
                    QStringLiteral("after %1 s of warm-up").arg(options.warmupSeconds)});
        report.add({name("soak_hub_rss_end"), rssMb, QStringLiteral("MB"), {}, std::nullopt,
                    QStringLiteral("after %1 s").arg(windowS, 0, 'f', 0)});
        report.add({name("soak_hub_open_files_start"), double(startFiles), QStringLiteral("fds"), {}, std::nullopt, {}});
        report.add({name("soak_hub_open_files_end"), double(openFiles(hubPid)), QStringLiteral("fds"), {}, std::nullopt, {}});
    }
    activity.stop();
    clients.clear();
}

} // namespace

void SubscriberBench::run(const HubBenchOptions &options, BenchReport &report)
{
    for (const QString &sourceKind : options.liveSources)
        runWith(sourceKind, options, report);
}
