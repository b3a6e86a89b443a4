#include "FloorReads.h"
#include "MariaDbServer.h"
#include "WireCalls.h"

#include "demo/SimDatabaseMirror.h"
#include "demo/SimFloor.h"
#include "demo/VicidialSimulator.h"
#include "hub/DatabaseFloorSource.h"
#include "util/Clock.h"
#include "vicidial/AgentTableParser.h"
#include "vicidial/Redactor.h"
#include "vicidial/WireClient.h"

#include <QDateTime>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace FloorReads;

// parkbar-hub's database source against a private MariaDB that the
// simulator mirrors its floor into: the same agents as the API gives, and
// what only the database knows. Faults: TestDatabaseSourceFaults.
class TestDatabaseFloorSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void everyAgentReadsAsTheApiReportsIt_data();
    void everyAgentReadsAsTheApiReportsIt();
    void theDatabaseKnowsTheParkIvrTheExtensionAndTheParkTime();
    void changesInTheSimulatorReachTheDatabase();
    void everyCampaignsParkIvrModeIsRead();
    void onlyTheConfiguredCampaignsAndGroupsAreServed();
    void readingNeverBlocksTheCaller();
    void aUnixSocketWorksInsteadOfHostAndPort();
    void theQueryTimeIsTheDatabasesOwnMeasure();

private:
    QList<AgentSnapshot> loggedInAgents(const QStringList &campaigns = {}, const QStringList &groups = {});
    std::optional<AgentSnapshot> agentStatus(const QString &user);
    static const AgentSnapshot *find(const QList<AgentSnapshot> &agents, const QString &user);

    std::unique_ptr<MariaDbServer> m_server;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<VicidialSimulator> m_sim;
    std::unique_ptr<SimDatabaseMirror> m_mirror;
    std::unique_ptr<WireClient> m_wire;
};

void TestDatabaseFloorSource::initTestCase()
{
    m_server = std::make_unique<MariaDbServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestDatabaseFloorSource::cleanupTestCase()
{
    m_server.reset();
}

void TestDatabaseFloorSource::init()
{
    m_clock = std::make_unique<ManualClock>();
    m_sim = std::make_unique<VicidialSimulator>(m_clock.get());
    m_sim->setAgentScreenDelayMs(0);
    QVERIFY(m_sim->listen());
    m_mirror = std::make_unique<SimDatabaseMirror>(m_server->adminConnection());
    QVERIFY2(m_mirror->attach(m_sim.get()), qPrintable(m_mirror->errorString()));
    m_wire = std::make_unique<WireClient>(WireCalls::configFor(m_sim->baseUrl()));
}

void TestDatabaseFloorSource::cleanup()
{
    m_wire.reset();
    m_mirror.reset();
    m_sim.reset();
    m_clock.reset();
}

QList<AgentSnapshot> TestDatabaseFloorSource::loggedInAgents(const QStringList &campaigns, const QStringList &groups)
{
    const WireResponse response = WireCalls::sendAndWait(*m_wire, ApiRequest::loggedInAgents(campaigns, groups));
    return parseLoggedInAgents(response.body, Redactor(u"1234"_s)).agents;
}

std::optional<AgentSnapshot> TestDatabaseFloorSource::agentStatus(const QString &user)
{
    const WireResponse response = WireCalls::sendAndWait(*m_wire, ApiRequest::agentStatus(user));
    return parseAgentStatus(response.body, Redactor(u"1234"_s), user).agent;
}

const AgentSnapshot *TestDatabaseFloorSource::find(const QList<AgentSnapshot> &agents, const QString &user)
{
    const auto it = std::find_if(agents.cbegin(), agents.cend(), [&user](const AgentSnapshot &agent) { return agent.user == user; });
    return it == agents.cend() ? nullptr : &*it;
}

void TestDatabaseFloorSource::everyAgentReadsAsTheApiReportsIt_data()
{
    QTest::addColumn<SimScenario>("scenario");
    QTest::addColumn<int>("floorAgents");
    QTest::newRow("demo") << SimScenario::Demo << 0;
    QTest::newRow("floor") << SimScenario::Floor << 200;
}

void TestDatabaseFloorSource::everyAgentReadsAsTheApiReportsIt()
{
    QFETCH(SimScenario, scenario);
    QFETCH(int, floorAgents);
    m_sim->setScenario(scenario, floorAgents);
    DatabaseFloorSource source(m_server->readOnlyOptions());
    const FloorReading reading = readingOf(source);
    const QList<AgentSnapshot> api = loggedInAgents();

    QSet<QString> subStatuses;
    QStringList apiUsers;
    QStringList databaseUsers;
    for (const AgentSnapshot &agent : api)
        apiUsers.append(agent.user);
    for (const AgentSnapshot &agent : reading.agents)
        databaseUsers.append(agent.user);
    QCOMPARE(databaseUsers, apiUsers); // the logged-out agents on neither
    QVERIFY(!m_sim->agent(scenario == SimScenario::Demo ? u"1002"_s : QString::number(10000 + floorAgents))->loggedIn);

    for (qsizetype i = 0; i < api.size(); ++i) {
        const AgentSnapshot database = withoutDatabaseFields(reading.agents.at(i));
        // logged_in_agents with sub status: every field it has.
        QCOMPARE(describe(database), describe(api.at(i)));
        // agent_status: every field but the lead's phone number and vendor code, which live in vicidial_list.
        std::optional<AgentSnapshot> status = agentStatus(api.at(i).user);
        QVERIFY(status);
        status->phoneNumber.clear();
        status->vendorLeadCode.clear();
        QCOMPARE(describe(database), describe(*status));
        subStatuses.insert(database.subStatus);
    }
    QCOMPARE(subStatuses, (QSet<QString>{QString(), u"PARK"_s, u"DEAD"_s, u"DISPO"_s, u"3-WAY"_s, u"RING"_s, u"PREVIEW"_s, u"DIAL"_s}));
    QVERIFY(std::any_of(api.cbegin(), api.cend(), [](const AgentSnapshot &a) { return a.status == u"PAUSED"_s && !a.pauseCode.isEmpty(); }));
}

void TestDatabaseFloorSource::theDatabaseKnowsTheParkIvrTheExtensionAndTheParkTime()
{
    m_sim->setScenario(SimScenario::Floor, 40);
    DatabaseFloorSource source(m_server->readOnlyOptions());
    const FloorReading first = readingOf(source);
    m_clock->advance(5000);
    const FloorReading second = readingOf(source);
    QCOMPARE(first.agents.size(), 40);

    int inIvr = 0;
    int onHold = 0;
    for (qsizetype i = 0; i < first.agents.size(); ++i) {
        const AgentSnapshot &agent = first.agents.at(i);
        const SimAgent *simulated = m_sim->agent(agent.user);
        QCOMPARE(agent.extension, u"SIP/"_s + agent.user);
        QVERIFY(agent.inParkIvr.has_value());
        QCOMPARE(*agent.inParkIvr, simulated->customer == CustomerLeg::InParkIvr);
        if (agent.isParked()) {
            // The server's time zone is not the test's: the park time must still be the same instant.
            QVERIFY(simulated->parkedAtMs > 0);
            QVERIFY2(agent.parkedAtMs <= simulated->parkedAtMs && simulated->parkedAtMs - agent.parkedAtMs < 1000,
                     qPrintable(u"%1 read %2, parked at %3"_s.arg(agent.user).arg(agent.parkedAtMs).arg(simulated->parkedAtMs)));
            QCOMPARE(second.agents.at(i).parkedAtMs, agent.parkedAtMs); // stable from poll to poll
            ++(*agent.inParkIvr ? inIvr : onHold);
        } else {
            QCOMPARE(agent.parkedAtMs, qint64(0));
            QVERIFY(!*agent.inParkIvr);
        }
    }
    QVERIFY(inIvr > 0);
    QVERIFY(onHold > 0);
}

void TestDatabaseFloorSource::changesInTheSimulatorReachTheDatabase()
{
    DatabaseFloorSource source(m_server->readOnlyOptions()); // the static scenario: 1000 in a call, 1001 paused
    QCOMPARE(find(readingOf(source).agents, u"1000"_s)->subStatus, QString());

    m_clock->advance(60000);
    const WireResponse park = WireCalls::sendAndWait(*m_wire, ApiRequest::parkCall(u"1000"_s, ParkAction::ParkCustomer));
    QVERIFY(park.ok());
    m_sim->processDueEvents();
    FloorReading reading = readingOf(source);
    const AgentSnapshot *agent = find(reading.agents, u"1000"_s);
    QCOMPARE(agent->subStatus, u"PARK"_s);
    QCOMPARE(agent->parkedAtMs, m_clock->msecsSinceEpoch() / 1000 * 1000);
    QCOMPARE(*agent->inParkIvr, false);

    // A pause code chosen during the pause, then cleared when the agent is ready again.
    SimAgent *paused = m_sim->agent(u"1001"_s);
    for (const auto &[status, code] : {std::pair{u"PAUSED"_s, u"BREAK"_s}, std::pair{u"READY"_s, QString()}, std::pair{u"PAUSED"_s, u"LUNCH"_s}}) {
        paused->status = status;
        paused->pauseCode = code;
        m_sim->noteAgentChanged(u"1001"_s);
        QCOMPARE(find(readingOf(source).agents, u"1001"_s)->pauseCode, code);
    }

    m_sim->hangUpCustomer(u"1000"_s);
    reading = readingOf(source);
    const QList<AgentSnapshot> api = loggedInAgents();
    QCOMPARE(reading.agents.size(), api.size());
    for (qsizetype i = 0; i < api.size(); ++i)
        QCOMPARE(describe(withoutDatabaseFields(reading.agents.at(i))), describe(api.at(i)));
    QCOMPARE(find(reading.agents, u"1000"_s)->subStatus, u"DEAD"_s);
    QCOMPARE(find(reading.agents, u"1000"_s)->parkedAtMs, qint64(0));
}

void TestDatabaseFloorSource::everyCampaignsParkIvrModeIsRead()
{
    m_sim->setScenario(SimScenario::Demo);
    m_sim->addCampaign({u"HIDDEN"_s, ParkIvrMode::EnabledButtonHidden});
    QVERIFY(m_mirror->mirrorAll());
    DatabaseFloorSource source(m_server->readOnlyOptions());
    const FloorReading reading = readingOf(source);
    const QHash<QString, ParkIvrMode> expected{{u"TESTCAMP"_s, ParkIvrMode::Enabled},
                                               {u"NOIVR"_s, ParkIvrMode::Disabled},
                                               {u"SALES"_s, ParkIvrMode::EnabledParkOnly},
                                               {u"HIDDEN"_s, ParkIvrMode::EnabledButtonHidden}};
    QCOMPARE(reading.campaignIvrModes, expected);
}

void TestDatabaseFloorSource::onlyTheConfiguredCampaignsAndGroupsAreServed()
{
    m_sim->setScenario(SimScenario::Floor, 200);
    DatabaseSourceOptions options = m_server->readOnlyOptions();
    options.campaigns = QStringList{u"SALES"_s, u"NOIVR"_s};
    options.userGroups = QStringList{u"SUPPORT"_s};
    DatabaseFloorSource source(options);
    const FloorReading reading = readingOf(source);
    const QList<AgentSnapshot> api = loggedInAgents(options.campaigns, options.userGroups);
    QVERIFY(api.size() > 10 && api.size() < 100);
    QCOMPARE(reading.agents.size(), api.size());
    for (qsizetype i = 0; i < api.size(); ++i)
        QCOMPARE(describe(withoutDatabaseFields(reading.agents.at(i))), describe(api.at(i)));
    QCOMPARE(reading.campaignIvrModes.keys().size(), 2);
    QCOMPARE(reading.campaignIvrModes.value(u"SALES"_s), ParkIvrMode::EnabledParkOnly);
    QVERIFY(!reading.campaignIvrModes.contains(u"TESTCAMP"_s));
}

void TestDatabaseFloorSource::readingNeverBlocksTheCaller()
{
    DatabaseFloorSource source(m_server->readOnlyOptions());
    QCOMPARE(source.kind(), u"database"_s);
    QSignalSpy ready(&source, &FloorSource::readingReady);
    source.read();
    // The answer comes from the source's thread, later: nothing was emitted inside read().
    QVERIFY(source.isReading());
    QCOMPARE(ready.count(), 0);
    source.read(); // ignored: one read in flight
    QVERIFY(ready.wait(20000));
    QVERIFY(!source.isReading());
}

void TestDatabaseFloorSource::aUnixSocketWorksInsteadOfHostAndPort()
{
    DatabaseSourceOptions options = m_server->readOnlyOptions();
    options.socket = m_server->socketPath();
    options.port = 1; // not used with a socket
    DatabaseFloorSource source(options);
    QCOMPARE(readingOf(source).agents.size(), 3);
}

void TestDatabaseFloorSource::theQueryTimeIsTheDatabasesOwnMeasure()
{
    m_sim->setScenario(SimScenario::Floor, 200);
    DatabaseFloorSource source(m_server->readOnlyOptions());
    for (int poll = 0; poll < 3; ++poll) {
        const FloorReading reading = readingOf(source);
        QCOMPARE(reading.agents.size(), 200);
        QVERIFY2(reading.sourceMicroseconds > 0 && reading.sourceMicroseconds < 1000000, qPrintable(QString::number(reading.sourceMicroseconds)));
        QVERIFY(std::abs(reading.readAtMs - QDateTime::currentMSecsSinceEpoch()) < 60000);
    }
}

QTEST_GUILESS_MAIN(TestDatabaseFloorSource)
#include "TestDatabaseFloorSource.moc"
