// parkbar-hub-bench: for a large floor, what a hub saves the VICIdial server
// and what serving it costs the hub. Prints "name value unit" lines, a
// table with the goals, then the figures side by side.
#include "BenchReport.h"
#include "HubBenchSummary.h"
#include "HubBenchOptions.h"
#include "ServerWorkBench.h"
#include "SubscriberBench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSysInfo>
#include <QThread>

#include <sys/resource.h>

namespace {

// One socket per subscriber, and the hub's own: raise the soft limit to the hard one.
void raiseOpenFileLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
}

int intValue(const QCommandLineParser &parser, const QString &name, int fallback, int minimum)
{
    return parser.isSet(name) ? std::max(minimum, parser.value(name).toInt()) : fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("parkbar.*.info=false\nparkbar.*.debug=false"));
    raiseOpenFileLimit();

    HubBenchOptions options;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("What a parkbar-hub saves the VICIdial server, and what serving a floor costs it."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("only"), QStringLiteral("Groups to run: work (server work per second), live (subscribers)."), QStringLiteral("groups")},
        {QStringLiteral("agents"), QStringLiteral("Agents on the floor (default 2000)."), QStringLiteral("count")},
        {QStringLiteral("subscribers"), QStringLiteral("WebSocket subscribers, one agent each (default 2000)."), QStringLiteral("count")},
        {QStringLiteral("window"), QStringLiteral("Seconds the live figures are watched (default 60)."), QStringLiteral("seconds")},
        {QStringLiteral("soak"), QStringLiteral("Run hub, subscribers and activity this long; report RSS and open files at start and end."),
         QStringLiteral("seconds")},
        {QStringLiteral("changes"), QStringLiteral("Park and grab commands per second on the floor (default 40)."), QStringLiteral("count")},
        {QStringLiteral("direct-bars"), QStringLiteral("Bars polling agent_status for the server-work figure (default 500, scaled to the floor)."),
         QStringLiteral("count")},
        {QStringLiteral("source"), QStringLiteral("The hub's source for the live figures: database, api or both (default both; database for --soak)."),
         QStringLiteral("kind")},
        {QStringLiteral("db-polls"), QStringLiteral("Back-to-back polls of the database source for its server work (default 300)."), QStringLiteral("count")},
        {QStringLiteral("agent-status-us"), QStringLiteral("Server work per agent_status, in µs (default 4000)."), QStringLiteral("us")},
        {QStringLiteral("hub"), QStringLiteral("The parkbar-hub binary."), QStringLiteral("path"), QStringLiteral(PARKBAR_BENCH_HUB)},
        {QStringLiteral("sim"), QStringLiteral("The parkbar-sim binary."), QStringLiteral("path"), QStringLiteral(PARKBAR_BENCH_SIM)},
    });
    parser.process(app);
    options.hub = parser.value(QStringLiteral("hub"));
    options.sim = parser.value(QStringLiteral("sim"));
    options.only = parser.value(QStringLiteral("only")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    options.agents = intValue(parser, QStringLiteral("agents"), options.agents, 10);
    options.subscribers = intValue(parser, QStringLiteral("subscribers"), options.subscribers, 1);
    options.windowSeconds = intValue(parser, QStringLiteral("window"), options.windowSeconds, 5);
    options.soakSeconds = intValue(parser, QStringLiteral("soak"), 0, 10);
    options.changesPerSecond = intValue(parser, QStringLiteral("changes"), options.changesPerSecond, 0);
    options.directBars = intValue(parser, QStringLiteral("direct-bars"), options.directBars, 1);
    options.agentStatusUs = intValue(parser, QStringLiteral("agent-status-us"), options.agentStatusUs, 0);
    options.databasePolls = intValue(parser, QStringLiteral("db-polls"), options.databasePolls, 10);
    if (options.soakSeconds > 0) {
        options.only = {QStringLiteral("live")};
        options.liveSources = {QStringLiteral("database")};
    }
    const QString source = parser.value(QStringLiteral("source"));
    if (source == QLatin1String("database") || source == QLatin1String("api"))
        options.liveSources = {source};
    else if (source == QLatin1String("both"))
        options.liveSources = {QStringLiteral("database"), QStringLiteral("api")};
    else if (!source.isEmpty()) {
        QTextStream(stderr) << "parkbar-hub-bench: --source is database, api or both, not " << source << Qt::endl;
        return 2;
    }

    QTextStream out(stdout);
    out << "# parkbar-hub-bench " << PARKBAR_VERSION << ", Qt " << qVersion() << ", " << QSysInfo::prettyProductName() << ", "
        << QThread::idealThreadCount() << " CPUs; floor of " << options.agents << " agents, " << options.subscribers
        << " subscribers, " << options.intervalMs << " ms freshness" << Qt::endl;
    BenchReport report(out);
    if (options.wants(QStringLiteral("work")))
        ServerWorkBench::run(options, report);
    if (options.wants(QStringLiteral("live")))
        SubscriberBench::run(options, report);
    report.printTable();
    HubBenchSummary::print(options, report, out);
    return 0;
}
