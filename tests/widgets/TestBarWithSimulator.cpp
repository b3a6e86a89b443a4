#include "SimulatorHarness.h"
#include "bar/AgentBar.h"
#include "bar/ParkToolbar.h"
#include "demo/VicidialSimulator.h"
#include "services/StatePoller.h"
#include "session/AgentSession.h"
#include "util/Clock.h"
#include "vicidial/WireClient.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

// The bar against the simulator over real HTTP, as an agent would use it:
// click, the simulated agent screen acts, the next poll shows it.
class TestBarWithSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void parkThenTheScreenActsAndGrabTurnsOnWithTheTimer();
    void grabBringsTheCustomerBack();
    void aClosedScreenIsReportedAsNotCarriedOut();
    void aWrongPasswordSendsOneFailingRequestAndStopsPolling();
    void anOldBuildDisablesSwapWithTheBuildInTheReason();
    void anAgentWithoutLeadHasEverythingOffAndSaysWhy();

private:
    void startBar(const QString &agent, const QString &password = u"1234"_s);
    QToolButton *button(const char *name) const { return m_bar->findChild<QToolButton *>(QString::fromLatin1(name)); }
    QString feedback() const { return m_bar->findChild<QLabel *>(u"commandFeedback"_s)->text(); }

    std::unique_ptr<SimulatorHarness> m_harness;
    VicidialSimulator *m_sim = nullptr;
    AgentSession *m_session = nullptr;
    AgentBar *m_bar = nullptr;
};

void TestBarWithSimulator::init()
{
    m_harness = std::make_unique<SimulatorHarness>();
    m_sim = &m_harness->sim();
    m_sim->setAgentScreenDelayMs(150);
    QVERIFY(m_harness->listen());
}

void TestBarWithSimulator::cleanup()
{
    delete m_bar;
    delete m_session;
    m_bar = nullptr;
    m_session = nullptr;
    m_harness.reset();
}

void TestBarWithSimulator::startBar(const QString &agent, const QString &password)
{
    m_harness->connect(password);
    m_session = m_harness->makeSession(agent);
    m_bar = new AgentBar;
    m_bar->toolbar()->setConfirmHangup(false);
    m_bar->setSession(m_session);
    m_bar->show();
    m_session->start();
}

void TestBarWithSimulator::parkThenTheScreenActsAndGrabTurnsOnWithTheTimer()
{
    startBar(u"1000"_s);
    QTRY_VERIFY(button("parkButton")->isEnabled());
    QVERIFY(!button("grabButton")->isEnabled());
    QCOMPARE(button("grabButton")->toolTip(), u"The customer is not parked"_s);

    QTest::mouseClick(button("parkButton"), Qt::LeftButton);
    QTRY_COMPARE(m_sim->requestCount(u"park_call"_s, u"1000"_s), 1);
    QVERIFY(!button("parkButton")->isEnabled()); // pending: no second click gets through
    QTRY_VERIFY_WITH_TIMEOUT(button("grabButton")->isEnabled(), 5000);
    QCOMPARE(m_sim->agent(u"1000"_s)->customer, CustomerLeg::Parked);
    auto *timer = m_bar->findChild<QLabel *>(u"parkTimerLabel"_s);
    QVERIFY(timer->isVisible());
    QVERIFY2(timer->text().startsWith(u"Parked 0:0"_s), qPrintable(timer->text()));
    QTRY_VERIFY2(feedback().contains(u"done, confirmed"_s), qPrintable(feedback()));
    QCOMPARE(m_session->history().last().confirmation, Confirmation::Confirmed);
}

void TestBarWithSimulator::grabBringsTheCustomerBack()
{
    startBar(u"1000"_s);
    QTRY_VERIFY(button("parkButton")->isEnabled());
    QTest::mouseClick(button("parkButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(button("grabButton")->isEnabled(), 5000);
    QTest::mouseClick(button("grabButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(button("parkButton")->isEnabled(), 5000);
    QCOMPARE(m_sim->agent(u"1000"_s)->customer, CustomerLeg::OnLine);
    QVERIFY(!m_bar->findChild<QLabel *>(u"parkTimerLabel"_s)->isVisible());
    QCOMPARE(m_sim->requestCount(u"park_call"_s, u"1000"_s), 2);
}

void TestBarWithSimulator::aClosedScreenIsReportedAsNotCarriedOut()
{
    m_sim->setAgentScreenClosed(u"1000"_s, true);
    startBar(u"1000"_s);
    QTRY_VERIFY(button("parkButton")->isEnabled());
    QTest::mouseClick(button("parkButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(feedback().contains(u"The agent's VICIdial screen has not acted on it. Is it open?"_s), 5000);
    QCOMPARE(m_session->history().last().confirmation, Confirmation::NotCarriedOut);
    QCOMPARE(m_sim->requestCount(u"park_call"_s), 1); // never re-sent by itself
    QVERIFY(button("parkButton")->isEnabled());       // the person decides what to do next
}

void TestBarWithSimulator::aWrongPasswordSendsOneFailingRequestAndStopsPolling()
{
    startBar(u"1000"_s, u"wrongpass"_s);
    QTRY_COMPARE(m_session->connection().kind, ConnectionState::Kind::SignedOut);
    QCOMPARE(m_sim->requestCount(u"agent_status"_s), 1);
    // Nothing is scheduled: no poll is on its way or waiting for its time.
    const StatePoller *poller = statePollerOf(m_session);
    QVERIFY(poller->isStoppedByServer());
    QVERIFY(!poller->isInFlight());
    QCOMPARE(poller->nextPollAtMs(), qint64(0));
    // Another desk on the same server, polling at the same intervals: by its
    // fifth poll this desk would have polled again several times.
    WireClient otherDesk(m_sim->clientConfig());
    StatePoller other(&otherDesk, u"1001"_s, fastSessionOptions(), Clock::system());
    other.start();
    QTRY_VERIFY(m_sim->requestCount(u"agent_status"_s, u"1001"_s) >= 5);
    QCOMPARE(m_sim->requestCount(u"agent_status"_s, u"1000"_s), 1);
    QCOMPARE(m_sim->requestCount(u"park_call"_s), 0);
    QVERIFY(!button("parkButton")->isEnabled());
    QVERIFY2(button("parkButton")->toolTip().startsWith(u"Signed out"_s), qPrintable(button("parkButton")->toolTip()));
    QVERIFY(!button("parkButton")->toolTip().contains(u"wrongpass"_s));
    // A shortcut for an off action sends nothing either.
    m_bar->toolbar()->requestAction(ParkAction::ParkCustomer);
    QCOMPARE(m_sim->requestCount(u"park_call"_s), 0);
    QVERIFY2(feedback().startsWith(u"Not available (Park customer): "_s), qPrintable(feedback()));
}

void TestBarWithSimulator::anOldBuildDisablesSwapWithTheBuildInTheReason()
{
    m_sim->setBuilds({240429, 2220}, {240429, 1000});
    startBar(u"1000"_s);
    QTRY_VERIFY(button("parkButton")->isEnabled());
    QTest::mouseClick(button("parkButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(button("grabButton")->isEnabled(), 5000);
    QVERIFY(!button("swapButton")->isEnabled());
    QVERIFY(!button("hangupXferGrabButton")->isEnabled());
    QVERIFY2(button("swapButton")->toolTip().contains(u"240429"_s), qPrintable(button("swapButton")->toolTip()));
    QVERIFY2(button("swapButton")->toolTip().contains(u"older than"_s), qPrintable(button("swapButton")->toolTip()));
}

void TestBarWithSimulator::anAgentWithoutLeadHasEverythingOffAndSaysWhy()
{
    startBar(u"1001"_s);
    QTRY_COMPARE(m_session->feed(), FeedState::Live);
    for (const char *name : {"parkButton", "grabButton", "parkIvrButton", "swapButton", "hangupXferGrabButton"}) {
        QVERIFY(!button(name)->isEnabled());
        QCOMPARE(button(name)->toolTip(), u"No lead on the agent's screen"_s);
    }
}

QTEST_MAIN(TestBarWithSimulator)
#include "TestBarWithSimulator.moc"
