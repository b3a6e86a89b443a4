#include "state/FloorPollPolicy.h"

#include <QTest>

// The supervisor poller keeps ParkBar's share of the server under budget.
class TestFloorPollPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stretchesTheIntervalToStayWithinBudget_data();
    void stretchesTheIntervalToStayWithinBudget();
    void backsOffExponentiallyWithBoundedJitter();
};

void TestFloorPollPolicy::stretchesTheIntervalToStayWithinBudget_data()
{
    QTest::addColumn<double>("responseMs");
    QTest::addColumn<int>("intervalMs");
    QTest::addColumn<bool>("stretched");
    // Response times measured on real VICIdial PHP for 100, 500 and 2,000 agents.
    QTest::newRow("small floor, fast answer") << 45.0 << 2000 << false;
    QTest::newRow("500 agents") << 300.0 << 6000 << true;
    QTest::newRow("2,000 agents") << 2500.0 << 50000 << true;
    QTest::newRow("pathological") << 60000.0 << 120000 << true;
}

void TestFloorPollPolicy::stretchesTheIntervalToStayWithinBudget()
{
    QFETCH(double, responseMs);
    const FloorPollPolicy policy;
    const int interval = policy.intervalAfterAnswer(responseMs);
    QTEST(interval, "intervalMs");
    QTEST(policy.isStretched(interval), "stretched");
    if (interval < policy.maxIntervalMs)
        QVERIFY(responseMs / interval <= policy.serverBudget + 1e-9);
}

void TestFloorPollPolicy::backsOffExponentiallyWithBoundedJitter()
{
    const FloorPollPolicy policy;
    QCOMPARE(policy.intervalAfterFailure(1, 0.0), 2000);
    QCOMPARE(policy.intervalAfterFailure(2, 0.0), 4000);
    QCOMPARE(policy.intervalAfterFailure(3, 0.0), 8000);
    QCOMPARE(policy.intervalAfterFailure(10, 0.0), 30000);
    for (int failures = 1; failures < 12; ++failures) {
        for (double jitter : {-1.0, -0.5, 0.5, 1.0}) {
            const int interval = policy.intervalAfterFailure(failures, jitter);
            QVERIFY(interval >= policy.baseIntervalMs);
            QVERIFY(interval <= policy.maxBackoffMs);
        }
    }
    QVERIFY(policy.intervalAfterFailure(3, -1.0) < policy.intervalAfterFailure(3, 1.0));
}

QTEST_GUILESS_MAIN(TestFloorPollPolicy)
#include "TestFloorPollPolicy.moc"
