#include "SimulatorHarness.h"
#include "services/ParkCallService.h"
#include "shell/SupervisorController.h"
#include "bar/AgentBar.h"
#include "bar/ParkToolbar.h"
#include "demo/VicidialSimulator.h"
#include "supervisor/FloorModel.h"
#include "supervisor/FloorPoller.h"
#include "floorview/SupervisorView.h"
#include "session/AgentSession.h"
#include "util/Clock.h"

#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ParkAlert)

// Supervisor mode against the simulator's floor over real HTTP.
class TestSupervisorWithSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void onePollIsOneRequestWhateverTheFloorSize();
    void agentsAppearAndDisappearAsTheyLogInAndOut();
    void selectionSurvivesUpdates();
    void actingOnARowSendsThatRowsAgent();
    void theContextMenuActsForTheRowsAgent();
    void theOverdueAlertFiresOncePerParkedCall();
    void aSlowFloorStretchesTheIntervalAndSaysSo();
    void theSelectedRowHasNoFeedOfItsOwn();
    void theParkAlertIsTheSameOnTheBarAndTheFloor_data();
    void theParkAlertIsTheSameOnTheBarAndTheFloor();

private:
    void startFloor(int agents, int baseIntervalMs = 100, int warnSeconds = 60);
    void startFloor(int agents, const SessionOptions &options, Clock *clock, int baseIntervalMs = 100);
    QString agentAtRow(int row) const;
    int proxyRowOf(const QString &agent) const;
    // An agent of the floor talking to a customer in TESTCAMP (whose park IVR works).
    QString agentInACall() const;
    // Selects the agent and presses one of the bar's buttons for them, once it is on.
    void actFromTheBar(const QString &agent, const char *button);
    QString barTimerText() const;
    QString barTimerAlert() const;

    std::unique_ptr<SimulatorHarness> m_harness;
    VicidialSimulator *m_sim = nullptr;
    std::unique_ptr<ManualClock> m_clock; // outlives the controller
    SupervisorController *m_controller = nullptr;
};

void TestSupervisorWithSimulator::init()
{
    m_harness = std::make_unique<SimulatorHarness>();
    m_sim = &m_harness->sim();
    QVERIFY(m_harness->listen());
}

void TestSupervisorWithSimulator::cleanup()
{
    delete m_controller;
    m_controller = nullptr;
    m_clock.reset();
    m_harness.reset();
}

void TestSupervisorWithSimulator::startFloor(int agents, int baseIntervalMs, int warnSeconds)
{
    SessionOptions options = fastSessionOptions();
    options.parkWarnSeconds = warnSeconds;
    startFloor(agents, options, Clock::system(), baseIntervalMs);
}

void TestSupervisorWithSimulator::startFloor(int agents, const SessionOptions &options, Clock *clock, int baseIntervalMs)
{
    m_sim->setScenario(SimScenario::Floor, agents);
    m_harness->connect();
    m_controller = new SupervisorController(new FloorPoller(m_harness->wire(), clock), m_harness->probe(), m_harness->service(), options, clock);
    FloorPollPolicy policy;
    policy.baseIntervalMs = baseIntervalMs;
    m_controller->poller()->setPolicy(policy);
    m_controller->view()->resize(900, 500);
    m_controller->view()->show();
    m_controller->start();
    QTRY_COMPARE(m_controller->model()->rowCount(), agents);
}

QString TestSupervisorWithSimulator::agentAtRow(int row) const
{
    QTableView *table = m_controller->view()->table();
    return table->model()->index(row, FloorModel::AgentColumn).data().toString();
}

int TestSupervisorWithSimulator::proxyRowOf(const QString &agent) const
{
    QTableView *table = m_controller->view()->table();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (agentAtRow(row) == agent)
            return row;
    }
    return -1;
}

void TestSupervisorWithSimulator::onePollIsOneRequestWhateverTheFloorSize()
{
    startFloor(500);
    QSignalSpy polls(m_controller->poller(), &FloorPoller::floorUpdated);
    m_sim->resetCounters();
    QTRY_VERIFY_WITH_TIMEOUT(polls.size() >= 5, 30000); // 500 agents per poll: slow under the sanitizers
    m_controller->stop();
    const int answered = int(polls.size());
    QVERIFY(m_sim->requestCount(u"logged_in_agents"_s) >= answered);
    QVERIFY(m_sim->requestCount(u"logged_in_agents"_s) <= answered + 1); // one may be on its way
    QCOMPARE(m_sim->requestCount(u"agent_status"_s), 0);
    QVERIFY(m_sim->connectionsAccepted() <= 2); // kept alive
}

void TestSupervisorWithSimulator::agentsAppearAndDisappearAsTheyLogInAndOut()
{
    startFloor(20);
    const QString leaving = m_controller->model()->agents().at(3);
    SimAgent *agent = m_sim->agent(leaving);
    agent->loggedIn = false;
    m_sim->noteAgentChanged(leaving);
    QTRY_COMPARE(m_controller->model()->rowCount(), 19);
    QCOMPARE(m_controller->model()->rowOfAgent(leaving), -1);
    agent->loggedIn = true;
    m_sim->noteAgentChanged(leaving);
    QTRY_COMPARE(m_controller->model()->rowCount(), 20);
    QVERIFY(m_controller->model()->rowOfAgent(leaving) >= 0);
}

void TestSupervisorWithSimulator::selectionSurvivesUpdates()
{
    startFloor(50);
    const QString chosen = agentAtRow(17);
    m_controller->selectAgent(chosen);
    QCOMPARE(m_controller->view()->selectedAgent(), chosen);
    QSignalSpy polls(m_controller->poller(), &FloorPoller::floorUpdated);
    // Others log out and change state meanwhile.
    for (const QString &other : m_controller->model()->agents().mid(0, 5)) {
        if (other == chosen)
            continue;
        m_sim->agent(other)->loggedIn = false;
        m_sim->noteAgentChanged(other);
    }
    QTRY_VERIFY(polls.size() >= 4);
    QCOMPARE(m_controller->view()->selectedAgent(), chosen);
    const QModelIndexList selected = m_controller->view()->table()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data().toString(), chosen);
}

void TestSupervisorWithSimulator::actingOnARowSendsThatRowsAgent()
{
    startFloor(30);
    const QString target = agentInACall();
    QVERIFY2(!target.isEmpty(), "the floor scenario has an agent in a call");
    m_controller->selectAgent(target);
    AgentBar *bar = m_controller->view()->agentBar();
    auto *park = bar->findChild<QToolButton *>(u"parkButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(park->isEnabled(), 5000);
    m_sim->resetCounters();
    QTest::mouseClick(park, Qt::LeftButton);
    QTRY_COMPARE(m_sim->requestCount(u"park_call"_s), 1);
    QCOMPARE(m_sim->requestCount(u"park_call"_s, target), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->agent(target)->customer, CustomerLeg::Parked, 5000);
    // The table shows the command and the park.
    const int row = m_controller->model()->rowOfAgent(target);
    QTRY_VERIFY(m_controller->model()->index(row, FloorModel::LastCommandColumn).data().toString().contains(u"Park customer"_s));
    QTRY_VERIFY(m_controller->model()->parkedForMs(target).has_value());
}

void TestSupervisorWithSimulator::theContextMenuActsForTheRowsAgent()
{
    startFloor(30);
    const QString target = agentInACall();
    QVERIFY(!target.isEmpty());
    m_controller->selectAgent(target);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->view()->agentBar()->findChild<QToolButton *>(u"parkButton"_s)->isEnabled(), 5000);
    QTableView *table = m_controller->view()->table();
    const QModelIndex index = table->model()->index(proxyRowOf(target), 0);
    m_sim->resetCounters();
    Q_EMIT table->customContextMenuRequested(table->visualRect(index).center());
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = m_controller->view()->findChild<QMenu *>(u"agentContextMenu"_s)) != nullptr);
    QAction *park = menu->findChild<QAction *>(u"context_PARK_CUSTOMER"_s);
    QVERIFY(park->isEnabled());
    QVERIFY(!menu->findChild<QAction *>(u"context_GRAB_CUSTOMER"_s)->isEnabled());
    park->trigger();
    menu->close();
    QTRY_COMPARE(m_sim->requestCount(u"park_call"_s, target), 1);
    QCOMPARE(m_sim->requestCount(u"park_call"_s), 1);
}

void TestSupervisorWithSimulator::theOverdueAlertFiresOncePerParkedCall()
{
    startFloor(10, 100, 1);
    QSignalSpy alerts(m_controller, &SupervisorController::parkAlertRaised);
    QString target;
    for (const QString &user : m_controller->model()->agents()) {
        if (m_sim->agent(user)->customer == CustomerLeg::OnLine && m_sim->agent(user)->status == u"INCALL"_s) {
            target = user;
            break;
        }
    }
    QVERIFY(!target.isEmpty());
    QSignalSpy polls(m_controller->poller(), &FloorPoller::floorUpdated);
    m_sim->agent(target)->customer = CustomerLeg::Parked;
    m_sim->noteAgentChanged(target);
    QTRY_VERIFY_WITH_TIMEOUT(alerts.size() >= 1, 5000);
    const int pollsAtAlert = int(polls.size());
    QTRY_VERIFY(polls.size() >= pollsAtAlert + 5);
    int forTarget = 0;
    for (const QList<QVariant> &alert : std::as_const(alerts))
        forTarget += alert.at(1).toString() == target ? 1 : 0;
    QCOMPARE(forTarget, 1);
    QCOMPARE(alerts.first().at(0).value<ParkAlert>(), ParkAlert::Warning);
}

void TestSupervisorWithSimulator::aSlowFloorStretchesTheIntervalAndSaysSo()
{
    m_sim->setLoggedInAgentsServiceTimeUs(1000); // 1 ms per agent: 200 agents answer in 0.2 s
    startFloor(200, 500);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->poller()->isStretched(), 5000);
    QVERIFY(m_controller->poller()->currentIntervalMs() >= 3500); // 5% of the server's time at most
    auto *notice = m_controller->view()->findChild<QLabel *>(u"pollNotice"_s);
    QTRY_VERIFY(notice->isVisible());
    QVERIFY2(notice->text().startsWith(u"Updating every"_s), qPrintable(notice->text()));
    QVERIFY(notice->text().contains(u"narrow it"_s));
}

QString TestSupervisorWithSimulator::agentInACall() const
{
    for (const QString &user : m_controller->model()->agents()) {
        const SimAgent *agent = m_sim->agent(user);
        if (agent->customer == CustomerLeg::OnLine && agent->status == u"INCALL"_s && agent->campaign == u"TESTCAMP"_s)
            return user;
    }
    return {};
}

void TestSupervisorWithSimulator::actFromTheBar(const QString &agent, const char *button)
{
    m_controller->selectAgent(agent);
    auto *pressed = m_controller->view()->agentBar()->findChild<QToolButton *>(QString::fromLatin1(button));
    QVERIFY(pressed);
    QTRY_VERIFY_WITH_TIMEOUT(pressed->isEnabled(), 5000);
    QTest::mouseClick(pressed, Qt::LeftButton);
}

QString TestSupervisorWithSimulator::barTimerText() const
{
    const auto *timer = m_controller->view()->agentBar()->findChild<QLabel *>(u"parkTimerLabel"_s);
    return timer->isVisibleTo(m_controller->view()) ? timer->text() : QString();
}

QString TestSupervisorWithSimulator::barTimerAlert() const
{
    return m_controller->view()->agentBar()->findChild<QLabel *>(u"parkTimerLabel"_s)->property("alert").toString();
}

void TestSupervisorWithSimulator::theSelectedRowHasNoFeedOfItsOwn()
{
    m_clock = std::make_unique<ManualClock>();
    startFloor(30, fastSessionOptions(), m_clock.get());
    const QString target = agentInACall();
    QVERIFY2(!target.isEmpty(), "the floor scenario has an agent in a call");
    const int floorPollsBefore = m_sim->requestCount(u"logged_in_agents"_s);
    actFromTheBar(target, "parkButton");
    m_clock->advance(2000); // the floor sees the park two seconds after the click
    QTRY_COMPARE(m_sim->requestCount(u"park_call"_s, target), 1);

    // The bar's session is confirmed by the floor's polls alone.
    AgentSession *session = m_controller->selectedSession();
    QVERIFY(session);
    QCOMPARE(session->agent(), target);
    QTRY_VERIFY_WITH_TIMEOUT(!session->history().isEmpty()
                                 && session->history().last().confirmation == Confirmation::Confirmed, 5000);
    QVERIFY(m_sim->requestCount(u"logged_in_agents"_s) > floorPollsBefore + 1);
    QCOMPARE(m_sim->requestCount(u"agent_status"_s), 0);
    for (const SimRequestRecord &request : m_sim->recentRequests())
        QVERIFY2(request.function != u"agent_status"_s, "one feed: the floor's");

    // One park timer function: the row and the bar both count from the click.
    FloorModel *model = m_controller->model();
    QCOMPARE(model->parkedForMs(target), std::optional<qint64>(2000));
    QCOMPARE(session->parkedForMs(), std::optional<qint64>(2000));
    m_clock->advance(63000);
    QTRY_COMPARE(barTimerText(), u"Parked 1:05"_s);
    const int row = model->rowOfAgent(target);
    QCOMPARE(model->index(row, FloorModel::ParkTimerColumn).data().toString(), u"1:05"_s);
    QCOMPARE(model->parkedForMs(target), session->parkedForMs());
    QCOMPARE(m_sim->requestCount(u"agent_status"_s), 0);
}

void TestSupervisorWithSimulator::theParkAlertIsTheSameOnTheBarAndTheFloor_data()
{
    QTest::addColumn<QByteArray>("button");
    QTest::addColumn<int>("warnSeconds");
    QTest::addColumn<int>("criticalSeconds");
    QTest::addColumn<int>("parkedSeconds");
    QTest::addColumn<QString>("timer");
    QTest::addColumn<ParkAlert>("alert");

    QTest::newRow("on hold past the warning") << "parkButton"_ba << 60 << 1500 << 65 << u"1:05"_s << ParkAlert::Warning;
    // The customer comes back by itself when the IVR ends.
    QTest::newRow("in the park IVR: never") << "parkIvrButton"_ba << 60 << 1500 << 1800 << u"30:00"_s << ParkAlert::None;
    QTest::newRow("warning limit 0: no warning") << "parkButton"_ba << 0 << 1500 << 65 << u"1:05"_s << ParkAlert::None;
    QTest::newRow("warning limit 0: critical still") << "parkButton"_ba << 0 << 1500 << 1500 << u"25:00"_s
                                                     << ParkAlert::Critical;
    QTest::newRow("critical limit 0: warning only") << "parkButton"_ba << 60 << 0 << 1800 << u"30:00"_s
                                                    << ParkAlert::Warning;
}

void TestSupervisorWithSimulator::theParkAlertIsTheSameOnTheBarAndTheFloor()
{
    QFETCH(QByteArray, button);
    QFETCH(int, warnSeconds);
    QFETCH(int, criticalSeconds);
    QFETCH(int, parkedSeconds);
    QFETCH(QString, timer);
    QFETCH(ParkAlert, alert);

    m_clock = std::make_unique<ManualClock>();
    SessionOptions options = fastSessionOptions();
    options.parkWarnSeconds = warnSeconds;
    options.parkCriticalSeconds = criticalSeconds;
    startFloor(10, options, m_clock.get());
    const QString target = agentInACall();
    QVERIFY(!target.isEmpty());
    QSignalSpy floorAlerts(m_controller, &SupervisorController::parkAlertRaised);
    actFromTheBar(target, button.constData());
    AgentSession *session = m_controller->selectedSession();
    QVERIFY(session);
    QSignalSpy barAlerts(session, &AgentSession::parkAlertRaised);
    QTRY_VERIFY_WITH_TIMEOUT(!session->history().isEmpty()
                                 && session->history().last().confirmation == Confirmation::Confirmed, 5000);
    FloorModel *model = m_controller->model();
    const int row = model->rowOfAgent(target);
    if (button == "parkIvrButton") {
        QCOMPARE(session->legs().customer, CallLeg::InIvr);
        QCOMPARE(model->index(row, FloorModel::SubStatusColumn).data().toString(), u"PARK (IVR)"_s);
    }

    m_clock->advance(qint64(parkedSeconds) * 1000);
    // Each floor poll is where the row and the bar raise a due alert.
    QSignalSpy polls(m_controller->poller(), &FloorPoller::floorUpdated);
    QTRY_VERIFY(polls.size() >= 2);
    QTRY_COMPARE(barTimerText(), u"Parked "_s + timer);
    QCOMPARE(model->index(row, FloorModel::ParkTimerColumn).data().toString(), timer);
    QCOMPARE(model->parkedForMs(target), session->parkedForMs());

    const QString alertName = alert == ParkAlert::Critical ? u"critical"_s : alert == ParkAlert::Warning ? u"warning"_s : QString();
    QCOMPARE(model->index(row, 0).data(FloorModel::AlertRole).toInt(), int(alert));
    QCOMPARE(session->parkAlert(), alert);
    QCOMPARE(barTimerAlert(), alertName);
    const QList<ParkAlert> raised = alert == ParkAlert::None ? QList<ParkAlert>{} : QList<ParkAlert>{alert};
    QList<ParkAlert> onTheFloor;
    for (const QList<QVariant> &signal : std::as_const(floorAlerts)) {
        if (signal.at(1).toString() == target)
            onTheFloor.append(signal.at(0).value<ParkAlert>());
    }
    QList<ParkAlert> onTheBar;
    for (const QList<QVariant> &signal : std::as_const(barAlerts))
        onTheBar.append(signal.at(0).value<ParkAlert>());
    QCOMPARE(onTheFloor, raised);
    QCOMPARE(onTheBar, raised);
}

QTEST_MAIN(TestSupervisorWithSimulator)
#include "TestSupervisorWithSimulator.moc"
