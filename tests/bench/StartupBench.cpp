#include "StartupBench.h"

#include "BenchClock.h"
#include "BenchOptions.h"
#include "BenchReport.h"
#include "BenchStats.h"
#include "ParkbarProcess.h"

namespace {

// Milliseconds from the start of the process to its first painted window; < 0 on failure.
double oneRun(const QString &parkbar)
{
    ParkbarProcess process(parkbar);
    process.setEnvironmentValue(QStringLiteral("PARKBAR_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    const qint64 startNs = BenchClock::nowNs();
    if (!process.start({QStringLiteral("--demo")}))
        return -1;
    if (!process.process().waitForFinished(30000))
        return -1;
    const QList<QByteArray> lines = process.process().readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("parkbar-first-paint-ns "))
            return BenchClock::msBetween(startNs, line.mid(23).trimmed().toLongLong());
    }
    return -1;
}

} // namespace

void StartupBench::run(const BenchOptions &options, BenchReport &report)
{
    if (oneRun(options.parkbar) < 0) { // also warms the page cache: not counted
        report.skip(QStringLiteral("startup_ms"), QStringLiteral("parkbar --demo did not report its first paint"));
        return;
    }
    QList<double> runs;
    for (int i = 0; i < options.startupRuns; ++i) {
        const double ms = oneRun(options.parkbar);
        if (ms >= 0)
            runs.append(ms);
    }
    const double median = BenchStats::median(runs);
    report.add({QStringLiteral("startup_ms"), median, QStringLiteral("ms"), QStringLiteral("< 200 ms"), median < 200,
                QStringLiteral("median of %1 runs of parkbar --demo, offscreen, start to first paint (1 warm-up run not counted)").arg(runs.size())});
    report.add({QStringLiteral("startup_max_ms"), BenchStats::maximum(runs), QStringLiteral("ms"), {}, std::nullopt,
                QStringLiteral("slowest of the same runs")});
}
