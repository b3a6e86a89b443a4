#include "ClickBench.h"

#include "BenchClock.h"
#include "BenchOptions.h"
#include "BenchReport.h"
#include "BenchStats.h"
#include "BenchWait.h"
#include "PaintStamp.h"
#include "bar/AgentBar.h"
#include "bar/ParkToolbar.h"
#include "demo/VicidialSimulator.h"
#include "services/ParkCallService.h"
#include "session/PollingSession.h"
#include "vicidial/WireClient.h"

#include <QLabel>
#include <QTest>

#include <memory>
#include <QToolButton>

namespace {

constexpr int kWarmupClicks = 20;

struct Click
{
    qint64 clickNs = 0;
    qint64 wireNs = 0;
    qint64 answerNs = 0;
    bool settled = false;
    bool success = false;
};

} // namespace

void ClickBench::run(const BenchOptions &options, BenchReport &report)
{
    VicidialSimulator sim;
    sim.setAgentScreenDelayMs(0);
    if (!sim.listen()) {
        report.skip(QStringLiteral("click_to_wire"), QStringLiteral("the simulator could not listen"));
        return;
    }
    ServerConfig config = sim.clientConfig();
    config.source = QStringLiteral("parkbar-bench");
    WireClient client(config);
    ParkCallService service(&client);
    std::unique_ptr<AgentSession> owned(createPollingSession(&client, nullptr, &service, QStringLiteral("1000"), SessionOptions{}, nullptr));
    AgentSession &session = *owned;
    AgentBar bar;
    bar.setSession(&session);
    bar.show();
    if (!QTest::qWaitForWindowExposed(&bar)) {
        report.skip(QStringLiteral("click_to_wire"), QStringLiteral("the bar was never exposed"));
        return;
    }
    auto *feedback = bar.findChild<QLabel *>(QStringLiteral("commandFeedback"));
    auto *stamp = new PaintStamp(feedback);

    Click current;
    QObject::connect(&sim, &VicidialSimulator::requestServed, &bar, [&current](const SimRequestRecord &record) {
        if (record.function == QLatin1String("park_call") && current.wireNs == 0)
            current.wireNs = BenchClock::nowNs();
    });
    // Connected after the bar's own connection: the label already shows the answer.
    QObject::connect(&session, &AgentSession::commandFinished, &bar, [&current, stamp](const CommandRecord &record) {
        current.success = record.result.answer.isSuccess();
        stamp->arm();
    });
    QObject::connect(&session, &AgentSession::commandSettled, &bar, [&current] { current.settled = true; });

    session.start();
    ParkToolbar *toolbar = bar.toolbar();
    QToolButton *park = toolbar->primaryButton(ParkToolbar::Primary::Park);
    QToolButton *grab = toolbar->primaryButton(ParkToolbar::Primary::Grab);
    if (!BenchWait::until([park] { return park->isEnabled(); }, 10000)) {
        report.skip(QStringLiteral("click_to_wire"), QStringLiteral("Park never turned on"));
        return;
    }

    QList<double> toWire;
    QList<double> toAnswer;
    int failures = 0;
    const int total = kWarmupClicks + options.clicks;
    for (int i = 0; i < total; ++i) {
        QToolButton *button = i % 2 == 0 ? park : grab;
        if (!BenchWait::until([button] { return button->isEnabled(); }, 10000)) {
            ++failures;
            break;
        }
        current = {};
        current.clickNs = BenchClock::nowNs();
        QTest::mouseClick(button, Qt::LeftButton);
        const bool done = BenchWait::until([&current, stamp] { return current.settled && stamp->paintedAtNs() != 0; }, 10000);
        if (!done || !current.success || current.wireNs == 0) {
            ++failures;
            continue;
        }
        current.answerNs = stamp->paintedAtNs();
        if (i >= kWarmupClicks) {
            toWire.append(BenchClock::msBetween(current.clickNs, current.wireNs));
            toAnswer.append(BenchClock::msBetween(current.clickNs, current.answerNs));
        }
    }
    session.stop();
    if (toWire.isEmpty()) {
        report.skip(QStringLiteral("click_to_wire"), QStringLiteral("no click was answered"));
        return;
    }
    const QString how = QStringLiteral("%1 clicks alternating Park/Grab on AgentBar, in-process simulator, screen delay 0; %2 failed")
                            .arg(toWire.size())
                            .arg(failures);
    const double wireMedian = BenchStats::median(toWire);
    report.add({QStringLiteral("click_to_wire_median_ms"), wireMedian, QStringLiteral("ms"), QStringLiteral("< 1 ms"),
                wireMedian < 1.0, how + QStringLiteral("; wire = simulator's requestServed")});
    report.add({QStringLiteral("click_to_wire_p99_ms"), BenchStats::percentile(toWire, 99), QStringLiteral("ms"), {}, std::nullopt, {}});
    report.add({QStringLiteral("click_to_answer_median_ms"), BenchStats::median(toAnswer), QStringLiteral("ms"), {}, std::nullopt,
                QStringLiteral("answer = first paint of the feedback label showing the server's answer")});
    report.add({QStringLiteral("click_to_answer_p99_ms"), BenchStats::percentile(toAnswer, 99), QStringLiteral("ms"), {}, std::nullopt, {}});
}
