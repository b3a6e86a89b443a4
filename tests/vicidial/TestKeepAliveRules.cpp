#include "vicidial/KeepAliveRules.h"

#include <QTest>

Q_DECLARE_METATYPE(ExchangeKind)

// How long an idle connection may wait for the next request of each kind:
// a command only briefly, a read up to what the server announced.
class TestKeepAliveRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idleLimits_data();
    void idleLimits();
    void theConnectionLivesAsLongAsTheLongestLimit();
};

void TestKeepAliveRules::idleLimits_data()
{
    QTest::addColumn<ExchangeKind>("kind");
    QTest::addColumn<qint64>("announcedMs");
    QTest::addColumn<qint64>("limitMs");
    QTest::newRow("command, nothing announced") << ExchangeKind::Command << qint64(-1) << qint64(2000);
    QTest::newRow("command, Apache's 5 s") << ExchangeKind::Command << qint64(5000) << qint64(2000);
    QTest::newRow("command, 1 s: half of it") << ExchangeKind::Command << qint64(1000) << qint64(500);
    QTest::newRow("command, 0: none") << ExchangeKind::Command << qint64(0) << qint64(0);
    QTest::newRow("read, nothing announced") << ExchangeKind::Read << qint64(-1) << qint64(15000);
    QTest::newRow("read, Apache's 5 s") << ExchangeKind::Read << qint64(5000) << qint64(5500);
    QTest::newRow("read, 1 s") << ExchangeKind::Read << qint64(1000) << qint64(1100);
    QTest::newRow("read, 60 s") << ExchangeKind::Read << qint64(60000) << qint64(66000);
    QTest::newRow("read, 0: none") << ExchangeKind::Read << qint64(0) << qint64(0);
}

void TestKeepAliveRules::idleLimits()
{
    QFETCH(ExchangeKind, kind);
    QFETCH(qint64, announcedMs);
    QFETCH(qint64, limitMs);
    QCOMPARE(KeepAliveRules::idleLimitMs(kind, announcedMs), limitMs);
}

void TestKeepAliveRules::theConnectionLivesAsLongAsTheLongestLimit()
{
    QCOMPARE(KeepAliveRules::idleLifetimeMs(-1), KeepAliveRules::kReadReuseDefaultMs);
    QCOMPARE(KeepAliveRules::idleLifetimeMs(5000), qint64(5500));
    QCOMPARE(KeepAliveRules::idleLifetimeMs(0), qint64(0));
}

QTEST_GUILESS_MAIN(TestKeepAliveRules)
#include "TestKeepAliveRules.moc"
