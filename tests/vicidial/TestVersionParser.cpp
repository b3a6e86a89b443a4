#include "FixtureFiles.h"
#include "vicidial/ServerCapabilities.h"
#include "vicidial/VersionInfo.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ParkAction)

// The version answers, the build they carry, and which values that build knows.
class TestVersionParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheAgentApiVersion();
    void readsTheNonAgentApiVersion();
    void readsTheVersionAmongPhpWarnings();
    void rejectsWhatIsNotAVersion_data();
    void rejectsWhatIsNotAVersion();
    void buildsCompareByDateThenTime();
    void buildDecidesTheValues_data();
    void buildDecidesTheValues();
    void theNewestOfTheTwoApisStandsForTheInstall();
};

void TestVersionParser::readsTheAgentApiVersion()
{
    const auto info = parseVersionAnswer("VERSION: 2.14-81|BUILD: 240429-2220|DATE: 2026-06-28 10:00:00|EPOCH: 1782640800\n");
    QVERIFY(info.has_value());
    QCOMPARE(info->version, u"2.14-81"_s);
    QCOMPARE(info->build.date, 240429);
    QCOMPARE(info->build.time, 2220);
    QCOMPARE(info->build.toString(), u"240429-2220"_s);
    QCOMPARE(info->date, u"2026-06-28 10:00:00"_s);
    QCOMPARE(info->epoch, 1782640800);
}

void TestVersionParser::readsTheNonAgentApiVersion()
{
    const auto info = parseVersionAnswer(
        "VERSION: 2.14-194|BUILD: 241004-1518|DATE: 2026-06-28 10:00:00|EPOCH: 1782640800|DST: 0|TZ: -5.00|TZNOW: -5.00|\n");
    QVERIFY(info.has_value());
    QCOMPARE(info->build, (ServerBuild{241004, 1518}));
}

void TestVersionParser::readsTheVersionAmongPhpWarnings()
{
    const auto info = parseVersionAnswer(readTestData(u"fixtures/real-php8-warnings/version.txt"_s));
    QVERIFY(info.has_value());
    QCOMPARE(info->build, (ServerBuild{240429, 2220}));
}

void TestVersionParser::rejectsWhatIsNotAVersion_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("error") << QByteArray("ERROR: System API NOT ACTIVE\n");
    QTest::newRow("no build") << QByteArray("VERSION: 2.14-81|DATE: x\n");
    QTest::newRow("garbage build") << QByteArray("VERSION: 2.14-81|BUILD: soon|DATE: x\n");
    QTest::newRow("html") << QByteArray("<html><title>404</title></html>");
}

void TestVersionParser::rejectsWhatIsNotAVersion()
{
    QFETCH(QByteArray, body);
    QVERIFY(!parseVersionAnswer(body).has_value());
}

void TestVersionParser::buildsCompareByDateThenTime()
{
    QVERIFY((ServerBuild{240429, 2220}) < (ServerBuild{240624, 0}));
    QVERIFY((ServerBuild{240624, 1000}) > (ServerBuild{240624, 900}));
    QCOMPARE(ServerBuild::parse(u"100527"), (ServerBuild{100527, 0}));
    QVERIFY(!ServerBuild::parse(u"BUILD").has_value());
}

void TestVersionParser::buildDecidesTheValues_data()
{
    QTest::addColumn<int>("build");
    QTest::addColumn<ParkAction>("action");
    QTest::addColumn<bool>("supported");
    QTest::newRow("old server parks") << 100527 << ParkAction::ParkCustomer << true;
    QTest::newRow("old server grabs from IVR") << 100527 << ParkAction::GrabIvrCustomer << true;
    QTest::newRow("old server cannot park the third party") << 240428 << ParkAction::ParkXfer << false;
    QTest::newRow("240429 parks the third party") << 240429 << ParkAction::ParkXfer << true;
    QTest::newRow("240429 grabs the third party") << 240429 << ParkAction::GrabXfer << true;
    QTest::newRow("240429 cannot swap") << 240429 << ParkAction::SwapParkCustomer << false;
    QTest::newRow("240429 cannot swap back") << 240429 << ParkAction::SwapParkXfer << false;
    QTest::newRow("240429 cannot hang up and grab") << 240429 << ParkAction::HangupXferGrabCustomer << false;
    QTest::newRow("240624 swaps") << 240624 << ParkAction::SwapParkCustomer << true;
    QTest::newRow("240624 hangs up and grabs") << 240624 << ParkAction::HangupXferGrabCustomer << true;
}

void TestVersionParser::buildDecidesTheValues()
{
    QFETCH(int, build);
    QFETCH(ParkAction, action);
    ServerCapabilities capabilities;
    capabilities.agentApiBuild = ServerBuild{build, 0};
    QTEST(capabilities.supports(action), "supported");
}

void TestVersionParser::theNewestOfTheTwoApisStandsForTheInstall()
{
    ServerCapabilities capabilities;
    QVERIFY(capabilities.supports(ParkAction::SwapParkCustomer)); // unknown: not refused
    capabilities.agentApiBuild = ServerBuild{240429, 2220};
    QVERIFY(!capabilities.supports(ParkAction::SwapParkCustomer));
    capabilities.nonAgentApiBuild = ServerBuild{241004, 1518};
    QCOMPARE(*capabilities.newestBuild(), (ServerBuild{241004, 1518}));
    QVERIFY(capabilities.supports(ParkAction::SwapParkCustomer));

    ServerCapabilities overridden;
    overridden.agentApiBuild = ServerBuild{240429, 2220};
    overridden.screenSupportsSwapAndHangup = true;
    QVERIFY(overridden.supports(ParkAction::HangupXferGrabCustomer));
}

QTEST_GUILESS_MAIN(TestVersionParser)
#include "TestVersionParser.moc"
