#include "HubBenchSummary.h"

#include "BenchReport.h"
#include "HubBenchOptions.h"

#include <QTextStream>

namespace {

QString value(const BenchReport &report, const QString &name, int decimals = 1)
{
    const BenchFigure *figure = report.find(name);
    return figure ? QString::number(figure->value, 'f', decimals) + QLatin1Char(' ') + figure->unit : QStringLiteral("-");
}

QString pair(const BenchReport &report, const QString &first, const QString &second, int decimals = 1)
{
    const BenchFigure *a = report.find(first);
    const BenchFigure *b = report.find(second);
    if (!a || !b)
        return QStringLiteral("-");
    return QString::number(a->value, 'f', decimals) + QStringLiteral(" / ") + QString::number(b->value, 'f', decimals) + QLatin1Char(' ') + a->unit;
}

void printWork(const BenchReport &report, QTextStream &out)
{
    if (!report.find(QStringLiteral("direct_server_work")) && !report.find(QStringLiteral("database_server_work")))
        return;
    out << Qt::endl << "| who reads the floor | server work per second | per read |" << Qt::endl << "|---|---|---|" << Qt::endl;
    out << "| every bar polls agent_status | " << value(report, QStringLiteral("direct_server_work"), 2) << " | "
        << value(report, QStringLiteral("direct_polls_per_bar"), 2) << " polls per bar |" << Qt::endl;
    out << "| a hub, API source | " << value(report, QStringLiteral("api_server_work"), 3) << " (every "
        << value(report, QStringLiteral("api_interval_under_budget"), 0) << ") | " << value(report, QStringLiteral("api_server_time_per_poll"), 2)
        << " |" << Qt::endl;
    out << "| a hub, database source (1 s) | " << value(report, QStringLiteral("database_server_work"), 4) << " | median / p99 "
        << pair(report, QStringLiteral("database_db_ms_per_poll_median"), QStringLiteral("database_db_ms_per_poll_p99"), 2) << " |" << Qt::endl;
    out << "| per-bar polling / database hub | " << value(report, QStringLiteral("direct_over_database_hub"), 0) << " | |" << Qt::endl;
}

void printLive(const HubBenchOptions &options, const BenchReport &report, QTextStream &out)
{
    out << Qt::endl << "| with " << options.subscribers << " subscribers |";
    for (const QString &source : options.liveSources)
        out << ' ' << source << " source |";
    out << Qt::endl << "|---|";
    for (qsizetype i = 0; i < options.liveSources.size(); ++i)
        out << "---|";
    out << Qt::endl;
    const auto row = [&](const QString &label, const QString &first, const QString &second = {}) {
        out << "| " << label << " |";
        for (const QString &source : options.liveSources) {
            const QString prefix = source + QLatin1Char('_');
            out << ' ' << (second.isEmpty() ? value(report, prefix + first) : pair(report, prefix + first, prefix + second)) << " |";
        }
        out << Qt::endl;
    };
    row(QStringLiteral("reading to subscriber, median / p99 (goal p99 < 50 ms)"), QStringLiteral("reading_to_subscriber_median"),
        QStringLiteral("reading_to_subscriber_p99"));
    row(QStringLiteral("park at the server to the bar, median / p99"), QStringLiteral("server_change_to_subscriber_median"),
        QStringLiteral("server_change_to_subscriber_p99"));
    row(QStringLiteral("hub CPU (goal < 5% of a core)"), QStringLiteral("hub_cpu"));
    row(QStringLiteral("hub RSS (goal < 150 MB)"), QStringLiteral("hub_rss"));
    row(QStringLiteral("hub open files"), QStringLiteral("hub_open_files"));
    row(QStringLiteral("source time per reading (hub metrics)"), QStringLiteral("source_ms_per_reading"));
    row(QStringLiteral("readings per second"), QStringLiteral("hub_readings_per_s"));
    row(QStringLiteral("updates received per second"), QStringLiteral("updates_received_per_s"));
    row(QStringLiteral("MariaDB CPU (reads and mirror writes)"), QStringLiteral("mariadb_cpu"));
    if (options.soakSeconds > 0) {
        row(QStringLiteral("soak: RSS start / end"), QStringLiteral("soak_hub_rss_start"), QStringLiteral("soak_hub_rss_end"));
        row(QStringLiteral("soak: open files start / end"), QStringLiteral("soak_hub_open_files_start"), QStringLiteral("soak_hub_open_files_end"));
    }
}

} // namespace

void HubBenchSummary::print(const HubBenchOptions &options, const BenchReport &report, QTextStream &out)
{
    if (options.wants(QStringLiteral("work")))
        printWork(report, out);
    if (options.wants(QStringLiteral("live")))
        printLive(options, report, out);
}
