#include "state/ParkTimer.h"
#include "util/Clock.h"

#include <QTest>

Q_DECLARE_METATYPE(ParkAlert)
Q_DECLARE_METATYPE(std::optional<qint64>)

// The park timer and its alert levels, on a clock that moves only when told.
class TestParkTimer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notParkedHasNoTime();
    void countsFromTheFirstStateThatShowsPark();
    void ourOwnParkCountsFromItsSendTime();
    void levelsFollowTheLimits_data();
    void levelsFollowTheLimits();
    void eachLevelIsRaisedOncePerParkedCall();
    void aNewParkedCallRaisesAgain();
    void jumpingPastBothLimitsRaisesOnlyCritical();
    void aLimitOfZeroIsOff();
    void theParkIvrCountsButNeverAlerts();
    void aKnownParkTimeCountsFromThen();
    void alertFor_data();
    void alertFor();

private:
    static constexpr int kWarn = 60;
    static constexpr int kCritical = 25 * 60;
    static constexpr ParkLimits kLimits{kWarn, kCritical};
};

void TestParkTimer::notParkedHasNoTime()
{
    ManualClock clock;
    ParkTimer timer;
    timer.observe(CallLeg::OnLine, clock.monotonicMs());
    QVERIFY(!timer.isParked());
    QVERIFY(!timer.parkedForMs(clock.monotonicMs()).has_value());
    QCOMPARE(timer.level(clock.monotonicMs(), kLimits), ParkAlert::None);
}

void TestParkTimer::countsFromTheFirstStateThatShowsPark()
{
    ManualClock clock;
    ParkTimer timer;
    clock.advance(5000);
    timer.observe(CallLeg::Parked, clock.monotonicMs());
    clock.advance(1000);
    timer.observe(CallLeg::Parked, clock.monotonicMs()); // later polls do not restart it
    clock.advance(2500);
    QCOMPARE(timer.parkedForMs(clock.monotonicMs()), std::optional<qint64>(3500));
    timer.observe(CallLeg::OnLine, clock.monotonicMs());
    QVERIFY(!timer.parkedForMs(clock.monotonicMs()).has_value());
}

void TestParkTimer::ourOwnParkCountsFromItsSendTime()
{
    ManualClock clock;
    ParkTimer timer;
    const qint64 sentAt = clock.monotonicMs();
    clock.advance(800); // the screen acted, the poll saw it
    timer.observe(CallLeg::Parked, clock.monotonicMs());
    timer.startedByCommandAt(sentAt);
    QCOMPARE(timer.parkedForMs(clock.monotonicMs()), std::optional<qint64>(800));
}

void TestParkTimer::levelsFollowTheLimits_data()
{
    QTest::addColumn<qint64>("parkedMs");
    QTest::addColumn<ParkAlert>("level");
    QTest::newRow("just parked") << qint64(0) << ParkAlert::None;
    QTest::newRow("59.9 s") << qint64(59900) << ParkAlert::None;
    QTest::newRow("60 s") << qint64(60000) << ParkAlert::Warning;
    QTest::newRow("24 min") << qint64(24 * 60000) << ParkAlert::Warning;
    QTest::newRow("25 min") << qint64(25 * 60000) << ParkAlert::Critical;
    QTest::newRow("an hour") << qint64(60 * 60000) << ParkAlert::Critical;
}

void TestParkTimer::levelsFollowTheLimits()
{
    QFETCH(qint64, parkedMs);
    ManualClock clock;
    ParkTimer timer;
    timer.observe(CallLeg::Parked, clock.monotonicMs());
    clock.advance(parkedMs);
    QTEST(timer.level(clock.monotonicMs(), kLimits), "level");
}

void TestParkTimer::eachLevelIsRaisedOncePerParkedCall()
{
    ManualClock clock;
    ParkTimer timer;
    timer.observe(CallLeg::Parked, clock.monotonicMs());
    QCOMPARE(timer.takeNewAlert(clock.monotonicMs(), kLimits), ParkAlert::None);
    clock.advance(61000);
    QCOMPARE(timer.takeNewAlert(clock.monotonicMs(), kLimits), ParkAlert::Warning);
    for (int poll = 0; poll < 5; ++poll) {
        clock.advance(1000);
        timer.observe(CallLeg::Parked, clock.monotonicMs());
        QCOMPARE(timer.takeNewAlert(clock.monotonicMs(), kLimits), ParkAlert::None);
    }
    clock.advance(25 * 60000);
    QCOMPARE(timer.takeNewAlert(clock.monotonicMs(), kLimits), ParkAlert::Critical);
    clock.advance(1000);
    QCOMPARE(timer.takeNewAlert(clock.monotonicMs(), kLimits), ParkAlert::None);
}

void TestParkTimer::aNewParkedCallRaisesAgain()
{
    ManualClock clock;
    ParkTimer timer;
    timer.observe(CallLeg::Parked, clock.monotonicMs());
    clock.advance(61000);
    QCOMPARE(timer.takeNewAlert(clock.monotonicMs(), kLimits), ParkAlert::Warning);
    timer.observe(CallLeg::OnLine, clock.monotonicMs()); // grabbed
    timer.observe(CallLeg::Parked, clock.monotonicMs());  // parked again
    QCOMPARE(timer.takeNewAlert(clock.monotonicMs(), kLimits), ParkAlert::None);
    clock.advance(60000);
    QCOMPARE(timer.takeNewAlert(clock.monotonicMs(), kLimits), ParkAlert::Warning);
}

void TestParkTimer::jumpingPastBothLimitsRaisesOnlyCritical()
{
    ManualClock clock;
    ParkTimer timer;
    timer.observe(CallLeg::Parked, clock.monotonicMs());
    clock.advance(26 * 60000); // e.g. the computer slept
    QCOMPARE(timer.takeNewAlert(clock.monotonicMs(), kLimits), ParkAlert::Critical);
    QCOMPARE(timer.takeNewAlert(clock.monotonicMs(), kLimits), ParkAlert::None);
}

void TestParkTimer::aLimitOfZeroIsOff()
{
    ManualClock clock;
    ParkTimer timer;
    timer.observe(CallLeg::Parked, clock.monotonicMs());
    clock.advance(10 * 60000);
    QCOMPARE(timer.level(clock.monotonicMs(), ParkLimits{0, kCritical}), ParkAlert::None);
    QCOMPARE(timer.level(clock.monotonicMs(), ParkLimits{kWarn, 0}), ParkAlert::Warning);
}

void TestParkTimer::theParkIvrCountsButNeverAlerts()
{
    ManualClock clock;
    ParkTimer timer;
    timer.observe(CallLeg::InIvr, clock.monotonicMs());
    clock.advance(30 * 60000);
    QCOMPARE(timer.parkedForMs(clock.monotonicMs()), std::optional<qint64>(30 * 60000));
    QCOMPARE(timer.level(clock.monotonicMs(), kLimits), ParkAlert::None);
    QCOMPARE(timer.takeNewAlert(clock.monotonicMs(), kLimits), ParkAlert::None);
    // The same parked call, now known to be on hold: the time so far counts.
    timer.observe(CallLeg::Parked, clock.monotonicMs());
    QCOMPARE(timer.takeNewAlert(clock.monotonicMs(), kLimits), ParkAlert::Critical);
}

void TestParkTimer::aKnownParkTimeCountsFromThen()
{
    ManualClock clock;
    clock.advance(100000);
    ParkTimer timer;
    // A bar started after the park: the database says it began 70 s ago.
    timer.observe(CallLeg::Parked, clock.monotonicMs(), clock.monotonicMs() - 70000);
    QCOMPARE(timer.parkedForMs(clock.monotonicMs()), std::optional<qint64>(70000));
    QCOMPARE(timer.takeNewAlert(clock.monotonicMs(), kLimits), ParkAlert::Warning);
    // A start in the future (clock skew) is read as now.
    ParkTimer skewed;
    skewed.observe(CallLeg::Parked, clock.monotonicMs(), clock.monotonicMs() + 5000);
    QCOMPARE(skewed.parkedForMs(clock.monotonicMs()), std::optional<qint64>(0));
}

void TestParkTimer::alertFor_data()
{
    QTest::addColumn<std::optional<qint64>>("parkedForMs");
    QTest::addColumn<bool>("inIvr");
    QTest::addColumn<int>("warn");
    QTest::addColumn<int>("critical");
    QTest::addColumn<ParkAlert>("alert");
    using Ms = std::optional<qint64>;
    QTest::newRow("not parked") << Ms() << false << 60 << 1500 << ParkAlert::None;
    QTest::newRow("under the warning") << Ms(59999) << false << 60 << 1500 << ParkAlert::None;
    QTest::newRow("at the warning") << Ms(60000) << false << 60 << 1500 << ParkAlert::Warning;
    QTest::newRow("at critical") << Ms(1500000) << false << 60 << 1500 << ParkAlert::Critical;
    QTest::newRow("in the IVR, long") << Ms(1500000) << true << 60 << 1500 << ParkAlert::None;
    QTest::newRow("warning off") << Ms(600000) << false << 0 << 1500 << ParkAlert::None;
    QTest::newRow("critical off") << Ms(6000000) << false << 60 << 0 << ParkAlert::Warning;
    QTest::newRow("both off") << Ms(6000000) << false << 0 << -1 << ParkAlert::None;
}

void TestParkTimer::alertFor()
{
    QFETCH(std::optional<qint64>, parkedForMs);
    QFETCH(bool, inIvr);
    QFETCH(int, warn);
    QFETCH(int, critical);
    QTEST(parkAlertFor(parkedForMs, inIvr, ParkLimits{warn, critical}), "alert");
}

QTEST_GUILESS_MAIN(TestParkTimer)
#include "TestParkTimer.moc"
