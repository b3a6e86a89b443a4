#include "PollWorkBench.h"

#include "BenchOptions.h"
#include "BenchReport.h"
#include "BenchStats.h"
#include "BenchWait.h"
#include "RepaintMeter.h"
#include "ThreadCpuClock.h"
#include "bar/AgentBar.h"
#include "demo/VicidialSimulator.h"
#include "services/ParkCallService.h"
#include "services/StatePoller.h"
#include "session/PollingSession.h"
#include "vicidial/WireClient.h"

#include <QTest>

#include <memory>

namespace {

struct Samples
{
    QList<double> handlingUs;
    qint64 repaintNs = 0;
    int repaints = 0;
};

} // namespace

void PollWorkBench::run(const BenchOptions &options, BenchReport &report)
{
    VicidialSimulator sim;
    sim.setAgentScreenDelayMs(0);
    if (!sim.listen()) {
        report.skip(QStringLiteral("poll_handling_us"), QStringLiteral("the simulator could not listen"));
        return;
    }
    ServerConfig config = sim.clientConfig();
    config.source = QStringLiteral("parkbar-bench");
    WireClient client(config);
    ParkCallService service(&client);
    SessionOptions sessionOptions;
    sessionOptions.loggedInPollMs = 10; // many polls quickly; the work per poll does not depend on it
    std::unique_ptr<AgentSession> owned(createPollingSession(&client, nullptr, &service, QStringLiteral("1000"), sessionOptions, nullptr));
    AgentSession &session = *owned;
    AgentBar bar;
    bar.setSession(&session);
    bar.show();
    if (!QTest::qWaitForWindowExposed(&bar)) {
        report.skip(QStringLiteral("poll_handling_us"), QStringLiteral("the bar was never exposed"));
        return;
    }
    auto *meter = new RepaintMeter(&bar);

    // From the HTTP answer (WireClient::exchangeFinished, before the poller sees it) to the end
    // of StatePoller::polled (the session and the bar have handled it: this connection is the last).
    qint64 answerCpuNs = -1;
    Samples *current = nullptr;
    QObject::connect(&client, &WireClient::exchangeFinished, &bar, [&answerCpuNs](const WireResponse &response) {
        answerCpuNs = response.request.function == QLatin1String("agent_status") ? ThreadCpuClock::nowNs() : -1;
    });
    QObject::connect(session.stateFeed(), &AgentFeed::polled, &bar, [&answerCpuNs, &current] {
        if (answerCpuNs >= 0 && current)
            current->handlingUs.append(double(ThreadCpuClock::nowNs() - answerCpuNs) / 1000.0);
        answerCpuNs = -1;
    });
    bool changing = false;
    bool parked = false;
    QObject::connect(&sim, &VicidialSimulator::requestServed, &bar, [&](const SimRequestRecord &record) {
        if (!changing || record.function != QLatin1String("agent_status"))
            return;
        parked = !parked; // this very answer shows the change
        sim.agent(QStringLiteral("1000"))->customer = parked ? CustomerLeg::Parked : CustomerLeg::OnLine;
        sim.noteAgentChanged(QStringLiteral("1000"));
    });

    session.start();
    BenchWait::until([&session] { return session.feed() == FeedState::Live; }, 10000);
    const int polls = std::max(50, options.clicks);
    Samples steady;
    Samples moving;
    for (Samples *samples : {&steady, &moving}) {
        changing = samples == &moving;
        BenchWait::forMs(200);
        meter->reset();
        current = samples;
        BenchWait::until([samples, polls] { return samples->handlingUs.size() >= polls; }, 120000);
        current = nullptr;
        samples->repaintNs = meter->cpuNs();
        samples->repaints = meter->repaints();
    }
    session.stop();

    const QString how = QStringLiteral("GUI thread CPU from the poll's HTTP answer to the bar updated; median of %1 polls").arg(polls);
    report.add({QStringLiteral("poll_handling_us"), BenchStats::median(steady.handlingUs), QStringLiteral("us"), {}, std::nullopt,
                how + QStringLiteral("; nothing changes")});
    report.add({QStringLiteral("poll_handling_changing_us"), BenchStats::median(moving.handlingUs), QStringLiteral("us"), {},
                std::nullopt, how + QStringLiteral("; the customer is parked or grabbed at every poll")});
    report.add({QStringLiteral("poll_repaint_changing_us"),
                moving.handlingUs.isEmpty() ? 0 : double(moving.repaintNs) / 1000.0 / double(moving.handlingUs.size()),
                QStringLiteral("us"), {}, std::nullopt,
                QStringLiteral("repaint CPU per changing poll (%1 repaints); steady polls: %2 repaints")
                    .arg(moving.repaints)
                    .arg(steady.repaints)});
}
