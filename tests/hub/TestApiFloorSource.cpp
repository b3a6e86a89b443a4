#include "HubTestRig.h"
#include "WireCalls.h"
#include "SimulatorHarness.h"
#include "demo/VicidialSimulator.h"
#include "hub/ApiFloorSource.h"
#include "hub/HubClient.h"
#include "hub/HubPoller.h"
#include "hub/TokenFile.h"
#include "util/Clock.h"
#include "vicidial/WireClient.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// The hub's API source and its poller against the simulator: one
// logged_in_agents per reading, the supervisor's server budget, and no
// request at all after the API user was refused.
class TestApiFloorSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneRequestReadsTheWholeFloor();
    void theServedCampaignsGoToTheServer();
    void afterAnAuthenticationErrorNothingMoreIsSentUntilAReload();
    void aPasswordTheNonAgentApiWouldAlterIsNeverSent();
    void aSlowServerStretchesTheInterval();
    void aParkAtTheSimulatorReachesASubscribedBar();

private:
    static HubPollerOptions fast();
};

HubPollerOptions TestApiFloorSource::fast()
{
    HubPollerOptions options;
    options.intervalMs = 50;
    options.maxBackoffMs = 200;
    return options;
}

void TestApiFloorSource::oneRequestReadsTheWholeFloor()
{
    VicidialSimulator sim;
    sim.setScenario(SimScenario::Floor, 25);
    QVERIFY(sim.listen());
    ApiFloorSource source(sim.clientConfig(), {}, Clock::system());
    QCOMPARE(source.kind(), u"api"_s);
    QSignalSpy readings(&source, &FloorSource::readingReady);
    source.read();
    QVERIFY(source.isReading());
    source.read(); // one in flight at most
    QVERIFY(readings.wait(5000));
    const auto reading = readings.first().first().value<FloorReading>();
    QCOMPARE(reading.agents.size(), 25);
    QCOMPARE(reading.agents.first().user, u"10000"_s);
    QVERIFY(!reading.agents.first().fullName.isEmpty());
    QVERIFY(reading.sourceMicroseconds > 0);
    QVERIFY(qAbs(reading.readAtMs - QDateTime::currentMSecsSinceEpoch()) < 60000);
    QVERIFY(reading.campaignIvrModes.isEmpty()); // the API cannot tell
    QCOMPARE(sim.requestCount(u"logged_in_agents"_s), 1);
    QCOMPARE(sim.requestCount(), 1);
}

void TestApiFloorSource::theServedCampaignsGoToTheServer()
{
    VicidialSimulator sim;
    sim.setScenario(SimScenario::Floor, 30);
    QVERIFY(sim.listen());
    ApiFloorSource source(sim.clientConfig(), HubScope{{u"SALES"_s}, {u"AGENTS"_s}}, Clock::system());
    QSignalSpy readings(&source, &FloorSource::readingReady);
    source.read();
    QVERIFY(readings.wait(5000));
    const auto reading = readings.first().first().value<FloorReading>();
    QVERIFY(!reading.agents.isEmpty());
    for (const AgentSnapshot &agent : reading.agents) {
        QCOMPARE(agent.campaign, u"SALES"_s);
        QCOMPARE(agent.userGroup, u"AGENTS"_s);
    }
}

void TestApiFloorSource::afterAnAuthenticationErrorNothingMoreIsSentUntilAReload()
{
    VicidialSimulator sim;
    sim.setScenario(SimScenario::Floor, 10);
    QVERIFY(sim.listen());
    ServerConfig wrong = sim.clientConfig();
    wrong.password = u"wrongpass"_s;
    ApiFloorSource source(wrong, {}, Clock::system());
    HubPoller poller(&source, fast(), Clock::system());
    QSignalSpy failures(&poller, &HubPoller::readFailed);
    QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(u"VICIdial refused the API user"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"traffic stopped"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"the api source failed: logged_in_agents failed"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"the api source failed: Stopped after VICIdial refused"_s));
    poller.start();
    QTRY_VERIFY(failures.size() >= 4); // the poller keeps asking its source, with back-off...
    QCOMPARE(sim.requestCount(u"logged_in_agents"_s), 1); // ...and the source sends nothing
    QVERIFY(source.isStopped());
    QVERIFY(!poller.hasData());
    QVERIFY2(failures.last().first().toString().contains(u"restart or reload"_s), qPrintable(failures.last().first().toString()));
    QVERIFY(!failures.first().first().toString().contains(u"wrongpass"_s));

    source.reload(sim.clientConfig()); // a person fixed the password and reloaded
    QTRY_VERIFY(poller.hasData());
    QCOMPARE(poller.agents().size(), 10);
    QVERIFY(!source.isStopped());
}

void TestApiFloorSource::aPasswordTheNonAgentApiWouldAlterIsNeverSent()
{
    VicidialSimulator sim;
    QVERIFY(sim.listen());
    ServerConfig config = sim.clientConfig();
    config.password = u"Wr0ng&Pa55=%"_s;
    ApiFloorSource source(config, {}, Clock::system());
    QSignalSpy failures(&source, &FloorSource::readFailed);
    source.read();
    QVERIFY(failures.wait(5000));
    QVERIFY(failures.first().first().toString().contains(u"letters, digits"_s));
    QVERIFY(!failures.first().first().toString().contains(u"Wr0ng"_s));
    QCOMPARE(sim.requestCount(), 0);
}

void TestApiFloorSource::aSlowServerStretchesTheInterval()
{
    VicidialSimulator sim;
    sim.setScenario(SimScenario::Floor, 25);
    sim.setLoggedInAgentsServiceTimeUs(2000); // 50 ms for the floor: at 5% of the server, one read per second at most
    QVERIFY(sim.listen());
    ApiFloorSource source(sim.clientConfig(), {}, Clock::system());
    HubPollerOptions options = fast();
    options.intervalMs = 100;
    HubPoller poller(&source, options, Clock::system());
    QSignalSpy intervals(&poller, &HubPoller::intervalChanged);
    poller.start();
    QVERIFY(intervals.wait(5000));
    QVERIFY2(poller.currentIntervalMs() >= 1000, qPrintable(QString::number(poller.currentIntervalMs())));
    QVERIFY(poller.isStretched());
    QCOMPARE(sim.requestCount(u"logged_in_agents"_s), 1);
}

void TestApiFloorSource::aParkAtTheSimulatorReachesASubscribedBar()
{
    SimulatorHarness harness;
    harness.sim().setAgentScreenDelayMs(0);
    QVERIFY(harness.listen());
    harness.connect();
    ApiFloorSource source(harness.sim().clientConfig(), {}, Clock::system());
    HubPoller poller(&source, fast(), Clock::system());
    HubMetrics metrics;
    HubServer server(&poller, {}, &metrics, Clock::system());
    const QString token = TokenFile::newToken();
    server.setTokens({HubToken{u"desk-1"_s, HubRole::Bar, TokenFile::hashOf(token), {}, {}, {}}});
    QVERIFY(!server.start());
    poller.start();

    HubClientOptions options;
    options.url = server.url();
    options.token = token;
    HubClient bar(options);
    bar.subscribeAgents({u"1000"_s});
    bar.start();
    QTRY_VERIFY(bar.health().isUsable());
    QCOMPARE(bar.agent(u"1000"_s)->status, u"INCALL"_s);
    QVERIFY(bar.agent(u"1000"_s)->subStatus.isEmpty());

    const WireResponse park = WireCalls::sendAndWait(*harness.wire(), ApiRequest::parkCall(u"1000"_s, ParkAction::ParkCustomer));
    QVERIFY(park.ok());
    QTRY_COMPARE(bar.agent(u"1000"_s)->subStatus, u"PARK"_s);
    QCOMPARE(harness.sim().requestCount(u"agent_status"_s), 0); // the bar never polled
}

QTEST_GUILESS_MAIN(TestApiFloorSource)
#include "TestApiFloorSource.moc"
