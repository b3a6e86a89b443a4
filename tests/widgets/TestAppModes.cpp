#include "bar/AgentBar.h"
#include "bar/HistoryView.h"
#include "bar/ParkToolbar.h"
#include "demo/VicidialSimulator.h"
#include "floorview/SupervisorView.h"
#include "hotkeys/GlobalHotkeyManager.h"
#include "hotkeys/HotkeyTarget.h"
#include "shell/AppController.h"
#include "shell/DemoEnvironment.h"
#include "shell/SupervisorController.h"
#include "supervisor/FloorModel.h"
#include "supervisor/FloorPoller.h"
#include "util/Clock.h"
#include "window/MainWindow.h"
#include "window/TrayIcon.h"

#include <QAction>
#include <QDialog>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;

// The window as a person uses it, switching between the agent's bar and
// the supervisor's floor: one session acts at a time, keys and the history
// follow the view on screen, and all time comes from the injected clock.
// The demo against a fixed floor: agents 1000 (the bar's) and 1003 in calls.
class TestAppModes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void onlyTheViewOnScreenPolls();
    void hotkeysAndShortcutsGoToTheBarOnScreen();
    void theHistoryWindowShowsTheActingSessionsCommands();
    void theInjectedClockTimesParksOnTheBarAndTheFloor();

private:
    void toggleSupervisorMode();
    void selectRow(const QString &agent);
    AgentBar *ownBar() const { return m_app->window()->agentBar(); }
    AgentBar *floorBar() const { return m_app->supervisor()->view()->agentBar(); }
    static QToolButton *parkButton(AgentBar *bar) { return bar->toolbar()->primaryButton(ParkToolbar::Primary::Park); }

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<AppController> m_app;
    VicidialSimulator *m_sim = nullptr;
};

void TestAppModes::init()
{
    m_clock = std::make_unique<ManualClock>();
    LaunchOptions options;
    options.demo = true;
    m_app = std::make_unique<AppController>(options, m_clock.get());
    QVERIFY2(m_app->start(), qPrintable(m_app->error()));
    m_sim = m_app->demo()->simulator();
    m_sim->setScenario(SimScenario::Static); // before the first request: no timeline moves the agents
    QVERIFY(QTest::qWaitForWindowExposed(m_app->window()));
    QTRY_VERIFY_WITH_TIMEOUT(parkButton(ownBar())->isEnabled(), 5000);
}

void TestAppModes::cleanup()
{
    m_app.reset();
    m_clock.reset();
}

void TestAppModes::toggleSupervisorMode()
{
    const bool wasSupervisor = m_app->window()->isShowingSupervisorView();
    m_app->window()->findChild<QAction *>(u"supervisorAction"_s)->trigger();
    QCOMPARE(m_app->window()->isShowingSupervisorView(), !wasSupervisor);
    if (!wasSupervisor) {
        FloorPollPolicy fast;
        fast.baseIntervalMs = 200;
        m_app->supervisor()->poller()->setPolicy(fast);
        QTRY_VERIFY_WITH_TIMEOUT(m_app->supervisor()->model()->rowOfAgent(u"1003"_s) >= 0, 5000);
    }
}

void TestAppModes::selectRow(const QString &agent)
{
    QTableView *table = m_app->supervisor()->view()->table();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, FloorModel::AgentColumn);
        if (index.data().toString() == agent) {
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
            QCOMPARE(m_app->supervisor()->view()->selectedAgent(), agent);
            return;
        }
    }
    QFAIL(qPrintable(u"no row for agent "_s + agent));
}

void TestAppModes::onlyTheViewOnScreenPolls()
{
    AgentSession *own = m_app->session();
    toggleSupervisorMode();
    QSignalSpy floorPolls(m_app->supervisor()->poller(), &FloorPoller::floorUpdated);
    QTRY_VERIFY(floorPolls.size() >= 1); // whatever the bar had on its way has arrived by now
    m_sim->resetCounters();
    selectRow(u"1003"_s);
    QTRY_VERIFY_WITH_TIMEOUT(parkButton(floorBar())->isEnabled(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(floorPolls.size() >= 12, 10000); // a few of the bar's poll intervals
    // The floor's one poll feeds the table and the selected row's bar alike.
    QCOMPARE(m_sim->requestCount(u"agent_status"_s), 0);
    QVERIFY(m_sim->requestCount(u"logged_in_agents"_s) >= 3);

    toggleSupervisorMode();
    QCOMPARE(m_app->session(), own); // the bar's session was kept, not made again
    // Its first poll since: whatever the floor had on its way arrived before it.
    QTRY_VERIFY_WITH_TIMEOUT(m_sim->requestCount(u"agent_status"_s, u"1000"_s) >= 1, 5000);
    m_sim->resetCounters();
    QTRY_VERIFY_WITH_TIMEOUT(m_sim->requestCount(u"agent_status"_s, u"1000"_s) >= 2, 5000);
    QCOMPARE(m_sim->requestCount(u"logged_in_agents"_s), 0);
    QCOMPARE(m_sim->requestCount(u"agent_status"_s), m_sim->requestCount(u"agent_status"_s, u"1000"_s));
}

void TestAppModes::hotkeysAndShortcutsGoToTheBarOnScreen()
{
    auto *hotkeys = m_app->findChild<GlobalHotkeyManager *>();
    QVERIFY(hotkeys);
    m_app->window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_app->window()));

    toggleSupervisorMode();
    m_sim->resetCounters();
    // No row selected: the hotkey acts for nobody (the bar on screen says so).
    Q_EMIT hotkeys->triggered(HotkeyTarget::ParkCustomer);
    selectRow(u"1003"_s);
    QTRY_VERIFY_WITH_TIMEOUT(parkButton(floorBar())->isEnabled(), 5000);
    Q_EMIT hotkeys->triggered(HotkeyTarget::ParkCustomer);
    QTRY_COMPARE(m_sim->requestCount(u"park_call"_s, u"1003"_s), 1);
    QCOMPARE(m_sim->requestCount(u"park_call"_s), 1);
    for (const QAction *shortcut : ownBar()->toolbar()->shortcutActions())
        QVERIFY2(!shortcut->isEnabled(), qPrintable(shortcut->objectName()));

    toggleSupervisorMode();
    m_sim->resetCounters();
    QTest::keyClick(m_app->window(), Qt::Key_1, Qt::ControlModifier); // Park, by default
    QTRY_COMPARE(m_sim->requestCount(u"park_call"_s, u"1000"_s), 1);
    QCOMPARE(m_sim->requestCount(u"park_call"_s), 1);
    for (const QAction *shortcut : floorBar()->toolbar()->shortcutActions())
        QVERIFY2(!shortcut->isEnabled(), qPrintable(shortcut->objectName()));
}

void TestAppModes::theHistoryWindowShowsTheActingSessionsCommands()
{
    m_app->window()->findChild<QAction *>(u"historyAction"_s)->trigger();
    auto *history = m_app->window()->findChild<QDialog *>(u"historyWindow"_s);
    QVERIFY(history && history->isVisible());
    auto *view = history->findChild<HistoryView *>();
    QCOMPARE(view->count(), 0);
    QTest::mouseClick(parkButton(ownBar()), Qt::LeftButton);
    QTRY_COMPARE(view->count(), 1);
    QVERIFY2(view->item(0)->text().contains(u"agent 1000"_s), qPrintable(view->item(0)->text()));

    toggleSupervisorMode();
    QCOMPARE(view->count(), 0); // nobody selected: nobody acts
    selectRow(u"1003"_s);
    QTRY_VERIFY_WITH_TIMEOUT(parkButton(floorBar())->isEnabled(), 5000);
    QTest::mouseClick(parkButton(floorBar()), Qt::LeftButton);
    QTRY_COMPARE(view->count(), 1);
    QVERIFY2(view->item(0)->text().contains(u"agent 1003"_s), qPrintable(view->item(0)->text()));

    toggleSupervisorMode();
    QCOMPARE(view->count(), 1);
    QVERIFY2(view->item(0)->text().contains(u"agent 1000"_s), qPrintable(view->item(0)->text()));
}

void TestAppModes::theInjectedClockTimesParksOnTheBarAndTheFloor()
{
    AgentSession *own = m_app->session();
    m_sim->agent(u"1000"_s)->customer = CustomerLeg::Parked;
    m_sim->noteAgentChanged(u"1000"_s);
    QTRY_COMPARE_WITH_TIMEOUT(own->parkedForMs().value_or(-1), 0, 5000); // the clock stands still
    m_clock->advance(61000);
    QCOMPARE(own->parkedForMs().value_or(-1), 61000);
    // Past the 60 s warning: the bar's timer alerts, and the tray says so.
    QTRY_COMPARE(m_app->tray()->lastAlertAgent(), u"1000"_s);

    toggleSupervisorMode();
    FloorModel *floor = m_app->supervisor()->model();
    QTRY_VERIFY(floor->parkedForMs(u"1000"_s).has_value());
    const qint64 onTheFloor = *floor->parkedForMs(u"1000"_s);
    m_clock->advance(5000);
    QCOMPARE(floor->parkedForMs(u"1000"_s).value_or(-1), onTheFloor + 5000);
}

QTEST_MAIN(TestAppModes)
#include "TestAppModes.moc"
