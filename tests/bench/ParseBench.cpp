#include "ParseBench.h"

#include "BenchClock.h"
#include "BenchOptions.h"
#include "BenchReport.h"
#include "vicidial/AgentTableParser.h"
#include "vicidial/Redactor.h"

#include <QFile>

namespace {

double microsecondsPerParse(const QByteArray &body, const Redactor &redactor, int rounds)
{
    int found = 0;
    const qint64 startNs = BenchClock::nowNs();
    for (int i = 0; i < rounds; ++i)
        found += parseAgentStatus(body, redactor, QStringLiteral("1000")).agent.has_value() ? 1 : 0;
    const qint64 elapsedNs = BenchClock::nowNs() - startNs;
    return found == rounds ? double(elapsedNs) / rounds / 1000.0 : -1;
}

} // namespace

void ParseBench::run(const BenchOptions &, BenchReport &report)
{
    const Redactor redactor(QStringLiteral("1234"));
    const QByteArray clean = "INCALL|M1234567890000012345|12345|TESTCAMP|3|Agent 1000|AGENTS|1||PARK|3125550100|VLC12345|8600051\n";
    report.add({QStringLiteral("agent_status_parse_us"), microsecondsPerParse(clean, redactor, 20000), QStringLiteral("us"), {},
                std::nullopt, QStringLiteral("parseAgentStatus of PROTOCOL.md's parked row")});
    QFile noisy(QStringLiteral(PARKBAR_BENCH_DATA_DIR "/fixtures/real-php8-warnings/agent_status-parked.txt"));
    if (noisy.open(QIODevice::ReadOnly)) {
        const QByteArray body = noisy.readAll();
        report.add({QStringLiteral("agent_status_parse_php_warnings_us"), microsecondsPerParse(body, redactor, 500),
                    QStringLiteral("us"), {}, std::nullopt,
                    QStringLiteral("the same row among a real server's PHP 8 warnings (%1 KB)").arg(body.size() / 1024)});
    }
}
