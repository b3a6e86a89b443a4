#include "state/PollSchedule.h"

#include <QTest>

Q_DECLARE_METATYPE(PollSituation::Agent)

// How long the poller waits: the pure policy, with jitter supplied by the test.
class TestPollSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void healthyIntervalFollowsTheAgent_data();
    void healthyIntervalFollowsTheAgent();
    void backoffDoublesUpToTheCap_data();
    void backoffDoublesUpToTheCap();
    void jitterStaysBetweenHalfAndFullCeiling_data();
    void jitterStaysBetweenHalfAndFullCeiling();
    void confirmingNeverSpeedsUpAFailingServer();
    void aLoggedOutAgentBacksOffFromTheSlowInterval();
    void manyFailuresNeitherOverflowNorPassTheCap();
    void zeroIntervalsDoNotSpin();
};

namespace {
PollSituation situation(PollSituation::Agent agent, bool confirming, int failures)
{
    PollSituation s;
    s.agent = agent;
    s.confirming = confirming;
    s.consecutiveFailures = failures;
    return s;
}
} // namespace

void TestPollSchedule::healthyIntervalFollowsTheAgent_data()
{
    QTest::addColumn<PollSituation::Agent>("agent");
    QTest::addColumn<bool>("confirming");
    QTest::addColumn<int>("delay");
    QTest::newRow("before the first answer") << PollSituation::Agent::Unknown << false << 1000;
    QTest::newRow("logged in") << PollSituation::Agent::LoggedIn << false << 1000;
    QTest::newRow("logged out") << PollSituation::Agent::LoggedOut << false << 5000;
    QTest::newRow("confirming") << PollSituation::Agent::LoggedIn << true << 250;
    QTest::newRow("confirming, logged out meanwhile") << PollSituation::Agent::LoggedOut << true << 250;
}

void TestPollSchedule::healthyIntervalFollowsTheAgent()
{
    QFETCH(PollSituation::Agent, agent);
    QFETCH(bool, confirming);
    // Jitter only spreads back-off; a healthy interval is exact.
    for (double jitter : {0.0, 0.5, 0.999})
        QTEST(nextPollDelayMs(situation(agent, confirming, 0), SessionOptions{}, jitter), "delay");
}

void TestPollSchedule::backoffDoublesUpToTheCap_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<int>("ceiling");
    QTest::newRow("1") << 1 << 1000;
    QTest::newRow("2") << 2 << 2000;
    QTest::newRow("3") << 3 << 4000;
    QTest::newRow("4") << 4 << 8000;
    QTest::newRow("5") << 5 << 16000;
    QTest::newRow("6: capped") << 6 << 30000;
    QTest::newRow("7: capped") << 7 << 30000;
}

void TestPollSchedule::backoffDoublesUpToTheCap()
{
    QFETCH(int, failures);
    QFETCH(int, ceiling);
    const PollSituation s = situation(PollSituation::Agent::LoggedIn, false, failures);
    QCOMPARE(backoffCeilingMs(s, SessionOptions{}), ceiling);
    QCOMPARE(nextPollDelayMs(s, SessionOptions{}, 1.0), ceiling);
    QCOMPARE(nextPollDelayMs(s, SessionOptions{}, 0.0), ceiling / 2);
}

void TestPollSchedule::jitterStaysBetweenHalfAndFullCeiling_data()
{
    QTest::addColumn<int>("failures");
    for (int failures : {1, 3, 6, 12})
        QTest::addRow("%d failures", failures) << failures;
}

void TestPollSchedule::jitterStaysBetweenHalfAndFullCeiling()
{
    QFETCH(int, failures);
    const SessionOptions options;
    const PollSituation s = situation(PollSituation::Agent::LoggedIn, false, failures);
    const int ceiling = backoffCeilingMs(s, options);
    int previous = -1;
    for (int step = 0; step < 100; ++step) {
        const double jitter = step / 100.0;
        const int delay = nextPollDelayMs(s, options, jitter);
        QVERIFY(delay >= ceiling / 2);
        QVERIFY(delay <= ceiling);
        QVERIFY(delay <= options.maxBackoffMs);
        QVERIFY(delay >= previous); // more jitter, later: the spread is real
        previous = delay;
    }
    QVERIFY(nextPollDelayMs(s, options, 0.99) > nextPollDelayMs(s, options, 0.0));
    // Out-of-range jitter is clamped, never past the cap.
    QCOMPARE(nextPollDelayMs(s, options, 7.0), ceiling);
    QCOMPARE(nextPollDelayMs(s, options, -3.0), ceiling / 2);
}

void TestPollSchedule::confirmingNeverSpeedsUpAFailingServer()
{
    const PollSituation s = situation(PollSituation::Agent::LoggedIn, true, 2);
    QCOMPARE(nextPollDelayMs(s, SessionOptions{}, 1.0), 2000);
}

void TestPollSchedule::aLoggedOutAgentBacksOffFromTheSlowInterval()
{
    QCOMPARE(nextPollDelayMs(situation(PollSituation::Agent::LoggedOut, false, 1), SessionOptions{}, 1.0), 5000);
    QCOMPARE(nextPollDelayMs(situation(PollSituation::Agent::LoggedOut, false, 3), SessionOptions{}, 1.0), 20000);
    QCOMPARE(nextPollDelayMs(situation(PollSituation::Agent::LoggedOut, false, 4), SessionOptions{}, 1.0), 30000);
}

void TestPollSchedule::manyFailuresNeitherOverflowNorPassTheCap()
{
    SessionOptions options;
    options.maxBackoffMs = 30000;
    for (int failures : {31, 32, 64, 1000, 1 << 30}) {
        const int delay = nextPollDelayMs(situation(PollSituation::Agent::LoggedIn, false, failures), options, 1.0);
        QCOMPARE(delay, 30000);
    }
}

void TestPollSchedule::zeroIntervalsDoNotSpin()
{
    SessionOptions options;
    options.confirmingPollMs = 0;
    options.loggedInPollMs = 0;
    options.loggedOutPollMs = -5;
    options.maxBackoffMs = 0;
    QVERIFY(nextPollDelayMs(situation(PollSituation::Agent::LoggedIn, true, 0), options, 0.5) >= 10);
    QVERIFY(nextPollDelayMs(situation(PollSituation::Agent::LoggedOut, false, 0), options, 0.5) >= 10);
    QVERIFY(nextPollDelayMs(situation(PollSituation::Agent::LoggedIn, false, 4), options, 0.0) >= 10);
}

QTEST_GUILESS_MAIN(TestPollSchedule)
#include "TestPollSchedule.moc"
