#include "FixtureFiles.h"
#include "window/MainWindow.h"
#include "SimulatorHarness.h"
#include "bar/AgentBar.h"
#include "demo/VicidialSimulator.h"
#include "settings/Translations.h"
#include "session/AgentSession.h"
#include "util/Clock.h"

#include <QApplication>
#include <QLabel>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace Qt::StringLiterals;

// The bar in its main states, as PNG files in the build tree (tests/output),
// for people to look at; and the bar in Spanish without clipped labels.
class TestBarScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void idleWithoutLead();
    void inCall();
    void parkedWithTimerPastTheLimit();
    void offline();
    void signedOut();
    void spanishLabelsAreNotClipped();

private:
    void startWindow(const QString &agent, const QString &password = u"1234"_s, Clock *clock = Clock::system());
    void save(const QString &name);
    QString stateText() const { return m_window->findChild<QLabel *>(u"stateLabel"_s)->text(); }
    QString connectionText() const { return m_window->findChild<QLabel *>(u"connectionLabel"_s)->text(); }

    std::unique_ptr<SimulatorHarness> m_harness;
    AgentSession *m_session = nullptr;
    MainWindow *m_window = nullptr;
};

void TestBarScreenshots::init()
{
    m_harness = std::make_unique<SimulatorHarness>();
    m_harness->sim().setScreenBuild(ServerBuild{240624, 0});
    QVERIFY(m_harness->listen());
}

void TestBarScreenshots::cleanup()
{
    delete m_window;
    delete m_session;
    m_window = nullptr;
    m_session = nullptr;
    m_harness.reset();
}

void TestBarScreenshots::startWindow(const QString &agent, const QString &password, Clock *clock)
{
    m_harness->connect(password);
    SessionOptions options = fastSessionOptions();
    options.maxBackoffMs = 8000; // "retrying in" stays readable in the picture
    m_session = m_harness->makeSession(agent, options, clock);
    m_window = new MainWindow;
    m_window->agentBar()->setSession(m_session);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_session->start();
}

void TestBarScreenshots::save(const QString &name)
{
    m_window->adjustSize();
    const QPixmap shot = m_window->grab();
    QVERIFY(!shot.isNull());
    // A second run at 200% scaling writes its pictures beside the first.
    const QString suffix = qEnvironmentVariable("PARKBAR_SCREENSHOT_SUFFIX");
    QVERIFY(shot.save(testOutputPath(u"bar-"_s + name + suffix + u".png"_s)));
}

void TestBarScreenshots::idleWithoutLead()
{
    startWindow(u"1001"_s);
    QTRY_COMPARE(m_session->feed(), FeedState::Live);
    QTRY_COMPARE(stateText(), u"Paused (LOGIN), no lead"_s);
    save(u"idle"_s);
}

void TestBarScreenshots::inCall()
{
    startWindow(u"1000"_s);
    QTRY_VERIFY(m_window->findChild<QToolButton *>(u"parkButton"_s)->isEnabled());
    QCOMPARE(stateText(), u"In call"_s);
    QCOMPARE(connectionText(), u"Connected"_s);
    save(u"in-call"_s);
}

void TestBarScreenshots::parkedWithTimerPastTheLimit()
{
    ManualClock clock;
    startWindow(u"1000"_s, u"1234"_s, &clock);
    QTRY_VERIFY(m_window->findChild<QToolButton *>(u"parkButton"_s)->isEnabled());
    QTest::mouseClick(m_window->findChild<QToolButton *>(u"parkButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<QToolButton *>(u"grabButton"_s)->isEnabled(), 5000);
    clock.advance(65 * 1000);
    auto *timer = m_window->findChild<QLabel *>(u"parkTimerLabel"_s);
    QTRY_COMPARE(timer->text(), u"Parked 1:05"_s);
    QCOMPARE(timer->property("alert").toString(), u"warning"_s);
    QCOMPARE(stateText(), u"In call, customer parked"_s);
    save(u"parked"_s);
    m_window->agentBar()->setSession(nullptr); // the clock dies first
    delete m_session;
    m_session = nullptr;
}

void TestBarScreenshots::offline()
{
    startWindow(u"1000"_s);
    QTRY_COMPARE(m_session->feed(), FeedState::Live);
    m_harness->destroyServer();
    QTRY_COMPARE_WITH_TIMEOUT(m_session->connection().kind, ConnectionState::Kind::Offline, 5000);
    QTRY_VERIFY(connectionText().startsWith(u"Offline, retrying"_s));
    QVERIFY(!m_window->findChild<QToolButton *>(u"parkButton"_s)->isEnabled());
    QCOMPARE(stateText(), u"Last known: In call"_s);
    save(u"offline"_s);
}

void TestBarScreenshots::signedOut()
{
    startWindow(u"1000"_s, u"wrongpass"_s);
    QTRY_COMPARE(m_session->connection().kind, ConnectionState::Kind::SignedOut);
    m_window->setSignedOutReason(m_session->connection().detail);
    QVERIFY(m_window->findChild<QWidget *>(u"signedOutBanner"_s)->isVisible());
    QVERIFY(!m_window->findChild<QLabel *>(u"signedOutText"_s)->text().contains(u"wrongpass"_s));
    save(u"signed-out"_s);
}

void TestBarScreenshots::spanishLabelsAreNotClipped()
{
    QCOMPARE(installTranslations(*qApp, u"es"_s), u"es"_s);
    startWindow(u"1000"_s);
    QTRY_VERIFY(m_window->findChild<QToolButton *>(u"parkButton"_s)->isEnabled());
    QCOMPARE(connectionText() == u"Connected"_s, false); // translated
    m_window->adjustSize();
    QApplication::processEvents();
    for (QToolButton *button : m_window->findChildren<QToolButton *>()) {
        if (!button->isVisible())
            continue;
        QVERIFY2(button->width() >= button->sizeHint().width(),
                 qPrintable(u"%1 is clipped: %2 < %3"_s.arg(button->text()).arg(button->width()).arg(button->sizeHint().width())));
    }
    for (QLabel *label : m_window->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->wordWrap())
            continue;
        QVERIFY2(label->width() >= label->sizeHint().width(),
                 qPrintable(u"%1 is clipped: %2 < %3"_s.arg(label->text()).arg(label->width()).arg(label->sizeHint().width())));
    }
    save(u"in-call-es"_s);
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

QTEST_MAIN(TestBarScreenshots)
#include "TestBarScreenshots.moc"
