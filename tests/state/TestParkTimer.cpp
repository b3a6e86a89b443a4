#include "state/ParkTimer.h"
#include "util/Clock.h"

#include <QTest>

Q_DECLARE_METATYPE(ParkAlert)

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

private:
    static constexpr int kWarn = 60;
    static constexpr int kCritical = 25 * 60;
};

void TestParkTimer::notParkedHasNoTime()
{
    ManualClock clock;
    ParkTimer timer;
    timer.observe(false, clock.monotonicMs());
    QVERIFY(!timer.isParked());
    QVERIFY(!timer.parkedForMs(clock.monotonicMs()).has_value());
    QCOMPARE(timer.level(clock.monotonicMs(), kWarn, kCritical), ParkAlert::None);
}

void TestParkTimer::countsFromTheFirstStateThatShowsPark()
{
    ManualClock clock;
    ParkTimer timer;
    clock.advance(5000);
    timer.observe(true, clock.monotonicMs());
    clock.advance(1000);
    timer.observe(true, clock.monotonicMs()); // later polls do not restart it
    clock.advance(2500);
    QCOMPARE(timer.parkedForMs(clock.monotonicMs()), std::optional<qint64>(3500));
    timer.observe(false, clock.monotonicMs());
    QVERIFY(!timer.parkedForMs(clock.monotonicMs()).has_value());
}

void TestParkTimer::ourOwnParkCountsFromItsSendTime()
{
    ManualClock clock;
    ParkTimer timer;
    const qint64 sentAt = clock.monotonicMs();
    clock.advance(800); // the screen acted, the poll saw it
    timer.observe(true, clock.monotonicMs());
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
    timer.observe(true, clock.monotonicMs());
    clock.advance(parkedMs);
    QTEST(timer.level(clock.monotonicMs(), kWarn, kCritical), "level");
}

void TestParkTimer::eachLevelIsRaisedOncePerParkedCall()
{
    ManualClock clock;
    ParkTimer timer;
    timer.observe(true, clock.monotonicMs());
    QCOMPARE(timer.takeNewAlert(clock.monotonicMs(), kWarn, kCritical), ParkAlert::None);
    clock.advance(61000);
    QCOMPARE(timer.takeNewAlert(clock.monotonicMs(), kWarn, kCritical), ParkAlert::Warning);
    for (int poll = 0; poll < 5; ++poll) {
        clock.advance(1000);
        timer.observe(true, clock.monotonicMs());
        QCOMPARE(timer.takeNewAlert(clock.monotonicMs(), kWarn, kCritical), ParkAlert::None);
    }
    clock.advance(25 * 60000);
    QCOMPARE(timer.takeNewAlert(clock.monotonicMs(), kWarn, kCritical), ParkAlert::Critical);
    clock.advance(1000);
    QCOMPARE(timer.takeNewAlert(clock.monotonicMs(), kWarn, kCritical), ParkAlert::None);
}

void TestParkTimer::aNewParkedCallRaisesAgain()
{
    ManualClock clock;
    ParkTimer timer;
    timer.observe(true, clock.monotonicMs());
    clock.advance(61000);
    QCOMPARE(timer.takeNewAlert(clock.monotonicMs(), kWarn, kCritical), ParkAlert::Warning);
    timer.observe(false, clock.monotonicMs()); // grabbed
    timer.observe(true, clock.monotonicMs());  // parked again
    QCOMPARE(timer.takeNewAlert(clock.monotonicMs(), kWarn, kCritical), ParkAlert::None);
    clock.advance(60000);
    QCOMPARE(timer.takeNewAlert(clock.monotonicMs(), kWarn, kCritical), ParkAlert::Warning);
}

void TestParkTimer::jumpingPastBothLimitsRaisesOnlyCritical()
{
    ManualClock clock;
    ParkTimer timer;
    timer.observe(true, clock.monotonicMs());
    clock.advance(26 * 60000); // e.g. the computer slept
    QCOMPARE(timer.takeNewAlert(clock.monotonicMs(), kWarn, kCritical), ParkAlert::Critical);
    QCOMPARE(timer.takeNewAlert(clock.monotonicMs(), kWarn, kCritical), ParkAlert::None);
}

void TestParkTimer::aLimitOfZeroIsOff()
{
    ManualClock clock;
    ParkTimer timer;
    timer.observe(true, clock.monotonicMs());
    clock.advance(10 * 60000);
    QCOMPARE(timer.level(clock.monotonicMs(), 0, kCritical), ParkAlert::None);
    QCOMPARE(timer.level(clock.monotonicMs(), kWarn, 0), ParkAlert::Warning);
}

QTEST_GUILESS_MAIN(TestParkTimer)
#include "TestParkTimer.moc"
