#include "FloorApplyBench.h"

#include "BenchClock.h"
#include "BenchOptions.h"
#include "BenchReport.h"
#include "BenchStats.h"
#include "BenchWait.h"
#include "ThreadCpuClock.h"
#include "demo/VicidialSimulator.h"
#include "supervisor/FloorModel.h"
#include "floorview/SupervisorView.h"
#include "util/Clock.h"
#include "vicidial/AgentTableParser.h"
#include "vicidial/WireClient.h"

#include <QCoreApplication>
#include <QTest>

#include <optional>

namespace {

constexpr int kAgents = 2000;
constexpr int kVariants = 20; // each flips a different tenth of the rows; 20 flips restore the first

std::optional<QByteArray> fetchFloor(VicidialSimulator &sim)
{
    ServerConfig config = sim.clientConfig();
    config.source = QStringLiteral("parkbar-bench");
    WireClient client(config);
    std::optional<WireResponse> response;
    WireCall *call = client.send(ApiRequest::loggedInAgents({}, {}));
    QObject::connect(call, &WireCall::finished, &client, [&response](const WireResponse &finished) { response = finished; });
    if (!BenchWait::until([&response] { return response.has_value(); }, 30000) || !response->ok())
        return std::nullopt;
    return response->body;
}

// Bodies where each differs from the one before in one row out of ten: a
// parked customer is grabbed or a call is parked, a ready agent pauses or
// a paused one becomes ready.
QList<QByteArray> variantsOf(const QByteArray &body)
{
    QList<QList<QByteArray>> rows;
    for (const QByteArray &line : body.split('\n')) {
        if (!line.isEmpty())
            rows.append(line.split('|'));
    }
    QList<bool> flipped(rows.size(), false);
    QList<QByteArray> variants;
    for (int step = 0; step < kVariants; ++step) {
        QByteArray text;
        for (qsizetype row = 0; row < rows.size(); ++row) {
            if (step > 0 && row % 10 == step % 10)
                flipped[row] = !flipped[row];
            QList<QByteArray> fields = rows.at(row);
            if (flipped[row] && fields.size() == 12) {
                if (fields.at(3) == "INCALL")
                    fields[11] = fields.at(11) == "PARK" ? QByteArray() : QByteArrayLiteral("PARK");
                else
                    fields[3] = fields.at(3) == "READY" ? QByteArrayLiteral("PAUSED") : QByteArrayLiteral("READY");
            }
            text += fields.join('|') + '\n';
        }
        variants.append(text);
    }
    return variants;
}

} // namespace

void FloorApplyBench::run(const BenchOptions &options, BenchReport &report)
{
    VicidialSimulator sim;
    sim.setScenario(SimScenario::Floor, kAgents);
    if (!sim.listen()) {
        report.skip(QStringLiteral("floor2000"), QStringLiteral("the simulator could not listen"));
        return;
    }
    const std::optional<QByteArray> body = fetchFloor(sim);
    if (!body) {
        report.skip(QStringLiteral("floor2000"), QStringLiteral("no logged_in_agents answer"));
        return;
    }
    const QList<QByteArray> variants = variantsOf(*body);
    const Redactor redactor(QStringLiteral("1234"));

    FloorModel model(Clock::system());
    SupervisorView view(&model);
    view.resize(1280, 900);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view)) {
        report.skip(QStringLiteral("floor2000"), QStringLiteral("the supervisor view was never exposed"));
        return;
    }

    const qint64 firstNs = BenchClock::nowNs();
    const LoggedInAgentsResult first = parseLoggedInAgents(variants.first(), redactor);
    model.applySnapshots(first.agents);
    QCoreApplication::processEvents();
    const double firstLoadMs = BenchClock::msBetween(firstNs, BenchClock::nowNs());
    if (model.rowCount() != kAgents) {
        report.skip(QStringLiteral("floor2000"), QStringLiteral("the floor has %1 rows, not %2").arg(model.rowCount()).arg(kAgents));
        return;
    }

    QList<double> parse;
    QList<double> apply;
    QList<double> parseApply;
    QList<double> repaint;
    QList<double> parseApplyCpu;
    for (int i = 1; i <= options.floorPolls; ++i) {
        const QByteArray &next = variants.at(i % kVariants);
        const qint64 cpu0 = ThreadCpuClock::nowNs();
        const qint64 t0 = BenchClock::nowNs();
        const LoggedInAgentsResult result = parseLoggedInAgents(next, redactor);
        const qint64 t1 = BenchClock::nowNs();
        model.applySnapshots(result.agents);
        const qint64 t2 = BenchClock::nowNs();
        parseApplyCpu.append(double(ThreadCpuClock::nowNs() - cpu0) / 1e6);
        QCoreApplication::processEvents(); // the view's layout and paint, and the counts
        const qint64 t3 = BenchClock::nowNs();
        parse.append(BenchClock::msBetween(t0, t1));
        apply.append(BenchClock::msBetween(t1, t2));
        parseApply.append(BenchClock::msBetween(t0, t2));
        repaint.append(BenchClock::msBetween(t2, t3));
    }
    // The same applies to a model nobody watches: what the view and its proxy add.
    FloorModel bare(Clock::system());
    bare.applySnapshots(first.agents);
    QList<double> bareApplyCpu;
    for (int i = 1; i <= options.floorPolls; ++i) {
        const LoggedInAgentsResult result = parseLoggedInAgents(variants.at(i % kVariants), redactor);
        const qint64 cpu0 = ThreadCpuClock::nowNs();
        bare.applySnapshots(result.agents);
        bareApplyCpu.append(double(ThreadCpuClock::nowNs() - cpu0) / 1e6);
    }

    const QString how = QStringLiteral("%1 polls of %2 agents, %3 rows changing each, SupervisorView shown offscreen")
                            .arg(options.floorPolls)
                            .arg(kAgents)
                            .arg(kAgents / 10);
    const double total = BenchStats::median(parseApply);
    report.add({QStringLiteral("floor2000_parse_apply_ms"), total, QStringLiteral("ms"), QStringLiteral("< 5 ms"), total < 5,
                QStringLiteral("median; parseLoggedInAgents + FloorModel::applySnapshots; ") + how});
    report.add({QStringLiteral("floor2000_parse_apply_cpu_ms"), BenchStats::median(parseApplyCpu), QStringLiteral("ms"), {},
                std::nullopt, QStringLiteral("median, the same as thread CPU time (less disturbed by a busy machine)")});
    report.add({QStringLiteral("floor2000_parse_apply_p99_ms"), BenchStats::percentile(parseApply, 99), QStringLiteral("ms"), {},
                std::nullopt, {}});
    report.add({QStringLiteral("floor2000_parse_ms"), BenchStats::median(parse), QStringLiteral("ms"), {}, std::nullopt,
                QStringLiteral("median, parse alone (%1 KB body)").arg(variants.first().size() / 1024)});
    report.add({QStringLiteral("floor2000_apply_ms"), BenchStats::median(apply), QStringLiteral("ms"), {}, std::nullopt,
                QStringLiteral("median, diff and apply alone, with the proxy re-sorting")});
    report.add({QStringLiteral("floor2000_apply_model_only_cpu_ms"), BenchStats::median(bareApplyCpu), QStringLiteral("ms"), {},
                std::nullopt, QStringLiteral("median thread CPU of the same applies to a FloorModel without proxy or view")});
    report.add({QStringLiteral("floor2000_repaint_ms"), BenchStats::median(repaint), QStringLiteral("ms"), {}, std::nullopt,
                QStringLiteral("median, the events after the apply: table repaint and agent counts")});
    report.add({QStringLiteral("floor2000_first_load_ms"), firstLoadMs, QStringLiteral("ms"), {}, std::nullopt,
                QStringLiteral("the first poll: 2,000 rows inserted, sorted and painted")});
}
