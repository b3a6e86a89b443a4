#include "FixtureFiles.h"
#include "vicidial/AgentTableParser.h"
#include "vicidial/Redactor.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(TableStage)

// agent_status and logged_in_agents tables, in every stage and shape PROTOCOL.md shows.
class TestAgentTableParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAgentStatusRows_data();
    void readsAgentStatusRows();
    void agentStatusErrorsAreAnswers_data();
    void agentStatusErrorsAreAnswers();
    void readsTheRealParkedFixture();
    void aShortPasswordDoesNotMangleTheRow();
    void readsLoggedInAgents_data();
    void readsLoggedInAgents();
    void anEmptyFloorIsNotAFault();
    void loggedInAgentsPermissionError();
    void readsTheRealLoggedInAgentsFixture();
    void countsCsvRowsBrokenByACommaInAName();
};

void TestAgentTableParser::readsAgentStatusRows_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<TableStage>("stage");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("leadId");
    QTest::addColumn<QString>("subStatus");
    QTest::addColumn<QString>("pauseCode");
    QTest::addColumn<bool>("hasLead");
    QTest::addColumn<QString>("computerIp");

    QTest::newRow("in call") << QByteArray("INCALL|M1234567890000012345|12345|TESTCAMP|3|Agent 1000|AGENTS|1|||3125550100|VLC12345|8600051\n")
                             << TableStage::Pipe << u"INCALL"_s << u"12345"_s << QString() << QString() << true << QString();
    QTest::newRow("parked") << QByteArray("INCALL|M1234567890000012345|12345|TESTCAMP|3|Agent 1000|AGENTS|1||PARK|3125550100|VLC12345|8600051\n")
                            << TableStage::Pipe << u"INCALL"_s << u"12345"_s << u"PARK"_s << QString() << true << QString();
    QTest::newRow("paused, no lead") << QByteArray("PAUSED||0|TESTCAMP|1|Agent 1001|AGENTS|1|LOGIN||||8600052\n") << TableStage::Pipe
                                     << u"PAUSED"_s << u"0"_s << QString() << u"LOGIN"_s << false << QString();
    QTest::newRow("with header") << QByteArray("status|callerid|lead_id|campaign_id|calls_today|full_name|user_group|user_level|"
                                               "pause_code|real_time_sub_status|phone_number|vendor_lead_code|session_id\n"
                                               "INCALL|M1234567890000012345|12345|TESTCAMP|3|Agent 1000|AGENTS|1||PARK|3125550100|VLC12345|8600051\n")
                                 << TableStage::Pipe << u"INCALL"_s << u"12345"_s << u"PARK"_s << QString() << true << QString();
    QTest::newRow("csv") << QByteArray("INCALL,M1234567890000012345,12345,TESTCAMP,3,Agent 1000,AGENTS,1,,DEAD,3125550100,VLC12345,8600051\n")
                         << TableStage::Csv << u"INCALL"_s << u"12345"_s << u"DEAD"_s << QString() << true << QString();
    QTest::newRow("tab, trailing empty fields") << QByteArray("PAUSED\t\t0\tTESTCAMP\t1\tAgent 1001\tAGENTS\t1\tLOGIN\t\t\t\t8600052\n")
                                                << TableStage::Tab << u"PAUSED"_s << u"0"_s << QString() << u"LOGIN"_s << false
                                                << QString();
    QTest::newRow("include_ip") << QByteArray("INCALL|M1234567890000012345|12345|TESTCAMP|3|Agent 1000|AGENTS|1|||3125550100|VLC12345|8600051|10.0.0.7\n")
                                << TableStage::Pipe << u"INCALL"_s << u"12345"_s << QString() << QString() << true << u"10.0.0.7"_s;
    QTest::newRow("crlf and noise") << QByteArray("<br />\r\n<b>Warning</b>:  x in <b>/a.php</b> on line <b>1</b><br />\r\n"
                                                  "INCALL|M1234567890000012345|12345|TESTCAMP|3|Agent 1000|AGENTS|1||3-WAY|3125550100|VLC12345|8600051\r\n")
                                    << TableStage::Pipe << u"INCALL"_s << u"12345"_s << u"3-WAY"_s << QString() << true << QString();
}

void TestAgentTableParser::readsAgentStatusRows()
{
    QFETCH(QByteArray, body);
    QFETCH(TableStage, stage);
    const AgentStatusResult result = parseAgentStatus(body, Redactor(), u"1000"_s, stage);
    QCOMPARE(result.answer.kind, ResultKind::Success);
    QVERIFY(result.agent.has_value());
    QCOMPARE(result.agent->user, u"1000"_s);
    QTEST(result.agent->status, "status");
    QTEST(result.agent->leadId, "leadId");
    QTEST(result.agent->subStatus, "subStatus");
    QTEST(result.agent->pauseCode, "pauseCode");
    QTEST(result.agent->hasLead(), "hasLead");
    QTEST(result.agent->computerIp, "computerIp");
    QCOMPARE(result.agent->campaign, u"TESTCAMP"_s);
    QCOMPARE(result.agent->userGroup, u"AGENTS"_s);
}

void TestAgentTableParser::agentStatusErrorsAreAnswers_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ResultKind>("kind");
    QTest::newRow("not logged in") << QByteArray("ERROR: agent_status AGENT NOT LOGGED IN: 6666|1002\n") << ResultKind::NotLoggedIn;
    QTest::newRow("not found") << QByteArray("ERROR: agent_status AGENT NOT FOUND: 6666|9999\n") << ResultKind::AgentNotFound;
    QTest::newRow("no permission") << QByteArray("ERROR: agent_status USER DOES NOT HAVE PERMISSION TO GET AGENT INFO: |5556|0|\n")
                                   << ResultKind::NoPermission;
    QTest::newRow("login incorrect") << QByteArray("ERROR: Login incorrect, please try again: |6666|wrongpass|BAD|\n")
                                     << ResultKind::BadCredentials;
    QTest::newRow("locked") << QByteArray("ERROR: Too many login attempts, try again in 15 minutes: |6667|LOCK|\n")
                            << ResultKind::AccountLocked;
    QTest::newRow("html page") << QByteArray("<html><title>502 Bad Gateway</title></html>\n") << ResultKind::ServerError;
    QTest::newRow("a park answer is not a table") << QByteArray("SUCCESS: park_call function set - PARK_CUSTOMER|1000\n")
                                                  << ResultKind::Unrecognised;
}

void TestAgentTableParser::agentStatusErrorsAreAnswers()
{
    QFETCH(QByteArray, body);
    const AgentStatusResult result = parseAgentStatus(body, Redactor(u"wrongpass"_s), u"1002"_s);
    QTEST(result.answer.kind, "kind");
    QVERIFY(!result.agent.has_value());
    QVERIFY(!result.answer.text.contains(u"wrongpass"_s));
}

void TestAgentTableParser::readsTheRealParkedFixture()
{
    const AgentStatusResult result =
        parseAgentStatus(readTestData(u"fixtures/real-php8-warnings/agent_status-parked.txt"_s), Redactor(u"1234"_s), u"1000"_s);
    QCOMPARE(result.answer.kind, ResultKind::Success);
    QVERIFY(result.agent->isParked());
    QCOMPARE(result.agent->callerId, u"M1234567890000012345"_s);
    QCOMPARE(result.agent->sessionId, u"8600051"_s);
}

void TestAgentTableParser::aShortPasswordDoesNotMangleTheRow()
{
    // The demo password 1234 occurs inside the lead and caller ids: data rows
    // are parsed from the body with only the echo fields blanked.
    const AgentStatusResult result = parseAgentStatus(
        "INCALL|M1234567890000012345|12345|TESTCAMP|3|Agent 1000|AGENTS|1|||3125550100|VLC12345|8600051\n", Redactor(u"1234"_s), u"1000"_s);
    QCOMPARE(result.agent->leadId, u"12345"_s);
    QCOMPARE(result.agent->callerId, u"M1234567890000012345"_s);
}

void TestAgentTableParser::readsLoggedInAgents_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<TableStage>("stage");
    QTest::addColumn<QString>("firstSubStatus");
    QTest::addColumn<QString>("secondPauseCode");

    QTest::newRow("pipe with sub status") << QByteArray("1000|TESTCAMP|8600051|INCALL|12345|M1234567890000012345|3|Agent 1000|AGENTS|1||PARK\n"
                                                        "1001|TESTCAMP|8600052|PAUSED|0||1|Agent 1001|AGENTS|1|LOGIN|\n")
                                          << TableStage::Pipe << u"PARK"_s << u"LOGIN"_s;
    QTest::newRow("csv with header") << QByteArray("user,campaign_id,session_id,status,lead_id,callerid,calls_today,full_name,user_group,"
                                                   "user_level,pause_code,sub_status\n"
                                                   "1000,TESTCAMP,8600051,INCALL,12345,M1234567890000012345,3,Agent 1000,AGENTS,1,,PARK\n"
                                                   "1001,TESTCAMP,8600052,PAUSED,0,,1,Agent 1001,AGENTS,1,LOGIN,\n")
                                     << TableStage::Csv << u"PARK"_s << u"LOGIN"_s;
    QTest::newRow("pipe without options") << QByteArray("1000|TESTCAMP|8600051|INCALL|12345|M1234567890000012345|3|Agent 1000|AGENTS|1\n"
                                                        "1001|TESTCAMP|8600052|PAUSED|0||1|Agent 1001|AGENTS|1\n")
                                          << TableStage::Pipe << QString() << QString();
    QTest::newRow("tab") << QByteArray("1000\tTESTCAMP\t8600051\tINCALL\t12345\tM1234567890000012345\t3\tAgent 1000\tAGENTS\t1\t\tPARK\n"
                                       "1001\tTESTCAMP\t8600052\tPAUSED\t0\t\t1\tAgent 1001\tAGENTS\t1\tLOGIN\t\n")
                         << TableStage::Tab << u"PARK"_s << u"LOGIN"_s;
}

void TestAgentTableParser::readsLoggedInAgents()
{
    QFETCH(QByteArray, body);
    QFETCH(TableStage, stage);
    const LoggedInAgentsResult result = parseLoggedInAgents(body, Redactor(), stage);
    QCOMPARE(result.answer.kind, ResultKind::Success);
    QCOMPARE(result.agents.size(), 2);
    QCOMPARE(result.agents.at(0).user, u"1000"_s);
    QCOMPARE(result.agents.at(0).status, u"INCALL"_s);
    QCOMPARE(result.agents.at(0).leadId, u"12345"_s);
    QCOMPARE(result.agents.at(0).sessionId, u"8600051"_s);
    QCOMPARE(result.agents.at(0).fullName, u"Agent 1000"_s);
    QTEST(result.agents.at(0).subStatus, "firstSubStatus");
    QCOMPARE(result.agents.at(1).user, u"1001"_s);
    QVERIFY(!result.agents.at(1).hasLead());
    QTEST(result.agents.at(1).pauseCode, "secondPauseCode");
}

void TestAgentTableParser::anEmptyFloorIsNotAFault()
{
    const LoggedInAgentsResult result = parseLoggedInAgents("ERROR: logged_in_agents NO LOGGED IN AGENTS: 6666\n", Redactor());
    QCOMPARE(result.answer.kind, ResultKind::NoLoggedInAgents);
    QVERIFY(result.agents.isEmpty());
}

void TestAgentTableParser::loggedInAgentsPermissionError()
{
    const LoggedInAgentsResult result =
        parseLoggedInAgents("ERROR: logged_in_agents USER DOES NOT HAVE PERMISSION TO GET AGENT INFO: |5556|0|\n", Redactor());
    QCOMPARE(result.answer.kind, ResultKind::NoPermission);
    QCOMPARE(result.answer.user, u"5556"_s);
}

void TestAgentTableParser::readsTheRealLoggedInAgentsFixture()
{
    const LoggedInAgentsResult result =
        parseLoggedInAgents(readTestData(u"fixtures/real-php8-warnings/logged_in_agents-sub-status.txt"_s), Redactor(u"1234"_s));
    QCOMPARE(result.answer.kind, ResultKind::Success);
    QCOMPARE(result.agents.size(), 2);
    QVERIFY(result.agents.at(0).isParked());
    QCOMPARE(result.agents.at(1).pauseCode, u"LOGIN"_s);
}

void TestAgentTableParser::countsCsvRowsBrokenByACommaInAName()
{
    const LoggedInAgentsResult result = parseLoggedInAgents(
        "1000,TESTCAMP,8600051,INCALL,12345,M1234567890000012345,3,Smith, Jo,AGENTS,1,,PARK\n"
        "1001,TESTCAMP,8600052,PAUSED,0,,1,Agent 1001,AGENTS,1,LOGIN,\n",
        Redactor(), TableStage::Csv);
    QCOMPARE(result.agents.size(), 1);
    QCOMPARE(result.malformedRows, 1);
}

QTEST_GUILESS_MAIN(TestAgentTableParser)
#include "TestAgentTableParser.moc"
