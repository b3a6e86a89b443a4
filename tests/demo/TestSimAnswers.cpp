#include "SimTestClient.h"

#include "demo/SimFloor.h"
#include "demo/VicidialSimulator.h"
#include "util/Clock.h"
#include "vicidial/AgentTableParser.h"
#include "vicidial/AnswerParser.h"
#include "vicidial/Redactor.h"
#include "vicidial/VersionInfo.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Every answer of the simulator, compared byte for byte with PROTOCOL.md and
// read back by the project's own parsers, over real HTTP on 127.0.0.1.
class TestSimAnswers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void agentApiAnswersAsTheRealServer_data();
    void agentApiAnswersAsTheRealServer();
    void agentStatusAnswersAsTheRealServer_data();
    void agentStatusAnswersAsTheRealServer();
    void loggedInAgentsAnswersAsTheRealServer_data();
    void loggedInAgentsAnswersAsTheRealServer();
    void aParkedCustomerShowsAsPark();
    void versionAnswersCarryTheConfiguredBuilds();
    void unknownFunctionsAndPaths();
    void answersAreHtmlWithStatus200();

private:
    // The clock of PROTOCOL.md section 7's BAD answer: now - 900 s = 1795687481.
    ManualClock *m_clock = nullptr;
    VicidialSimulator *m_sim = nullptr;
    SimTestClient *m_client = nullptr;
};

void TestSimAnswers::init()
{
    m_clock = new ManualClock(1795688381000);
    m_sim = new VicidialSimulator(m_clock, this);
    m_sim->setAgentScreenDelayMs(1000);
    QVERIFY(m_sim->listen());
    m_client = new SimTestClient(m_sim->baseUrl());
}

void TestSimAnswers::cleanup()
{
    delete m_client;
    delete m_sim;
    delete m_clock;
}

void TestSimAnswers::agentApiAnswersAsTheRealServer_data()
{
    QTest::addColumn<FormFields>("fields");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<ResultKind>("kind");

    const auto park = [](const QString &user, const QString &agent, const QString &value, const QString &pass = u"1234"_s) {
        return apiForm(user, pass, u"park_call"_s, {{u"agent_user"_s, agent}, {u"value"_s, value}});
    };
    QTest::newRow("success") << park(u"6666"_s, u"1000"_s, u"PARK_CUSTOMER"_s)
                             << QByteArray("SUCCESS: park_call function set - PARK_CUSTOMER|1000\n") << ResultKind::Success;
    QTest::newRow("no lead") << park(u"6666"_s, u"1001"_s, u"PARK_CUSTOMER"_s)
                             << QByteArray("ERROR: agent_user does not have a lead on their screen - 1001\n") << ResultKind::NoLead;
    QTest::newRow("not logged in") << park(u"6666"_s, u"1002"_s, u"PARK_CUSTOMER"_s)
                                   << QByteArray("ERROR: agent_user is not logged in - 1002\n") << ResultKind::NotLoggedIn;
    QTest::newRow("unknown agent") << park(u"6666"_s, u"9999"_s, u"PARK_CUSTOMER"_s)
                                   << QByteArray("ERROR: agent_user is not logged in - 9999\n") << ResultKind::NotLoggedIn;
    QTest::newRow("short value") << park(u"6666"_s, u"1000"_s, u"PARK"_s)
                                 << QByteArray("ERROR: park_call not valid - PARK|1000\n") << ResultKind::InvalidValue;
    QTest::newRow("lower case") << park(u"6666"_s, u"1000"_s, u"park_customer"_s)
                                << QByteArray("ERROR: park_call not valid - park_customer|1000\n") << ResultKind::InvalidValue;
    QTest::newRow("empty value") << park(u"6666"_s, u"1000"_s, QString())
                                 << QByteArray("ERROR: park_call not valid - |1000\n") << ResultKind::InvalidValue;
    QTest::newRow("empty agent") << park(u"6666"_s, QString(), u"PARK_CUSTOMER"_s)
                                 << QByteArray("ERROR: park_call not valid - PARK_CUSTOMER|\n") << ResultKind::InvalidValue;
    QTest::newRow("no permission")
        << park(u"7777"_s, u"1000"_s, u"PARK_CUSTOMER"_s)
        << QByteArray("ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION - PARK_CUSTOMER|7777|park_call|ADMIN\n")
        << ResultKind::NoPermission;
    FormFields noSource = park(u"6666"_s, u"1000"_s, u"PARK_CUSTOMER"_s);
    noSource.first().second.clear();
    QTest::newRow("no source") << noSource << QByteArray("ERROR: Invalid Source - \n") << ResultKind::InvalidSource;
    QTest::newRow("wrong password")
        << park(u"6666"_s, u"1000"_s, u"PARK_CUSTOMER"_s, u"wrongpass"_s)
        << QByteArray("ERROR: Invalid Username/Password: |6666|wrongpass|0|1|BAD|0|api|SELECT count(*) from vicidial_users "
                      "where user='6666' and pass='wrongpass' and user_level > 0 and active='Y' and ( (failed_login_count < 10) "
                      "or (UNIX_TIMESTAMP(last_login_date) < 1795687481) );|\n")
        << ResultKind::BadCredentials;
    QTest::newRow("unknown alt_user")
        << apiForm(u"6666"_s, u"1234"_s, u"park_call"_s,
                   {{u"agent_user"_s, u"1000"_s}, {u"alt_user"_s, u"NOBODY"_s}, {u"value"_s, u"GRAB_CUSTOMER"_s}})
        << QByteArray("ERROR: no user found - NOBODY\nSUCCESS: park_call function set - GRAB_CUSTOMER|1000\n")
        << ResultKind::AgentNotFound;
    QTest::newRow("version") << FormFields{{u"function"_s, u"version"_s}}
                             << QByteArray("VERSION: 2.14-81|BUILD: 240429-2220|DATE: 2026-11-26 10:19:41|EPOCH: 1795688381\n")
                             << ResultKind::Unrecognised;
}

void TestSimAnswers::agentApiAnswersAsTheRealServer()
{
    QFETCH(FormFields, fields);
    QFETCH(QByteArray, expected);
    const RawAnswer answer = m_client->agentApi(fields);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body, expected);
    QString pass;
    for (const auto &[name, value] : fields) {
        if (name == u"pass"_s)
            pass = value;
    }
    QTEST(parseAnswer(answer.body, Redactor(pass)).kind, "kind");
}

void TestSimAnswers::agentStatusAnswersAsTheRealServer_data()
{
    QTest::addColumn<FormFields>("fields");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<ResultKind>("kind");

    const auto status = [](const QString &user, const QString &agent, const QString &pass = u"1234"_s) {
        return apiForm(user, pass, u"agent_status"_s, {{u"agent_user"_s, agent}, {u"stage"_s, u"pipe"_s}});
    };
    QTest::newRow("in call") << status(u"6666"_s, u"1000"_s)
                             << QByteArray("INCALL|M1234567890000012345|12345|TESTCAMP|3|Agent 1000|AGENTS|1|||3125550100|VLC12345|8600051\n")
                             << ResultKind::Success;
    QTest::newRow("paused") << status(u"6666"_s, u"1001"_s)
                            << QByteArray("PAUSED||0|TESTCAMP|1|Agent 1001|AGENTS|1|LOGIN||||8600052\n") << ResultKind::Success;
    QTest::newRow("not logged in") << status(u"6666"_s, u"1002"_s)
                                   << QByteArray("ERROR: agent_status AGENT NOT LOGGED IN: 6666|1002\n") << ResultKind::NotLoggedIn;
    QTest::newRow("not found") << status(u"6666"_s, u"9999"_s)
                               << QByteArray("ERROR: agent_status AGENT NOT FOUND: 6666|9999\n") << ResultKind::AgentNotFound;
    QTest::newRow("no agent") << status(u"6666"_s, QString())
                              << QByteArray("ERROR: agent_status INVALID SEARCH PARAMETERS: 6666|\n") << ResultKind::InvalidValue;
    QTest::newRow("no report access")
        << status(u"5556"_s, u"1000"_s) << QByteArray("ERROR: agent_status USER DOES NOT HAVE PERMISSION TO GET AGENT INFO: |5556|0|\n")
        << ResultKind::NoPermission;
    QTest::newRow("wrong password") << status(u"6666"_s, u"1000"_s, u"wrongpass"_s)
                                    << QByteArray("ERROR: Login incorrect, please try again: |6666|wrongpass|BAD|\n")
                                    << ResultKind::BadCredentials;
    QTest::newRow("level 4 user") << status(u"5555"_s, u"1000"_s)
                                  << QByteArray("ERROR: Login incorrect, please try again: |5555|1234|BAD|\n")
                                  << ResultKind::BadCredentials;
    FormFields noSource = status(u"6666"_s, u"1000"_s);
    noSource.removeFirst();
    QTest::newRow("no source") << noSource << QByteArray("ERROR: Invalid Source - \nERROR: Invalid Source: ||\n")
                               << ResultKind::InvalidSource;
}

void TestSimAnswers::agentStatusAnswersAsTheRealServer()
{
    QFETCH(FormFields, fields);
    QFETCH(QByteArray, expected);
    QFETCH(ResultKind, kind);
    const RawAnswer answer = m_client->nonAgentApi(fields);
    QCOMPARE(answer.body, expected);
    QString agent;
    for (const auto &[name, value] : fields) {
        if (name == u"agent_user"_s)
            agent = value;
    }
    const AgentStatusResult parsed = parseAgentStatus(answer.body, Redactor(), agent);
    QCOMPARE(parsed.answer.kind, kind);
    QCOMPARE(parsed.agent.has_value(), kind == ResultKind::Success);
}

void TestSimAnswers::loggedInAgentsAnswersAsTheRealServer_data()
{
    QTest::addColumn<FormFields>("extra");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<ResultKind>("kind");
    QTest::addColumn<int>("rows");

    const FormFields testcamp{{u"campaigns"_s, u"TESTCAMP"_s}};
    QTest::newRow("no options") << testcamp << u"6666"_s
                                << QByteArray("1000|TESTCAMP|8600051|INCALL|12345|M1234567890000012345|3|Agent 1000|AGENTS|1\n"
                                              "1001|TESTCAMP|8600052|PAUSED|0||1|Agent 1001|AGENTS|1\n")
                                << ResultKind::Success << 2;
    QTest::newRow("sub status") << FormFields{{u"campaigns"_s, u"TESTCAMP"_s}, {u"show_sub_status"_s, u"YES"_s}} << u"6666"_s
                                << QByteArray("1000|TESTCAMP|8600051|INCALL|12345|M1234567890000012345|3|Agent 1000|AGENTS|1||\n"
                                              "1001|TESTCAMP|8600052|PAUSED|0||1|Agent 1001|AGENTS|1|LOGIN|\n")
                                << ResultKind::Success << 2;
    QTest::newRow("no report access") << FormFields{} << u"5556"_s
                                      << QByteArray("ERROR: logged_in_agents USER DOES NOT HAVE PERMISSION TO GET AGENT INFO: |5556|0|\n")
                                      << ResultKind::NoPermission << 0;
    QTest::newRow("empty floor") << FormFields{{u"campaigns"_s, u"NOSUCH"_s}} << u"6666"_s
                                 << QByteArray("ERROR: logged_in_agents NO LOGGED IN AGENTS: |6666|NOSUCH||\n")
                                 << ResultKind::NoLoggedInAgents << 0;
}

void TestSimAnswers::loggedInAgentsAnswersAsTheRealServer()
{
    QFETCH(FormFields, extra);
    QFETCH(QString, user);
    QFETCH(QByteArray, expected);
    QFETCH(int, rows);
    const RawAnswer answer = m_client->nonAgentApi(apiForm(user, u"1234"_s, u"logged_in_agents"_s, extra));
    QCOMPARE(answer.body, expected);
    const LoggedInAgentsResult parsed = parseLoggedInAgents(answer.body, Redactor());
    QTEST(parsed.answer.kind, "kind");
    QCOMPARE(parsed.agents.size(), rows);
    QCOMPARE(parsed.malformedRows, 0);
}

void TestSimAnswers::aParkedCustomerShowsAsPark()
{
    const FormFields parkForm = apiForm(u"6666"_s, u"1234"_s, u"park_call"_s, {{u"agent_user"_s, u"1000"_s}, {u"value"_s, u"PARK_CUSTOMER"_s}});
    QCOMPARE(m_client->agentApi(parkForm).body, "SUCCESS: park_call function set - PARK_CUSTOMER|1000\n");
    m_clock->advance(1000);

    const RawAnswer status = m_client->nonAgentApi(apiForm(u"6666"_s, u"1234"_s, u"agent_status"_s, {{u"agent_user"_s, u"1000"_s}}));
    QCOMPARE(status.body, "INCALL|M1234567890000012345|12345|TESTCAMP|3|Agent 1000|AGENTS|1||PARK|3125550100|VLC12345|8600051\n");
    const AgentStatusResult parsedStatus = parseAgentStatus(status.body, Redactor(), u"1000"_s);
    QVERIFY(parsedStatus.agent && parsedStatus.agent->isParked());
    QCOMPARE(parsedStatus.agent->callerId, u"M1234567890000012345"_s);

    const RawAnswer csv = m_client->nonAgentApi(apiForm(u"6666"_s, u"1234"_s, u"logged_in_agents"_s,
                                                        {{u"campaigns"_s, u"TESTCAMP"_s}, {u"stage"_s, u"csv"_s},
                                                         {u"header"_s, u"YES"_s}, {u"show_sub_status"_s, u"YES"_s}}));
    QCOMPARE(csv.body, "user,campaign_id,session_id,status,lead_id,callerid,calls_today,full_name,user_group,user_level,pause_code,sub_status\n"
                       "1000,TESTCAMP,8600051,INCALL,12345,M1234567890000012345,3,Agent 1000,AGENTS,1,,PARK\n"
                       "1001,TESTCAMP,8600052,PAUSED,0,,1,Agent 1001,AGENTS,1,LOGIN,\n");
    const LoggedInAgentsResult parsedCsv = parseLoggedInAgents(csv.body, Redactor(), TableStage::Csv);
    QCOMPARE(parsedCsv.agents.size(), 2);
    QVERIFY(parsedCsv.agents.at(0).isParked());
    QCOMPARE(parsedCsv.agents.at(1).pauseCode, u"LOGIN"_s);
}

void TestSimAnswers::versionAnswersCarryTheConfiguredBuilds()
{
    ManualClock protocolClock; // 2026-06-28 10:00:00 UTC, PROTOCOL.md section 3's example
    VicidialSimulator sim(&protocolClock);
    QVERIFY(sim.listen());
    SimTestClient client(sim.baseUrl());
    const RawAnswer agentApi = client.agentApi({{u"function"_s, u"version"_s}});
    QCOMPARE(agentApi.body, "VERSION: 2.14-81|BUILD: 240429-2220|DATE: 2026-06-28 10:00:00|EPOCH: 1782640800\n");
    const RawAnswer nonAgentApi = client.nonAgentApi({{u"function"_s, u"version"_s}});
    QCOMPARE(nonAgentApi.body,
             "VERSION: 2.14-194|BUILD: 241004-1518|DATE: 2026-06-28 10:00:00|EPOCH: 1782640800|DST: 0|TZ: 0.00|TZNOW: 0.00|\n");
    QCOMPARE(parseVersionAnswer(nonAgentApi.body)->build, (ServerBuild{241004, 1518}));

    sim.setBuilds({240624, 1200}, {250101, 900});
    const std::optional<VersionInfo> agentInfo = parseVersionAnswer(client.agentApi({{u"function"_s, u"version"_s}}).body);
    QVERIFY(agentInfo);
    QCOMPARE(agentInfo->build, (ServerBuild{240624, 1200}));
    QCOMPARE(agentInfo->version, u"2.14-81"_s);
    QCOMPARE(agentInfo->epoch, 1782640800);
    QCOMPARE(parseVersionAnswer(client.nonAgentApi({{u"function"_s, u"version"_s}}).body)->build, (ServerBuild{250101, 900}));
}

void TestSimAnswers::unknownFunctionsAndPaths()
{
    // The agent API prints nothing for a function it does not know; the non-agent API says so.
    const RawAnswer agentApi = m_client->agentApi(apiForm(u"6666"_s, u"1234"_s, u"no_such_function"_s));
    QCOMPARE(agentApi.status, 200);
    QCOMPARE(agentApi.body, QByteArray());
    QCOMPARE(parseAnswer(agentApi.body, Redactor()).kind, ResultKind::ServerError);
    QCOMPARE(m_client->agentApi(apiForm(u"6666"_s, u"bad"_s, u"no_such_function"_s)).body.left(35),
             "ERROR: Invalid Username/Password: |");
    const RawAnswer nonAgentApi = m_client->nonAgentApi(apiForm(u"6666"_s, u"1234"_s, u"no_such_function"_s));
    QCOMPARE(nonAgentApi.body, "ERROR: NO FUNCTION SPECIFIED\n");
    QCOMPARE(parseAnswer(nonAgentApi.body, Redactor()).kind, ResultKind::Unrecognised);

    const RawAnswer teapot = m_client->agentApi({{u"function"_s, u"coffee"_s}});
    QCOMPARE(teapot.status, 418);
    QCOMPARE(teapot.body, "Coffee: coffee|Error 418 I'm a teapot");

    m_sim->setAgentApiActive(false);
    QCOMPARE(m_client->agentApi(apiForm(u"6666"_s, u"1234"_s, u"park_call"_s)).body, "ERROR: System API NOT ACTIVE\n");

    const RawAnswer missing = m_client->send(u"/agc/vicidial.php"_s, {}, true);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.error, QNetworkReply::ContentNotFoundError);
    QCOMPARE(m_sim->requestCount(), 5); // the 404 reached no API
}

void TestSimAnswers::answersAreHtmlWithStatus200()
{
    const RawAnswer answer = m_client->agentApi(apiForm(u"6666"_s, u"1234"_s, u"park_call"_s, {{u"agent_user"_s, u"1002"_s}, {u"value"_s, u"PARK_CUSTOMER"_s}}));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.contentType, "text/html; charset=utf-8");
    QVERIFY(answer.body.endsWith('\n'));
    QVERIFY(!answer.body.contains('\r'));
}

QTEST_GUILESS_MAIN(TestSimAnswers)
#include "TestSimAnswers.moc"
