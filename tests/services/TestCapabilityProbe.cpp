#include "SimulatorHarness.h"
#include "demo/VicidialSimulator.h"
#include "services/CapabilityProbe.h"
#include "vicidial/WireClient.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(SimFault)

// The server's capability probe against the simulator over real HTTP: both
// versions, one after the other; what a failed read keeps; reset and repeated
// probes.
class TestCapabilityProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void readsTheAgentApiThenTheNonAgentApiOneAtATime();
    void theBuildsReachTheCapabilities();
    void aFailedReadKeepsTheBuildsKnownBefore_data();
    void aFailedReadKeepsTheBuildsKnownBefore();
    void aFirstReadThatFailsLeavesTheBuildsUnknown();
    void resetForgetsAndIgnoresAnswersOnTheirWay();
    void probeWhileProbingIsIgnored();
    void buildsAdoptedFromAHubAreUsedAndVicidialIsNotAsked();
    void aDirectReadOnItsWayWhenTheHubsBuildsComeIsIgnored();

private:
    static constexpr ServerBuild kAgentBuild{240429, 2220};
    static constexpr ServerBuild kNonAgentBuild{241004, 1000};

    CapabilityProbe *probe() const { return m_harness->probe(); }
    QStringList versionPaths() const;

    std::unique_ptr<SimulatorHarness> m_harness;
    VicidialSimulator *m_sim = nullptr;
};

void TestCapabilityProbe::init()
{
    m_harness = std::make_unique<SimulatorHarness>();
    m_sim = &m_harness->sim();
    m_sim->setBuilds(kAgentBuild, kNonAgentBuild);
    QVERIFY(m_harness->listen());
    m_harness->connect();
}

void TestCapabilityProbe::cleanup()
{
    m_harness.reset();
}

QStringList TestCapabilityProbe::versionPaths() const
{
    QStringList paths;
    for (const SimRequestRecord &request : m_sim->recentRequests()) {
        if (request.function == u"version"_s)
            paths.append(request.path);
    }
    return paths;
}

void TestCapabilityProbe::readsTheAgentApiThenTheNonAgentApiOneAtATime()
{
    m_sim->setLatencyMs(50, u"version"_s); // each answer takes a while: a second request would overlap
    // What the probe already knew when each request reached the server.
    QList<bool> agentVersionKnownOnArrival;
    const QObject context; // the connection ends with this test
    connect(m_sim, &VicidialSimulator::requestServed, &context, [this, &agentVersionKnownOnArrival](const SimRequestRecord &request) {
        if (request.function == u"version"_s)
            agentVersionKnownOnArrival.append(probe()->agentApiVersion().has_value());
    });
    QSignalSpy finished(probe(), &CapabilityProbe::finished);
    probe()->probe();
    QVERIFY(probe()->isProbing());
    QVERIFY(finished.wait());
    QCOMPARE(versionPaths(), (QStringList{u"/agc/api.php"_s, u"/vicidial/non_agent_api.php"_s}));
    // The non-agent API was asked only after the agent API's answer was in.
    QCOMPARE(agentVersionKnownOnArrival, (QList<bool>{false, true}));
    QCOMPARE(m_sim->requestCount(), 2); // nothing else: no credentials, no agent_status
    QVERIFY(!probe()->isProbing());
    QVERIFY(probe()->hasFinished());
}

void TestCapabilityProbe::theBuildsReachTheCapabilities()
{
    probe()->setScreenSupportsSwapAndHangup(true);
    QSignalSpy finished(probe(), &CapabilityProbe::finished);
    probe()->probe();
    QVERIFY(finished.wait());
    const ServerCapabilities caps = probe()->capabilities();
    QCOMPARE(caps.agentApiBuild, std::optional(kAgentBuild));
    QCOMPARE(caps.nonAgentApiBuild, std::optional(kNonAgentBuild));
    QCOMPARE(caps.newestBuild(), std::optional(kNonAgentBuild));
    QVERIFY(caps.screenSupportsSwapAndHangup);
    QCOMPARE(finished.first().first().value<ServerCapabilities>(), caps);
    QCOMPARE(probe()->agentApiVersion()->build, kAgentBuild);
    QCOMPARE(probe()->nonAgentApiVersion()->build, kNonAgentBuild);
    QVERIFY2(!probe()->agentApiVersion()->version.isEmpty(), "the VERSION field is kept");
}

void TestCapabilityProbe::aFailedReadKeepsTheBuildsKnownBefore_data()
{
    QTest::addColumn<SimFault>("fault");
    QTest::newRow("HTTP 500") << SimFault::Http500;
    QTest::newRow("HTML error page") << SimFault::HtmlErrorPage;
    QTest::newRow("connection reset") << SimFault::ConnectionReset;
    QTest::newRow("cut-off body") << SimFault::TruncatedBody;
}

void TestCapabilityProbe::aFailedReadKeepsTheBuildsKnownBefore()
{
    QFETCH(SimFault, fault);
    QSignalSpy finished(probe(), &CapabilityProbe::finished);
    probe()->probe();
    QVERIFY(finished.wait());
    const ServerCapabilities before = probe()->capabilities();
    QVERIFY(before.isKnown());

    // The server now fails to answer (and would report other builds if it did).
    m_sim->setBuilds({200101, 1}, {200101, 1});
    m_sim->setFault(fault, u"version"_s);
    const int versionsBefore = m_sim->requestCount(u"version"_s);
    probe()->probe();
    QVERIFY(finished.wait());
    QVERIFY(m_sim->requestCount(u"version"_s) > versionsBefore); // it did ask
    QCOMPARE(probe()->capabilities(), before);
    QCOMPARE(finished.last().first().value<ServerCapabilities>(), before);
    QCOMPARE(probe()->agentApiVersion()->build, kAgentBuild);
    QCOMPARE(probe()->nonAgentApiVersion()->build, kNonAgentBuild);

    // Answers again: the new builds replace the old.
    m_sim->clearFaults();
    probe()->probe();
    QVERIFY(finished.wait());
    QCOMPARE(probe()->capabilities().agentApiBuild, std::optional(ServerBuild{200101, 1}));
}

void TestCapabilityProbe::aFirstReadThatFailsLeavesTheBuildsUnknown()
{
    m_sim->setFault(SimFault::Http500, u"version"_s);
    QSignalSpy finished(probe(), &CapabilityProbe::finished);
    probe()->probe();
    QVERIFY(finished.wait());
    QVERIFY(probe()->hasFinished()); // asked once, answered or not: sessions may start
    QVERIFY(!probe()->capabilities().isKnown());
    QVERIFY(!probe()->agentApiVersion());
    QVERIFY(!probe()->nonAgentApiVersion());
    // Both APIs were asked even though the first failed.
    QVERIFY(versionPaths().contains(u"/vicidial/non_agent_api.php"_s));
}

void TestCapabilityProbe::resetForgetsAndIgnoresAnswersOnTheirWay()
{
    probe()->setScreenSupportsSwapAndHangup(true);
    QSignalSpy finished(probe(), &CapabilityProbe::finished);
    probe()->probe();
    QVERIFY(finished.wait());
    QVERIFY(probe()->capabilities().isKnown());

    // reset() forgets what was read (the administrator's word stays: it is a setting).
    probe()->reset();
    QVERIFY(!probe()->capabilities().isKnown());
    QVERIFY(probe()->capabilities().screenSupportsSwapAndHangup);
    QVERIFY(!probe()->agentApiVersion());
    QVERIFY(!probe()->nonAgentApiVersion());
    QVERIFY(!probe()->hasFinished());

    // An answer still on its way when the server changes is ignored.
    m_sim->setLatencyMs(300, u"version"_s);
    m_sim->resetCounters();
    finished.clear();
    QSignalSpy exchanges(m_harness->wire(), &WireClient::exchangeFinished);
    probe()->probe();
    QTRY_COMPARE(m_sim->requestCount(u"version"_s), 1); // the agent API's request is at the server
    probe()->reset();
    QVERIFY(!probe()->isProbing());
    const int sent = m_harness->wire()->requestsSent();
    QVERIFY(exchanges.wait()); // its answer arrived...
    QVERIFY(!probe()->agentApiVersion()); // ...and changed nothing
    QVERIFY(!probe()->capabilities().isKnown());
    QVERIFY(!probe()->hasFinished());
    QCOMPARE(finished.size(), 0);
    QCOMPARE(m_harness->wire()->requestsSent(), sent); // nor did it lead to the second read

    // A probe after the reset reads both again.
    m_sim->setLatencyMs(0, u"version"_s);
    probe()->probe();
    QVERIFY(finished.wait());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(probe()->capabilities().agentApiBuild, std::optional(kAgentBuild));
    QCOMPARE(versionPaths(), (QStringList{u"/agc/api.php"_s, u"/agc/api.php"_s, u"/vicidial/non_agent_api.php"_s}));
}

void TestCapabilityProbe::probeWhileProbingIsIgnored()
{
    m_sim->setLatencyMs(50, u"version"_s);
    QSignalSpy finished(probe(), &CapabilityProbe::finished);
    probe()->probe();
    probe()->probe();
    QTRY_COMPARE(m_sim->requestCount(u"version"_s), 1);
    probe()->probe(); // while the first answer is on its way
    QVERIFY(finished.wait());
    // One probe: one request per API, one finished.
    QCOMPARE(versionPaths(), (QStringList{u"/agc/api.php"_s, u"/vicidial/non_agent_api.php"_s}));
    QCOMPARE(finished.size(), 1);

    // Once finished, a probe reads again.
    probe()->probe();
    QVERIFY(finished.wait());
    QCOMPARE(finished.size(), 2);
    QCOMPARE(m_sim->requestCount(u"version"_s), 4);
}

void TestCapabilityProbe::buildsAdoptedFromAHubAreUsedAndVicidialIsNotAsked()
{
    ServerCapabilities fromHub;
    fromHub.agentApiBuild = ServerBuild{230101, 1200};
    QSignalSpy finished(probe(), &CapabilityProbe::finished);
    probe()->adopt(fromHub);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(probe()->capabilities().agentApiBuild, fromHub.agentApiBuild);
    QVERIFY(!probe()->capabilities().nonAgentApiBuild);
    QVERIFY(probe()->hasFinished());

    probe()->probe(); // a session starting, a server answering again: still the hub's word
    QVERIFY(!probe()->isProbing());
    QVERIFY(!QTest::qWaitFor([this] { return m_sim->requestCount() > 0; }, 300));
    QCOMPARE(m_sim->requestCount(), 0);

    probe()->adopt({}); // a hub without builds: unknown, treated as able
    QVERIFY(!probe()->capabilities().isKnown());
    QVERIFY(probe()->capabilities().supports(ParkAction::SwapParkCustomer));

    probe()->reset(); // no hub any more: the desk reads the builds itself again
    probe()->probe();
    QVERIFY(finished.wait());
    QCOMPARE(probe()->capabilities().agentApiBuild, std::optional<ServerBuild>(kAgentBuild));
}

void TestCapabilityProbe::aDirectReadOnItsWayWhenTheHubsBuildsComeIsIgnored()
{
    m_sim->setLatencyMs(100, u"version"_s);
    probe()->probe();
    ServerCapabilities fromHub;
    fromHub.nonAgentApiBuild = ServerBuild{230101, 1200};
    probe()->adopt(fromHub);
    QVERIFY(!probe()->isProbing());
    QTRY_COMPARE(m_sim->requestCount(u"version"_s), 1); // the one already sent gets its answer...
    QVERIFY(!QTest::qWaitFor([this] { return m_sim->requestCount(u"version"_s) > 1; }, 400)); // ...and no second
    QCOMPARE(probe()->capabilities().nonAgentApiBuild, fromHub.nonAgentApiBuild);
    QVERIFY(!probe()->capabilities().agentApiBuild);
}

QTEST_GUILESS_MAIN(TestCapabilityProbe)
#include "TestCapabilityProbe.moc"
