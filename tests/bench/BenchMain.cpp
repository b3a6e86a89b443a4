// parkbar-bench: measures ParkBar against the simulator on loopback and
// prints one line per figure ("name value unit"), then a table with the goals.
#include "BenchOptions.h"
#include "BenchReport.h"
#include "ClickBench.h"
#include "CurlBench.h"
#include "FloorApplyBench.h"
#include "HubDatabaseBench.h"
#include "LiveBench.h"
#include "ParseBench.h"
#include "PollWorkBench.h"
#include "QnamLoop.h"
#include "StartupBench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QSysInfo>
#include <QThread>

int main(int argc, char *argv[])
{
    // The child-process mode the live figures start: --qnam-loop URL REQUESTS INTERVAL_MS.
    if (argc == 5 && qstrcmp(argv[1], "--qnam-loop") == 0) {
        QCoreApplication app(argc, argv);
        return QnamLoop::run(QUrl(QString::fromLocal8Bit(argv[2])), QByteArray(argv[3]).toInt(), QByteArray(argv[4]).toInt());
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("parkbar.*.info=false\nparkbar.*.debug=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("ParkBar's performance figures against the simulator on loopback."));
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("Fewer runs and a 10 s live window: a smoke run, not figures to quote."));
    const QCommandLineOption only(QStringLiteral("only"), QStringLiteral("Groups to run: startup,clicks,parse,live,floor,curl,hubdb."),
                                  QStringLiteral("groups"));
    const QCommandLineOption liveSeconds(QStringLiteral("live-seconds"), QStringLiteral("How long the live figures are watched (default 60)."),
                                         QStringLiteral("seconds"));
    const QCommandLineOption clicks(QStringLiteral("clicks"), QStringLiteral("Clicks to time (default 1000)."), QStringLiteral("count"));
    const QCommandLineOption parkbar(QStringLiteral("parkbar"), QStringLiteral("The parkbar binary to measure."), QStringLiteral("path"),
                                     QStringLiteral(PARKBAR_BENCH_PARKBAR));
    parser.addOptions({quick, only, liveSeconds, clicks, parkbar});
    parser.process(app);

    BenchOptions options;
    options.parkbar = parser.value(parkbar);
    if (parser.isSet(quick)) {
        options.startupRuns = 3;
        options.clicks = 100;
        options.liveSeconds = 10;
        options.floorPolls = 40;
        options.curlRuns = 10;
    }
    if (parser.isSet(liveSeconds))
        options.liveSeconds = std::max(1, parser.value(liveSeconds).toInt());
    if (parser.isSet(clicks))
        options.clicks = std::max(1, parser.value(clicks).toInt());
    options.only = parser.value(only).split(QLatin1Char(','), Qt::SkipEmptyParts);

    QTextStream out(stdout);
    out << "# parkbar-bench " << PARKBAR_VERSION << ", Qt " << qVersion() << ", " << QSysInfo::prettyProductName() << ", "
        << QThread::idealThreadCount() << " CPUs" << Qt::endl;
    BenchReport report(out);
    if (options.wants(QStringLiteral("startup")))
        StartupBench::run(options, report);
    if (options.wants(QStringLiteral("clicks")))
        ClickBench::run(options, report);
    if (options.wants(QStringLiteral("parse"))) {
        ParseBench::run(options, report);
        PollWorkBench::run(options, report);
    }
    if (options.wants(QStringLiteral("floor")))
        FloorApplyBench::run(options, report);
    if (options.wants(QStringLiteral("hubdb")))
        HubDatabaseBench::run(options, report);
    if (options.wants(QStringLiteral("curl")))
        CurlBench::run(options, report);
    if (options.wants(QStringLiteral("live")))
        LiveBench::run(options, report);
    report.printTable();
    return 0;
}
