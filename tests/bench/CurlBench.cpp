#include "CurlBench.h"

#include "BenchClock.h"
#include "BenchOptions.h"
#include "BenchReport.h"
#include "BenchStats.h"
#include "BenchWait.h"
#include "demo/VicidialSimulator.h"

#include <QProcess>
#include <QStandardPaths>

void CurlBench::run(const BenchOptions &options, BenchReport &report)
{
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (curl.isEmpty()) {
        report.skip(QStringLiteral("curl_park_call_ms"), QStringLiteral("curl is not installed"));
        return;
    }
    VicidialSimulator sim;
    sim.setAgentScreenDelayMs(0);
    if (!sim.listen()) {
        report.skip(QStringLiteral("curl_park_call_ms"), QStringLiteral("the simulator could not listen"));
        return;
    }
    const QString url = sim.baseUrl().toString() + QStringLiteral("/agc/api.php");
    QList<double> runs;
    int failures = 0;
    for (int i = 0; i < options.curlRuns; ++i) {
        const QByteArray value = i % 2 == 0 ? "PARK_CUSTOMER" : "GRAB_CUSTOMER";
        QProcess process;
        // The form goes through stdin, never the command line, as a careful script would do it.
        const qint64 startNs = BenchClock::nowNs();
        process.start(curl, {QStringLiteral("-sS"), QStringLiteral("--data-binary"), QStringLiteral("@-"), url});
        process.write("source=curl-bench&user=6666&pass=1234&function=park_call&agent_user=1000&value=" + value);
        process.closeWriteChannel();
        const bool finished = BenchWait::until([&process] { return process.state() == QProcess::NotRunning; }, 10000);
        const qint64 endNs = BenchClock::nowNs();
        if (!finished || !process.readAllStandardOutput().startsWith("SUCCESS: park_call function set")) {
            ++failures;
            continue;
        }
        runs.append(BenchClock::msBetween(startNs, endNs));
    }
    if (runs.isEmpty()) {
        report.skip(QStringLiteral("curl_park_call_ms"), QStringLiteral("curl never got SUCCESS"));
        return;
    }
    const double curlMedian = BenchStats::median(runs);
    report.add({QStringLiteral("curl_park_call_median_ms"), curlMedian, QStringLiteral("ms"), {}, std::nullopt,
                QStringLiteral("one curl process per park_call, start to exit with the answer, %1 runs, %2 failed")
                    .arg(runs.size())
                    .arg(failures)});
    if (const BenchFigure *click = report.find(QStringLiteral("click_to_answer_median_ms")); click && click->value > 0) {
        report.add({QStringLiteral("curl_vs_parkbar_ratio"), curlMedian / click->value, QStringLiteral("x"), {}, std::nullopt,
                    QStringLiteral("curl median / ParkBar click-to-answer median")});
    } else {
        report.skip(QStringLiteral("curl_vs_parkbar_ratio"), QStringLiteral("run the clicks figure too"));
    }
}
