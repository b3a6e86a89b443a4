#include "LiveBench.h"

#include "BenchClock.h"
#include "BenchOptions.h"
#include "BenchReport.h"
#include "BenchWait.h"
#include "ParkbarProcess.h"
#include "ProcessProbe.h"
#include "demo/VicidialSimulator.h"
#include "services/ParkCallService.h"
#include "session/PollingSession.h"
#include "vicidial/WireClient.h"

#include <QCoreApplication>
#include <QTimer>

#include <memory>

namespace {

constexpr int kWarmupMs = 3000;
// The same figures on the own HTTP/1.1 channel that QNetworkAccessManager
// replaced (README, 26 November 2026), printed beside the new ones.
constexpr const char *kChannelPollCycle = "287-298 us";
constexpr const char *kChannelIdle = "0.023 %";

ServerConfig configFor(const VicidialSimulator &sim)
{
    ServerConfig config;
    config.baseUrl = sim.baseUrl();
    config.apiUser = QStringLiteral("6666");
    config.password = QStringLiteral("1234"); // the simulator's documented demo password
    config.source = QStringLiteral("parkbar-bench");
    return config;
}

std::unique_ptr<VicidialSimulator> startSim(SimScenario scenario, int agents = 100)
{
    auto sim = std::make_unique<VicidialSimulator>();
    sim->setScenario(scenario, agents);
    sim->setAgentScreenDelayMs(0);
    return sim->listen() ? std::move(sim) : nullptr;
}

// One agent's session in this process, for the server-load figures.
struct LocalSession
{
    explicit LocalSession(VicidialSimulator &sim, const QString &agent)
        : client(configFor(sim)), service(&client),
          session(createPollingSession(&client, nullptr, &service, agent, SessionOptions{}, nullptr))
    {
    }
    WireClient client;
    ParkCallService service;
    std::unique_ptr<AgentSession> session;
};

// A parkbar process and what was read from it at the start of the window.
struct Watched
{
    std::unique_ptr<ParkbarProcess> process;
    VicidialSimulator *sim = nullptr;
    qint64 cpuNs = 0;
    qint64 cpuTickNs = 0;
    int requests = 0;
    int polls = 0;
};

std::unique_ptr<ParkbarProcess> startParkbar(const QString &parkbar, const VicidialSimulator &sim, const QStringList &extra,
                                             const QByteArray &ini = {})
{
    auto process = std::make_unique<ParkbarProcess>(parkbar);
    process->setEnvironmentValue(QStringLiteral("PARKBAR_PASSWORD"), QStringLiteral("1234"));
    if (!ini.isEmpty())
        process->setUserConfig(ini);
    QStringList arguments{QStringLiteral("--server"), sim.baseUrl().toString(), QStringLiteral("--user"), QStringLiteral("6666")};
    arguments += extra;
    return process->start(arguments) ? std::move(process) : nullptr;
}

double perMinute(int count, qint64 windowNs)
{
    return windowNs > 0 ? count * 60e9 / double(windowNs) : 0;
}

} // namespace

void LiveBench::run(const BenchOptions &options, BenchReport &report)
{
    auto simBar = startSim(SimScenario::Static);
    auto simFast = startSim(SimScenario::Static);
    auto simFloor100 = startSim(SimScenario::Floor, 100);
    auto simFloor2000 = startSim(SimScenario::Floor, 2000);
    auto simOut = startSim(SimScenario::Static);
    auto simCall = startSim(SimScenario::Static);
    auto simConfirm = startSim(SimScenario::Static);
    auto simRaw = startSim(SimScenario::Static);
    for (const auto *sim : {&simBar, &simFast, &simFloor100, &simFloor2000, &simOut, &simCall, &simConfirm, &simRaw}) {
        if (!*sim) {
            report.skip(QStringLiteral("live"), QStringLiteral("a simulator could not listen"));
            return;
        }
    }
    simConfirm->setAgentScreenClosed(QStringLiteral("1000"), true); // SUCCESS, then nothing: always confirming

    // The bar at its default intervals (idle CPU, memory), the bar at the fastest allowed interval
    // (CPU per poll), and the supervisor on floors of 100 and 2,000.
    Watched barIdle{startParkbar(options.parkbar, *simBar, {QStringLiteral("--agent"), QStringLiteral("1000")}), simBar.get()};
    Watched barFast{startParkbar(options.parkbar, *simFast, {QStringLiteral("--agent"), QStringLiteral("1000")},
                                 "[polling]\nloggedInMs=250\n"),
                    simFast.get()};
    Watched sup100{startParkbar(options.parkbar, *simFloor100, {QStringLiteral("--supervisor")}), simFloor100.get()};
    Watched sup2000{startParkbar(options.parkbar, *simFloor2000, {QStringLiteral("--supervisor")}), simFloor2000.get()};
    for (const Watched *watched : {&barIdle, &barFast, &sup100, &sup2000}) {
        if (!watched->process) {
            report.skip(QStringLiteral("live"), QStringLiteral("parkbar could not be started"));
            return;
        }
    }

    // Qt's HTTP stack alone, at the same interval as barFast, for comparison.
    const int rawRequests = std::max(10, options.liveSeconds * 4);
    ParkbarProcess rawQnam(QCoreApplication::applicationFilePath());
    rawQnam.start({QStringLiteral("--qnam-loop"), simRaw->baseUrl().toString(), QString::number(rawRequests), QStringLiteral("250")});

    LocalSession loggedOut(*simOut, QStringLiteral("1002"));
    LocalSession inCall(*simCall, QStringLiteral("1000"));
    LocalSession confirming(*simConfirm, QStringLiteral("1000"));
    // Confirming: park, wait out the confirmation, park again; count what the session asks meanwhile.
    bool inWindow = false;
    qint64 windowStartNs = 0;
    qint64 confirmingNs = 0;
    int confirmingRequests = 0;
    bool counting = false;
    QTimer parkAgain;
    parkAgain.setSingleShot(true);
    QObject::connect(&parkAgain, &QTimer::timeout, confirming.session.get(), [&confirming, &parkAgain] {
        if (!confirming.session->request(ParkAction::ParkCustomer))
            parkAgain.start(50);
    });
    QObject::connect(confirming.session.get(), &AgentSession::commandFinished, confirming.session.get(), [&](const CommandRecord &record) {
        if (record.confirmation == Confirmation::Waiting) {
            inWindow = true;
            windowStartNs = BenchClock::nowNs();
        }
    });
    QObject::connect(confirming.session.get(), &AgentSession::commandSettled, confirming.session.get(), [&](const CommandRecord &) {
        if (inWindow && counting)
            confirmingNs += BenchClock::nowNs() - windowStartNs;
        inWindow = false;
        parkAgain.start(0);
    });
    QObject::connect(simConfirm.get(), &VicidialSimulator::requestServed, confirming.session.get(), [&](const SimRequestRecord &) {
        if (inWindow && counting)
            ++confirmingRequests;
    });
    loggedOut.session->start();
    inCall.session->start();
    confirming.session->start();
    parkAgain.start(200);

    // Until every process and session has been answered once, then a little longer.
    const bool started = BenchWait::until(
        [&] {
            return simBar->requestCount(QStringLiteral("agent_status")) > 0 && simFast->requestCount(QStringLiteral("agent_status")) > 0
                && simFloor100->requestCount(QStringLiteral("logged_in_agents")) > 0
                && simFloor2000->requestCount(QStringLiteral("logged_in_agents")) > 0;
        },
        30000);
    if (!started) {
        report.skip(QStringLiteral("live"), QStringLiteral("a parkbar process never polled its simulator"));
        return;
    }
    BenchWait::forMs(kWarmupMs);

    auto begin = [](Watched &watched, const QString &pollFunction) {
        watched.cpuNs = ProcessProbe::cpuNs(watched.process->pid());
        watched.cpuTickNs = ProcessProbe::cpuTickNs(watched.process->pid());
        watched.requests = watched.sim->requestCount();
        watched.polls = watched.sim->requestCount(pollFunction);
    };
    begin(barIdle, QStringLiteral("agent_status"));
    begin(barFast, QStringLiteral("agent_status"));
    begin(sup100, QStringLiteral("logged_in_agents"));
    begin(sup2000, QStringLiteral("logged_in_agents"));
    struct Baseline
    {
        int requests = 0;
        int polls = 0;
        int connections = 0;
    };
    auto baselineOf = [](const VicidialSimulator &sim) {
        return Baseline{sim.requestCount(), sim.requestCount(QStringLiteral("agent_status")), sim.connectionsAccepted()};
    };
    const Baseline outStart = baselineOf(*simOut);
    const Baseline callStart = baselineOf(*simCall);
    if (inWindow)
        windowStartNs = BenchClock::nowNs();
    counting = true;
    const qint64 startNs = BenchClock::nowNs();

    BenchWait::forMs(options.liveSeconds * 1000);

    const qint64 windowNs = BenchClock::nowNs() - startNs;
    if (inWindow)
        confirmingNs += BenchClock::nowNs() - windowStartNs;
    counting = false;
    const QString window = QStringLiteral("%1 s window").arg(double(windowNs) / 1e9, 0, 'f', 0);

    // Figure 3: the bar's own CPU and memory.
    {
        const qint64 pid = barFast.process->pid();
        const qint64 cpu = ProcessProbe::cpuNs(pid) - barFast.cpuNs;
        const int polls = barFast.sim->requestCount(QStringLiteral("agent_status")) - barFast.polls;
        const double perPollUs = polls > 0 ? double(cpu) / polls / 1000.0 : 0;
        report.add({QStringLiteral("poll_cycle_cpu_us"), perPollUs, QStringLiteral("us"), {}, std::nullopt,
                    QStringLiteral("parkbar process CPU (all threads, schedstat) / polls, polling every 250 ms, %1 polls in %2; "
                                   "QNetworkAccessManager (the own HTTP/1.1 channel it replaced measured %3)")
                        .arg(polls)
                        .arg(window)
                        .arg(QString::fromLatin1(kChannelPollCycle))});
    }
    {
        const qint64 pid = barIdle.process->pid();
        const qint64 cpu = ProcessProbe::cpuNs(pid) - barIdle.cpuNs;
        const qint64 ticks = ProcessProbe::cpuTickNs(pid) - barIdle.cpuTickNs;
        const int polls = barIdle.sim->requestCount(QStringLiteral("agent_status")) - barIdle.polls;
        const double share = 100.0 * double(cpu) / double(windowNs);
        report.add({QStringLiteral("idle_cpu_percent"), share, QStringLiteral("%"), QStringLiteral("< 0.1 %"), share < 0.1,
                    QStringLiteral("parkbar bar at the default 1 s interval, agent in a call, %1; /proc/PID/stat says %2 %; "
                                   "the own HTTP/1.1 channel measured %3")
                        .arg(window)
                        .arg(100.0 * double(ticks) / double(windowNs), 0, 'f', 3)
                        .arg(QString::fromLatin1(kChannelIdle))});
        report.add({QStringLiteral("idle_cpu_per_poll_us"), polls > 0 ? double(cpu) / polls / 1000.0 : 0, QStringLiteral("us"), {},
                    std::nullopt, QStringLiteral("the same, per poll (%1 polls)").arg(polls)});
        const double rssMb = double(ProcessProbe::peakRssKb(pid)) / 1024.0;
        report.add({QStringLiteral("bar_peak_rss_mb"), rssMb, QStringLiteral("MB"), QStringLiteral("< 60 MB"), rssMb < 60,
                    QStringLiteral("VmHWM of that parkbar process (now %1 MB)").arg(double(ProcessProbe::rssKb(pid)) / 1024.0, 0, 'f', 1)});
    }

    // Supervisor mode: requests per poll and memory.
    for (Watched *watched : {&sup100, &sup2000}) {
        const bool big = watched == &sup2000;
        const int polls = watched->sim->requestCount(QStringLiteral("logged_in_agents")) - watched->polls;
        const int requests = watched->sim->requestCount() - watched->requests;
        const double perPoll = polls > 0 ? double(requests) / polls : 0;
        report.add({big ? QStringLiteral("supervisor_requests_per_poll_2000") : QStringLiteral("supervisor_requests_per_poll_100"), perPoll,
                    QStringLiteral("req"), QStringLiteral("1"), polls > 0 && perPoll <= 1.0,
                    QStringLiteral("parkbar --supervisor, %1 agents: %2 requests, %3 logged_in_agents polls in %4")
                        .arg(big ? 2000 : 100)
                        .arg(requests)
                        .arg(polls)
                        .arg(window)});
    }
    {
        const double rssMb = double(ProcessProbe::peakRssKb(sup2000.process->pid())) / 1024.0;
        report.add({QStringLiteral("supervisor2000_peak_rss_mb"), rssMb, QStringLiteral("MB"), QStringLiteral("< 100 MB"), rssMb < 100,
                    QStringLiteral("VmHWM of parkbar --supervisor with 2,000 agents on the floor")});
        report.add({QStringLiteral("supervisor100_peak_rss_mb"), double(ProcessProbe::peakRssKb(sup100.process->pid())) / 1024.0,
                    QStringLiteral("MB"), {}, std::nullopt, QStringLiteral("the same with 100 agents")});
    }

    // Figure 5: what one agent costs the server.
    report.add({QStringLiteral("requests_per_min_logged_out"), perMinute(simOut->requestCount() - outStart.requests, windowNs), QStringLiteral("req/min"), {},
                std::nullopt, QStringLiteral("AgentSession for a logged-out agent, default intervals, %1").arg(window)});
    report.add({QStringLiteral("requests_per_min_in_call"), perMinute(simCall->requestCount() - callStart.requests, windowNs), QStringLiteral("req/min"), {},
                std::nullopt, QStringLiteral("AgentSession for an agent in a call, default intervals, %1").arg(window)});
    report.add({QStringLiteral("requests_per_min_confirming"), perMinute(confirmingRequests, confirmingNs), QStringLiteral("req/min"), {},
                std::nullopt,
                QStringLiteral("polls while a park waits for confirmation (screen closed), %1 s of confirming; the park_call itself not counted")
                    .arg(double(confirmingNs) / 1e9, 0, 'f', 0)});
    for (VicidialSimulator *sim : {simCall.get(), simOut.get()}) {
        const bool call = sim == simCall.get();
        const Baseline &start = call ? callStart : outStart;
        const int polls = sim->requestCount(QStringLiteral("agent_status")) - start.polls;
        const int opened = sim->connectionsAccepted() - start.connections;
        const double per100 = polls > 0 ? 100.0 * opened / polls : 0;
        report.add({call ? QStringLiteral("tcp_connections_per_100_polls_in_call") : QStringLiteral("tcp_connections_per_100_polls_logged_out"),
                    per100, QStringLiteral("conn"), QStringLiteral("<= 1"), polls > 0 && per100 <= 1.0,
                    QStringLiteral("connections opened in the window / polls x 100: %1 for %2 polls %3 s apart (%4 in all since the "
                                   "session started, %5 polls)")
                        .arg(opened)
                        .arg(polls)
                        .arg(call ? 1 : 5)
                        .arg(sim->connectionsAccepted())
                        .arg(sim->requestCount(QStringLiteral("agent_status")))});
    }

    // Qt's own cost per request, for the poll-cycle figure.
    if (BenchWait::until([&rawQnam] { return !rawQnam.isRunning(); }, 30000)) {
        const QList<QByteArray> words = rawQnam.process().readAllStandardOutput().trimmed().split(' ');
        if (words.size() >= 4 && words.at(0) == "qnam-loop-cpu-ns" && words.at(3).toInt() > 0) {
            report.add({QStringLiteral("bare_qnam_request_cpu_us"), words.at(1).toDouble() / words.at(3).toDouble() / 1000.0,
                        QStringLiteral("us"), {}, std::nullopt,
                        QStringLiteral("a bare QNetworkAccessManager POST of the same agent_status form, same interval, own "
                                       "process (getrusage), %1 requests: Qt's share of poll_cycle_cpu_us, the rest is ParkBar's")
                            .arg(QString::fromLatin1(words.at(3)))});
        }
    }
    if (!report.find(QStringLiteral("bare_qnam_request_cpu_us")))
        report.skip(QStringLiteral("bare_qnam_request_cpu_us"), QStringLiteral("the --qnam-loop child did not report"));

    loggedOut.session->stop();
    inCall.session->stop();
    confirming.session->stop();
}
