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
#include <QMutex>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>
#include <variant>

using namespace Qt::StringLiterals;

namespace {

// Every message logged while it lives, from any thread.
class LogCapture final
{
public:
    LogCapture() { s_current = this, s_previous = qInstallMessageHandler(&LogCapture::handle); }
    ~LogCapture()
    {
        qInstallMessageHandler(s_previous);
        s_current = nullptr;
    }
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    QStringList messages() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_messages;
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (s_current) {
            const QMutexLocker lock(&s_current->m_mutex);
            s_current->m_messages.append(message);
        }
        s_previous(type, context, message);
    }
    static inline LogCapture *s_current = nullptr;
    static inline QtMessageHandler s_previous = nullptr;
    mutable QMutex m_mutex;
    QStringList m_messages;
};

using ReadResult = std::variant<FloorReading, QString>;

// One field per column, so a difference shows which field differs.
QString describe(const AgentSnapshot &agent)
{
    return QStringList{agent.user, agent.status, agent.callerId, agent.leadId, agent.campaign, QString::number(agent.callsToday),
                       agent.fullName, agent.userGroup, QString::number(agent.userLevel), agent.pauseCode, agent.subStatus,
                       agent.phoneNumber, agent.vendorLeadCode, agent.sessionId, agent.computerIp}
        .join(u'|');
}

// What the API can tell too: the database-only fields cleared.
AgentSnapshot withoutDatabaseFields(AgentSnapshot agent)
{
    agent.extension.clear();
    agent.parkedAtMs = 0;
    agent.inParkIvr.reset();
    return agent;
}

} // namespace

// parkbar-hub's database source against a private MariaDB that the
// simulator mirrors its floor into: the same agents as the API gives, what
// only the database knows, and every way the database can be wrong.
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
    void aLostConnectionFailsOnceAndTheNextReadReconnects();
    void whatAnOlderDatabaseLacksIsNamed_data();
    void whatAnOlderDatabaseLacksIsNamed();
    void aWrongPasswordFailsWithoutShowingIt();
    void anUnreachableDatabaseFails();
    void anAccountThatCanWriteIsWarnedAbout();
    void aReadOnlyAccountIsNotWarnedAbout();

private:
    static ReadResult readOnce(FloorSource &source);
    static FloorReading readingOf(DatabaseFloorSource &source);
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

ReadResult TestDatabaseFloorSource::readOnce(FloorSource &source)
{
    QSignalSpy ready(&source, &FloorSource::readingReady);
    QSignalSpy failed(&source, &FloorSource::readFailed);
    source.read();
    if (!QTest::qWaitFor([&] { return ready.count() + failed.count() > 0; }, 20000))
        return u"no answer within 20 s"_s;
    if (!failed.isEmpty())
        return failed.first().first().toString();
    return ready.first().first().value<FloorReading>();
}

FloorReading TestDatabaseFloorSource::readingOf(DatabaseFloorSource &source)
{
    const ReadResult result = readOnce(source);
    if (const QString *reason = std::get_if<QString>(&result)) {
        qWarning().noquote() << "read failed:" << *reason;
        return {};
    }
    return std::get<FloorReading>(result);
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

void TestDatabaseFloorSource::aLostConnectionFailsOnceAndTheNextReadReconnects()
{
    DatabaseFloorSource source(m_server->readOnlyOptions());
    QCOMPARE(readingOf(source).agents.size(), 3);
    // Kill the source's connection as an administrator (or a restart) would.
    QStringList kills;
    for (const QString &id : m_server->selectAsRoot(u"SELECT ID FROM information_schema.PROCESSLIST WHERE USER = 'parkbar_ro'"_s))
        kills.append(u"KILL "_s + id);
    QVERIFY(!kills.isEmpty());
    QVERIFY2(m_server->execAsRoot(kills), qPrintable(m_server->errorString()));

    const ReadResult lost = readOnce(source);
    QVERIFY2(std::holds_alternative<QString>(lost), "a read on a killed connection cannot succeed");
    QVERIFY2(std::get<QString>(lost).contains(u"Reading the floor"_s), qPrintable(std::get<QString>(lost)));
    QCOMPARE(readingOf(source).agents.size(), 3);
}

void TestDatabaseFloorSource::whatAnOlderDatabaseLacksIsNamed_data()
{
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("missing");
    QTest::newRow("a column") << u"older_column"_s << u"ALTER TABLE older_column.vicidial_live_agents DROP COLUMN preview_lead_id"_s
                              << u"vicidial_live_agents.preview_lead_id"_s;
    QTest::newRow("two columns") << u"older_columns"_s
                                 << u"ALTER TABLE older_columns.vicidial_campaigns DROP COLUMN ivr_park_call, DROP COLUMN campaign_name"_s
                                 << u"vicidial_campaigns.ivr_park_call"_s;
    QTest::newRow("a table") << u"older_table"_s << u"DROP TABLE older_table.parked_channels"_s << u"parked_channels"_s;
}

void TestDatabaseFloorSource::whatAnOlderDatabaseLacksIsNamed()
{
    QFETCH(QString, database);
    QFETCH(QString, change);
    QFETCH(QString, missing);
    QVERIFY2(m_server->createFloorDatabase(database) && m_server->execAsRoot({change}), qPrintable(m_server->errorString()));
    DatabaseFloorSource source(m_server->readOnlyOptions(database));
    const ReadResult result = readOnce(source);
    QVERIFY(std::holds_alternative<QString>(result));
    const QString reason = std::get<QString>(result);
    // Exactly what is missing: that and nothing else.
    QVERIFY2(reason.contains(u"lacks "_s + missing + u" ("_s), qPrintable(reason));
    QVERIFY2(reason.contains(database), qPrintable(reason));
}

void TestDatabaseFloorSource::aWrongPasswordFailsWithoutShowingIt()
{
    const QString wrong = u"Wr0ng&Pa55=%"_s;
    DatabaseSourceOptions options = m_server->readOnlyOptions();
    options.password = wrong;
    LogCapture log;
    DatabaseFloorSource source(options);
    const ReadResult result = readOnce(source);
    QVERIFY(std::holds_alternative<QString>(result));
    const QString reason = std::get<QString>(result);
    QVERIFY2(reason.contains(u"Access denied"_s) && reason.contains(u"parkbar_ro"_s), qPrintable(reason));
    QVERIFY(!reason.contains(wrong));
    for (const QString &message : log.messages())
        QVERIFY2(!message.contains(wrong), qPrintable(message));
}

void TestDatabaseFloorSource::anUnreachableDatabaseFails()
{
    DatabaseSourceOptions options = m_server->readOnlyOptions();
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    options.port = closed.serverPort();
    closed.close(); // nothing listens there now
    DatabaseFloorSource source(options);
    const ReadResult result = readOnce(source);
    QVERIFY(std::holds_alternative<QString>(result));
    const QString reason = std::get<QString>(result);
    QVERIFY2(reason.contains(u"Cannot connect"_s) && reason.contains(u"127.0.0.1:%1"_s.arg(options.port)), qPrintable(reason));
    QVERIFY(!reason.contains(options.password));
}

void TestDatabaseFloorSource::anAccountThatCanWriteIsWarnedAbout()
{
    const QString password = u"w1de-account"_s;
    QVERIFY2(m_server->createAccount(u"parkbar_wide"_s, password, {u"SELECT, INSERT, UPDATE ON `asterisk`.*"_s}), qPrintable(m_server->errorString()));
    LogCapture log;
    DatabaseFloorSource source(m_server->optionsFor(u"parkbar_wide"_s, password));
    QCOMPARE(readingOf(source).agents.size(), 3); // a warning, not a refusal
    const QStringList messages = log.messages();
    const auto warning = std::find_if(messages.cbegin(), messages.cend(), [](const QString &m) { return m.contains(u"more than SELECT"_s); });
    QVERIFY2(warning != messages.cend(), qPrintable(messages.join(u'\n')));
    QVERIFY2(warning->contains(u"parkbar_wide"_s) && warning->contains(u"INSERT, UPDATE on `asterisk`.*"_s), qPrintable(*warning));
    for (const QString &message : messages)
        QVERIFY2(!message.contains(password), qPrintable(message));
}

void TestDatabaseFloorSource::aReadOnlyAccountIsNotWarnedAbout()
{
    LogCapture log;
    DatabaseFloorSource source(m_server->readOnlyOptions());
    QCOMPARE(readingOf(source).agents.size(), 3);
    for (const QString &message : log.messages())
        QVERIFY2(!message.contains(u"more than SELECT"_s), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestDatabaseFloorSource)
#include "TestDatabaseFloorSource.moc"
