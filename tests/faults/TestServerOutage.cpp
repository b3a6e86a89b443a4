#include "FaultRig.h"

#include "util/Clock.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;

// The server's host is down or goes away: the session says so in words, sends
// no command by itself, never repeats one, and comes back on the first poll
// after the server does.
class TestServerOutage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aServerDownAtStartShowsOfflineAndSendsNoCommand();
    void aServerLostDuringACallComesBackWithoutRepeatingTheCommand();
    void aCommandCutOffByTheOutageIsNotResentAndIsConfirmedLater();

private:
    // Brings the proxy back and checks the session is live by the first poll after that.
    void bringBackAndExpectRecoveryWithinOneInterval();

    std::unique_ptr<FaultRig> m_rig;
};

void TestServerOutage::init()
{
    m_rig = std::make_unique<FaultRig>();
    QVERIFY(m_rig->start(true));
}

void TestServerOutage::cleanup()
{
    m_rig.reset();
}

void TestServerOutage::bringBackAndExpectRecoveryWithinOneInterval()
{
    StatePoller *poller = statePollerOf(m_rig->session.get());
    const int pollsBefore = poller->pollsSent();
    QVERIFY(m_rig->proxy->up());
    QElapsedTimer sinceReturn;
    sinceReturn.start();
    // The next poll is already scheduled (at most one back-off away); the one after it must not be needed.
    QTRY_COMPARE_WITH_TIMEOUT(m_rig->kind(), ConnectionState::Kind::Connected, 5000);
    QVERIFY2(poller->pollsSent() - pollsBefore <= 2,
             qPrintable(u"%1 polls after the return"_s.arg(poller->pollsSent() - pollsBefore)));
    QVERIFY2(sinceReturn.elapsed() <= fastSessionOptions().maxBackoffMs + FaultRig::kTimeoutMs + 2000,
             qPrintable(QString::number(sinceReturn.elapsed())));
    QCOMPARE(m_rig->session->feed(), FeedState::Live);
    QVERIFY(m_rig->detail().isEmpty());
}

void TestServerOutage::aServerDownAtStartShowsOfflineAndSendsNoCommand()
{
    m_rig->proxy->down();
    m_rig->session->start();
    QTRY_COMPARE(m_rig->kind(), ConnectionState::Kind::Offline);
    QVERIFY2(m_rig->detail().startsWith(u"Cannot reach the server: "_s), qPrintable(m_rig->detail()));
    QVERIFY(m_rig->detail().contains(u"refused"_s, Qt::CaseInsensitive));
    QVERIFY(m_rig->session->connection().nextRetryMs > 0);
    for (ParkAction action : kAllParkActions) {
        QVERIFY(!m_rig->state(action).enabled);
        QCOMPARE(m_rig->state(action).reason, u"Offline: the server cannot be reached"_s);
    }
    QVERIFY(!m_rig->session->request(ParkAction::ParkCustomer));
    QCOMPARE(m_rig->refused->last().at(1).toString(), u"Offline: the server cannot be reached"_s);
    QTRY_VERIFY(statePollerOf(m_rig->session.get())->consecutiveFailures() >= 3); // backing off, not giving up
    QCOMPARE(m_rig->sim.requestCount(), 0);

    bringBackAndExpectRecoveryWithinOneInterval();
    QVERIFY(m_rig->state(ParkAction::ParkCustomer).enabled);
    QCOMPARE(m_rig->parkCalls(), 0); // the refused click was not kept for later
}

void TestServerOutage::aServerLostDuringACallComesBackWithoutRepeatingTheCommand()
{
    m_rig->session->start();
    QTRY_VERIFY(m_rig->state(ParkAction::ParkCustomer).enabled);
    QVERIFY(m_rig->session->request(ParkAction::ParkCustomer));
    QTRY_COMPARE(m_rig->settled->size(), 1);
    QCOMPARE(m_rig->lastSettled().confirmation, Confirmation::Confirmed);
    QCOMPARE(FaultRig::line(m_rig->lastSettled()).left(19), u"Park customer: done"_s);

    m_rig->proxy->down();
    QTRY_COMPARE(m_rig->kind(), ConnectionState::Kind::Offline);
    QVERIFY2(m_rig->detail().startsWith(u"Cannot reach the server: "_s), qPrintable(m_rig->detail()));
    QCOMPARE(m_rig->state(ParkAction::GrabCustomer).reason, u"Offline: the server cannot be reached"_s);
    QVERIFY(m_rig->session->parkedForMs().has_value()); // the caller is still parked: the timer keeps counting
    QVERIFY(!m_rig->session->request(ParkAction::GrabCustomer));
    QTRY_VERIFY(statePollerOf(m_rig->session.get())->consecutiveFailures() >= 3);
    QCOMPARE(m_rig->parkCalls(), 1);

    bringBackAndExpectRecoveryWithinOneInterval();
    QVERIFY(m_rig->session->snapshot()->isParked());
    QVERIFY(m_rig->state(ParkAction::GrabCustomer).enabled);
    QCOMPARE(m_rig->parkCalls(), 1);

    QVERIFY(m_rig->session->request(ParkAction::GrabCustomer));
    QTRY_COMPARE(m_rig->settled->size(), 2);
    QCOMPARE(m_rig->lastSettled().confirmation, Confirmation::Confirmed);
    QCOMPARE(m_rig->parkCalls(), 2);
    QCOMPARE(m_rig->sim.requestCount(u"park_call"_s, u"1000"_s), 2);
}

void TestServerOutage::aCommandCutOffByTheOutageIsNotResentAndIsConfirmedLater()
{
    m_rig->session->start();
    QTRY_VERIFY(m_rig->state(ParkAction::ParkCustomer).enabled);
    // The server stores the command, then the host goes down before the answer is out.
    m_rig->sim.setLatencyMs(400, u"park_call"_s);
    QObject::connect(&m_rig->sim, &VicidialSimulator::requestServed, m_rig->session.get(), [this](const SimRequestRecord &record) {
        if (record.function == QLatin1String("park_call"))
            m_rig->proxy->down();
    });
    QVERIFY(m_rig->session->request(ParkAction::ParkCustomer));
    QTRY_COMPARE(m_rig->finished->size(), 1);
    const CommandRecord cut = m_rig->lastFinished();
    QVERIFY(cut.finished);
    QCOMPARE(cut.result.answer.kind, ResultKind::ConnectionFailed);
    QCOMPARE(cut.confirmation, Confirmation::Waiting);
    QVERIFY2(FaultRig::line(cut).startsWith(u"Park customer: no clear answer (Cannot reach the server: "_s), qPrintable(FaultRig::line(cut)));
    QVERIFY(FaultRig::line(cut).endsWith(u"It may or may not have been done: watch the state."_s));
    QVERIFY(!m_rig->state(ParkAction::GrabCustomer).enabled); // nothing else while it is unclear

    m_rig->sim.setLatencyMs(0, u"park_call"_s);
    bringBackAndExpectRecoveryWithinOneInterval();
    QTRY_COMPARE(m_rig->settled->size(), 1);
    QCOMPARE(m_rig->lastSettled().confirmation, Confirmation::Confirmed);
    QCOMPARE(m_rig->lastSettled().confirmationText, u"The server shows the customer parked."_s);
    // The bar no longer tells the person to watch: the state showed it.
    QCOMPARE(FaultRig::line(m_rig->lastSettled()), u"Park customer: done. The server's answer was lost, but the agent's state shows it."_s);
    QCOMPARE(m_rig->parkCalls(), 1); // not sent again, by Qt or by us
}

QTEST_GUILESS_MAIN(TestServerOutage)
#include "TestServerOutage.moc"
