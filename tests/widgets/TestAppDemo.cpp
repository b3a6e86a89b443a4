#include "window/MainWindow.h"
#include "shell/AppController.h"
#include "shell/DemoEnvironment.h"
#include "shell/SupervisorController.h"
#include "bar/AgentBar.h"
#include "demo/VicidialSimulator.h"
#include "FixtureFiles.h"
#include "window/TrayIcon.h"
#include "preferences/SettingsDialog.h"
#include "supervisor/FloorModel.h"
#include "floorview/SupervisorView.h"
#include "util/Clock.h"
#include "vicidial/WireClient.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QLabel>
#include <QMenu>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

// `parkbar --demo`: the whole program against the built-in simulator,
// through the normal network code.
class TestAppDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theDemoSaysItIsADemoAndWorksOverHttp();
    void theDemoNeverTouchesTheRealSettingsOrAuditLog();
    void supervisorModeShowsTheWholeFloorWithOneRequestPerPoll();
    void theMenuSwitchesLayoutAndKeepsIt();
    void clickingAParkAlertShowsThatAgentsRow();
    void settingsFromTheMenuIncludeTheGlobalHotkeys();
};

void TestAppDemo::theDemoSaysItIsADemoAndWorksOverHttp()
{
    LaunchOptions options;
    options.demo = true;
    AppController app(options, Clock::system());
    QVERIFY2(app.start(), qPrintable(app.error()));
    auto *banner = app.window()->findChild<QLabel *>(u"demoBanner"_s);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().startsWith(u"Demo:"_s));
    QVERIFY(banner->text().contains(u"127.0.0.1"_s));
    QVERIFY(app.window()->windowTitle().contains(u"demo"_s));
    QVERIFY(app.wire()->config().baseUrl.toString().startsWith(u"http://127.0.0.1:"_s));
    QCOMPARE(app.session()->agent(), u"1000"_s);
    QTRY_COMPARE_WITH_TIMEOUT(app.session()->feed(), FeedState::Live, 5000);
    QVERIFY(app.demo()->simulator()->requestCount(u"agent_status"_s) >= 1);
    QVERIFY(app.demo()->simulator()->requestCount(u"version"_s) >= 1);
}

void TestAppDemo::theDemoNeverTouchesTheRealSettingsOrAuditLog()
{
    LaunchOptions options;
    options.demo = true;
    AppController app(options, Clock::system());
    QVERIFY(app.start());
    QVERIFY(app.demo()->settingsPaths().userFile.startsWith(QDir::tempPath()));
    QVERIFY(app.demo()->auditLogPath().startsWith(QDir::tempPath()));
    const QString realSettings = QSettings(QSettings::UserScope, u"ParkBar"_s, u"ParkBar"_s).fileName();
    QVERIFY2(!QFile::exists(realSettings), qPrintable(realSettings));
    QVERIFY(QFile::exists(app.demo()->settingsPaths().userFile));
}

void TestAppDemo::supervisorModeShowsTheWholeFloorWithOneRequestPerPoll()
{
    LaunchOptions options;
    options.demo = true;
    options.supervisor = true;
    AppController app(options, Clock::system());
    QVERIFY(app.start());
    QVERIFY(app.window()->isShowingSupervisorView());
    QTRY_VERIFY_WITH_TIMEOUT(app.supervisor()->model()->rowCount() >= 15, 10000);
    VicidialSimulator *sim = app.demo()->simulator();
    QCOMPARE(sim->requestCount(u"agent_status"_s), 0); // no row selected: the floor poll only
    QVERIFY(sim->requestCount(u"logged_in_agents"_s) >= 1);
}

void TestAppDemo::theMenuSwitchesLayoutAndKeepsIt()
{
    LaunchOptions options;
    options.demo = true;
    AppController app(options, Clock::system());
    QVERIFY(app.start());
    QAction *vertical = app.window()->findChild<QAction *>(u"verticalAction"_s);
    QVERIFY(vertical);
    vertical->trigger();
    auto *park = app.window()->findChild<QToolButton *>(u"parkButton"_s);
    auto *grab = app.window()->findChild<QToolButton *>(u"grabButton"_s);
    QApplication::processEvents();
    QVERIFY(grab->mapTo(app.window(), QPoint()).y() > park->mapTo(app.window(), QPoint()).y());
    QVERIFY(vertical->isChecked());
}

void TestAppDemo::clickingAParkAlertShowsThatAgentsRow()
{
    LaunchOptions options;
    options.demo = true;
    options.supervisor = true;
    AppController app(options, Clock::system());
    QVERIFY(app.start());
    QTRY_VERIFY_WITH_TIMEOUT(app.supervisor()->model()->rowCount() >= 15, 10000);
    const QString agent = app.supervisor()->model()->agents().at(7);
    app.tray()->notifyParkAlert(ParkAlert::Warning, agent, 61000);
    Q_EMIT app.tray()->messageClicked();
    QCOMPARE(app.supervisor()->view()->selectedAgent(), agent);
    QVERIFY(app.window()->isVisible());
}

void TestAppDemo::settingsFromTheMenuIncludeTheGlobalHotkeys()
{
    LaunchOptions options;
    options.demo = true;
    AppController app(options, Clock::system());
    QVERIFY(app.start());
    app.window()->findChild<QAction *>(u"settingsAction"_s)->trigger();
    SettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = app.window()->findChild<SettingsDialog *>()) != nullptr);
    QVERIFY(dialog->isVisible());
    dialog->showPage(SettingsDialog::Page::Keyboard);
    QVERIFY(dialog->findChild<QWidget *>(u"hotkeySection"_s));
    dialog->resize(900, 720);
    QVERIFY(dialog->grab().save(testOutputPath(u"settings-keyboard-with-hotkeys.png"_s)));
    dialog->reject();
}

QTEST_MAIN(TestAppDemo)
#include "TestAppDemo.moc"
