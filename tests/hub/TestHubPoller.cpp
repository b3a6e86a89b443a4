#include "FakeFloorSource.h"
#include "HubAgents.h"
#include "hub/HubPoller.h"
#include "util/Clock.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace HubAgents;

// The hub's poller on a source the test answers by hand.
class TestHubPoller : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<FloorDiff>(); }
    void oneReadIsInFlightAtMost();
    void onlyAReadingThatChangedSomethingIsReported();
    void failuresBackOffAndMeanNoData();
    void theHubKeepsToItsServedCampaignsAndGroups();
    void theAdministratorsParkIvrModesFillAndWin();

private:
    struct Rig
    {
        explicit Rig(HubPollerOptions options = {}) : poller(&source, options, Clock::system())
        {
            source.setAutoAnswer(false);
            poller.setJitterSource([] { return 0.0; });
        }
        FakeFloorSource source;
        HubPoller poller;
    };
};

void TestHubPoller::oneReadIsInFlightAtMost()
{
    Rig rig;
    rig.poller.start();
    QCOMPARE(rig.source.reads(), 1);
    rig.poller.pollNow();
    rig.poller.pollNow();
    QCOMPARE(rig.source.reads(), 1);
    rig.source.answer();
    QTRY_COMPARE(rig.source.reads(), 2); // the asked-for read follows at once, not an interval later
}

void TestHubPoller::onlyAReadingThatChangedSomethingIsReported()
{
    Rig rig;
    QSignalSpy changes(&rig.poller, &HubPoller::floorChanged);
    QSignalSpy availability(&rig.poller, &HubPoller::dataAvailabilityChanged);
    rig.source.setFloor({inCall(u"1000"_s)});
    rig.poller.start();
    QVERIFY(!rig.poller.hasData());
    rig.source.answer();
    QVERIFY(rig.poller.hasData());
    QCOMPARE(availability.size(), 1); // the first reading is the whole floor, not a change
    QCOMPARE(changes.size(), 0);
    QCOMPARE(rig.poller.agentList().size(), 1);

    rig.poller.pollNow();
    rig.source.answer();
    QCOMPARE(changes.size(), 0);
    AgentSnapshot parked = inCall(u"1000"_s);
    parked.subStatus = u"PARK"_s;
    rig.source.setFloor({parked});
    rig.poller.pollNow();
    rig.source.answer();
    QCOMPARE(changes.size(), 1);
    const auto diff = changes.first().first().value<FloorDiff>();
    QCOMPARE(diff.changed.size(), 1);
    QCOMPARE(diff.sequence, rig.poller.sequence());
    QCOMPARE(diff.readAtMs, rig.poller.readAtMs());
    QCOMPARE(rig.poller.agents().value(u"1000"_s).subStatus, u"PARK"_s);

    rig.source.setCampaignIvrModes({{u"TESTCAMP"_s, ParkIvrMode::Enabled}});
    rig.poller.pollNow();
    rig.source.answer();
    QCOMPARE(changes.size(), 2);
    QVERIFY(changes.last().first().value<FloorDiff>().ivrModesChanged);
}

void TestHubPoller::failuresBackOffAndMeanNoData()
{
    HubPollerOptions options;
    options.intervalMs = 20;
    options.maxBackoffMs = 100;
    options.serverBudget = 1.0; // not about the budget: answers never stretch the interval
    Rig rig(options);
    QSignalSpy availability(&rig.poller, &HubPoller::dataAvailabilityChanged);
    rig.poller.start();
    rig.source.answer();
    QVERIFY(rig.poller.hasData());

    rig.source.setFailure(u"Can't connect to MySQL server on '10.0.0.5'"_s);
    QTest::ignoreMessage(QtWarningMsg, "the fake source failed: Can't connect to MySQL server on '10.0.0.5'"); // once, not per failure
    QList<int> intervals;
    for (int failure = 0; failure < 4; ++failure) {
        QTRY_VERIFY(rig.source.isReading());
        rig.source.answer();
        intervals.append(rig.poller.currentIntervalMs());
    }
    QCOMPARE(intervals, (QList<int>{20, 40, 80, 100}));
    QVERIFY(!rig.poller.hasData());
    QCOMPARE(rig.poller.noDataReason(), u"Can't connect to MySQL server on '10.0.0.5'"_s);
    QCOMPARE(availability.size(), 2);
    QCOMPARE(availability.last().at(0).toBool(), false);

    rig.source.setFailure({});
    QTRY_VERIFY(rig.source.isReading());
    rig.source.answer();
    QVERIFY(rig.poller.hasData());
    QCOMPARE(rig.poller.currentIntervalMs(), 20);
    QCOMPARE(availability.last().at(0).toBool(), true);
}

void TestHubPoller::theHubKeepsToItsServedCampaignsAndGroups()
{
    HubPollerOptions options;
    options.served = HubScope{{u"SALES"_s, u"TESTCAMP"_s}, {u"AGENTS"_s}};
    Rig rig(options);
    rig.source.setFloor({inCall(u"1000"_s, u"SALES"_s), inCall(u"1001"_s, u"NOIVR"_s), inCall(u"1002"_s, u"TESTCAMP"_s, u"SUPPORT"_s)});
    rig.source.setCampaignIvrModes({{u"SALES"_s, ParkIvrMode::EnabledParkOnly}, {u"NOIVR"_s, ParkIvrMode::Disabled}});
    rig.poller.start();
    rig.source.answer();
    QCOMPARE(rig.poller.agents().keys(), QStringList{u"1000"_s});
    QCOMPARE(rig.poller.campaignIvrModes(), (QHash<QString, ParkIvrMode>{{u"SALES"_s, ParkIvrMode::EnabledParkOnly}}));
}

void TestHubPoller::theAdministratorsParkIvrModesFillAndWin()
{
    HubPollerOptions options;
    options.served = HubScope{{u"SALES"_s, u"TESTCAMP"_s}, {}};
    options.configuredIvrModes = {{u"TESTCAMP"_s, ParkIvrMode::Enabled},
                                  {u"SALES"_s, ParkIvrMode::Disabled},
                                  {u"OTHER"_s, ParkIvrMode::Enabled}};
    Rig rig(options);
    rig.source.setFloor({inCall(u"1000"_s, u"SALES"_s), inCall(u"1002"_s, u"TESTCAMP"_s)});
    // The source (a database) says SALES parks into the IVR; the administrator said no.
    rig.source.setCampaignIvrModes({{u"SALES"_s, ParkIvrMode::EnabledParkOnly}});
    rig.poller.start();
    rig.source.answer();
    QCOMPARE(rig.poller.campaignIvrModes(),
             (QHash<QString, ParkIvrMode>{{u"SALES"_s, ParkIvrMode::Disabled}, {u"TESTCAMP"_s, ParkIvrMode::Enabled}}));
}

QTEST_GUILESS_MAIN(TestHubPoller)
#include "TestHubPoller.moc"
