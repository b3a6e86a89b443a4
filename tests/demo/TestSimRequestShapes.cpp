#include "SimTestClient.h"

#include "demo/VicidialSimulator.h"
#include "util/Clock.h"
#include "vicidial/AgentTableParser.h"
#include "vicidial/AnswerParser.h"
#include "vicidial/Redactor.h"

#include <QTest>

using namespace Qt::StringLiterals;

// How the simulator reads requests (GET and POST alike, decoded and edited as
// PHP and VICIdial do) and the table shapes its options ask for.
class TestSimRequestShapes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void agentStatusShapes_data();
    void agentStatusShapes();
    void loggedInAgentsFiltersByCampaignAndUserGroup();
    void getAndPostGiveIdenticalBodies();
    void aHostilePasswordIsDecodedAndEditedAsTheServerDoes_data();
    void aHostilePasswordIsDecodedAndEditedAsTheServerDoes();

private:
    ManualClock *m_clock = nullptr;
    VicidialSimulator *m_sim = nullptr;
    SimTestClient *m_client = nullptr;
};

void TestSimRequestShapes::init()
{
    m_clock = new ManualClock();
    m_sim = new VicidialSimulator(m_clock, this);
    QVERIFY(m_sim->listen());
    m_client = new SimTestClient(m_sim->baseUrl());
}

void TestSimRequestShapes::cleanup()
{
    delete m_client;
    delete m_sim;
    delete m_clock;
}

void TestSimRequestShapes::agentStatusShapes_data()
{
    QTest::addColumn<FormFields>("extra");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<TableStage>("stage");

    QTest::newRow("csv header") << FormFields{{u"stage"_s, u"csv"_s}, {u"header"_s, u"YES"_s}}
                                << QByteArray("status,callerid,lead_id,campaign_id,calls_today,full_name,user_group,user_level,pause_code,"
                                              "real_time_sub_status,phone_number,vendor_lead_code,session_id\n"
                                              "PAUSED,,0,TESTCAMP,1,Agent 1001,AGENTS,1,LOGIN,,,,8600052\n")
                                << TableStage::Csv;
    QTest::newRow("tab") << FormFields{{u"stage"_s, u"tab"_s}}
                         << QByteArray("PAUSED\t\t0\tTESTCAMP\t1\tAgent 1001\tAGENTS\t1\tLOGIN\t\t\t\t8600052\n") << TableStage::Tab;
    QTest::newRow("ip") << FormFields{{u"include_ip"_s, u"YES"_s}}
                        << QByteArray("PAUSED||0|TESTCAMP|1|Agent 1001|AGENTS|1|LOGIN||||8600052|10.10.10.101\n") << TableStage::Pipe;
    QTest::newRow("ip header") << FormFields{{u"include_ip"_s, u"YES"_s}, {u"header"_s, u"YES"_s}}
                               << QByteArray("status|callerid|lead_id|campaign_id|calls_today|full_name|user_group|user_level|pause_code|"
                                             "real_time_sub_status|phone_number|vendor_lead_code|session_id|computer_ip\n"
                                             "PAUSED||0|TESTCAMP|1|Agent 1001|AGENTS|1|LOGIN||||8600052|10.10.10.101\n")
                               << TableStage::Pipe;
}

void TestSimRequestShapes::agentStatusShapes()
{
    QFETCH(FormFields, extra);
    QFETCH(QByteArray, expected);
    QFETCH(TableStage, stage);
    extra.prepend({u"agent_user"_s, u"1001"_s});
    const RawAnswer answer = m_client->nonAgentApi(apiForm(u"6666"_s, u"1234"_s, u"agent_status"_s, extra));
    QCOMPARE(answer.body, expected);
    const AgentStatusResult parsed = parseAgentStatus(answer.body, Redactor(), u"1001"_s, stage);
    QCOMPARE(parsed.answer.kind, ResultKind::Success);
    QCOMPARE(parsed.agent->status, u"PAUSED"_s);
    QCOMPARE(parsed.agent->pauseCode, u"LOGIN"_s);
    QCOMPARE(parsed.agent->sessionId, u"8600052"_s);
    QCOMPARE(parsed.agent->computerIp, expected.contains("10.10.10.101") ? u"10.10.10.101"_s : QString());
}

void TestSimRequestShapes::loggedInAgentsFiltersByCampaignAndUserGroup()
{
    SimAgent other = *m_sim->agent(u"1001"_s);
    other.user = u"1004"_s;
    other.userGroup = u"SALESTEAM"_s;
    other.sessionId = u"8600054"_s;
    m_sim->addAgent(other);

    const auto users = [this](const FormFields &extra) {
        const RawAnswer answer = m_client->nonAgentApi(apiForm(u"6666"_s, u"1234"_s, u"logged_in_agents"_s, extra));
        QStringList found;
        for (const AgentSnapshot &agent : parseLoggedInAgents(answer.body, Redactor()).agents)
            found.append(agent.user);
        return found;
    };
    QCOMPARE(users({}), (QStringList{u"1000"_s, u"1001"_s, u"1003"_s, u"1004"_s}));
    QCOMPARE(users({{u"campaigns"_s, u"NOIVR"_s}}), QStringList{u"1003"_s});
    QCOMPARE(users({{u"campaigns"_s, u"TESTCAMP|NOIVR"_s}}), (QStringList{u"1000"_s, u"1001"_s, u"1003"_s, u"1004"_s}));
    QCOMPARE(users({{u"user_groups"_s, u"SALESTEAM"_s}}), QStringList{u"1004"_s});
    QCOMPARE(users({{u"user_groups"_s, u"AGENTS|SALESTEAM"_s}, {u"campaigns"_s, u"TESTCAMP"_s}}),
             (QStringList{u"1000"_s, u"1001"_s, u"1004"_s}));
    const RawAnswer header = m_client->nonAgentApi(apiForm(u"6666"_s, u"1234"_s, u"logged_in_agents"_s,
                                                           {{u"header"_s, u"YES"_s}, {u"stage"_s, u"tab"_s}, {u"campaigns"_s, u"NOIVR"_s}}));
    QCOMPARE(header.body, "user\tcampaign_id\tsession_id\tstatus\tlead_id\tcallerid\tcalls_today\tfull_name\tuser_group\tuser_level\n"
                          "1003\tNOIVR\t8600053\tINCALL\t12346\tM1234567890000012346\t2\tAgent 1003\tAGENTS\t1\n");
    QCOMPARE(parseLoggedInAgents(header.body, Redactor(), TableStage::Tab).agents.size(), 1);
}

void TestSimRequestShapes::getAndPostGiveIdenticalBodies()
{
    const QList<std::pair<bool, FormFields>> requests{
        {true, {{u"function"_s, u"version"_s}}},
        {true, apiForm(u"6666"_s, u"1234"_s, u"park_call"_s, {{u"agent_user"_s, u"1001"_s}, {u"value"_s, u"GRAB_CUSTOMER"_s}})},
        {true, apiForm(u"6666"_s, u"nope"_s, u"park_call"_s, {{u"agent_user"_s, u"1000"_s}, {u"value"_s, u"PARK_CUSTOMER"_s}})},
        {false, apiForm(u"6666"_s, u"1234"_s, u"agent_status"_s, {{u"agent_user"_s, u"1000"_s}, {u"stage"_s, u"csv"_s}})},
        {false, apiForm(u"6666"_s, u"1234"_s, u"logged_in_agents"_s, {{u"show_sub_status"_s, u"YES"_s}, {u"header"_s, u"YES"_s}})},
        {false, apiForm(u"5555"_s, u"1234"_s, u"logged_in_agents"_s)},
    };
    for (const auto &[agentApi, fields] : requests) {
        const RawAnswer viaPost = agentApi ? m_client->agentApi(fields, false) : m_client->nonAgentApi(fields, false);
        const RawAnswer viaGet = agentApi ? m_client->agentApi(fields, true) : m_client->nonAgentApi(fields, true);
        QVERIFY(!viaPost.body.isEmpty());
        QCOMPARE(viaGet.body, viaPost.body);
    }
    QCOMPARE(m_sim->recentRequests().last().method, "GET");
}

void TestSimRequestShapes::aHostilePasswordIsDecodedAndEditedAsTheServerDoes_data()
{
    QTest::addColumn<bool>("useGet");
    QTest::newRow("POST") << false;
    QTest::newRow("GET") << true;
}

void TestSimRequestShapes::aHostilePasswordIsDecodedAndEditedAsTheServerDoes()
{
    QFETCH(bool, useGet);
    const QString hostile = u"a&b=c+d%e#f?g h/ñ€"_s;
    const FormFields park{{u"agent_user"_s, u"1000"_s}, {u"value"_s, u"PARK_CUSTOMER"_s}};

    // Wrong for 6666: each API echoes its own edit of what arrived.
    const RawAnswer agentApi = m_client->agentApi(apiForm(u"6666"_s, hostile, u"park_call"_s, park), useGet);
    QVERIFY(agentApi.body.startsWith("ERROR: Invalid Username/Password: |6666|ab=c+defgh/|0|1|BAD|"));
    QVERIFY(agentApi.body.contains("pass='ab=c+defgh/'"));
    const RawAnswer nonAgentApi = m_client->nonAgentApi(apiForm(u"6666"_s, hostile, u"agent_status"_s, park), useGet);
    QCOMPARE(nonAgentApi.body, "ERROR: Login incorrect, please try again: |6666|abcdefgh|BAD|\n");
    const Redactor redactor(hostile);
    QVERIFY(!redactor.redact(QString::fromUtf8(agentApi.body)).contains(u"ab=c+defgh/"_s));

    // A user whose stored password is the agent API's edit parks with it, yet never polls (PROTOCOL.md section 6).
    SimApiUser user = *m_sim->apiUser(u"6666"_s);
    user.user = u"6668"_s;
    user.password = Redactor::agentApiEdited(hostile, false);
    m_sim->addApiUser(user);
    QCOMPARE(m_client->agentApi(apiForm(u"6668"_s, hostile, u"park_call"_s, park), useGet).body,
             "SUCCESS: park_call function set - PARK_CUSTOMER|1000\n");
    QCOMPARE(parseAnswer(m_client->nonAgentApi(apiForm(u"6668"_s, hostile, u"agent_status"_s, park), useGet).body, redactor).kind,
             ResultKind::BadCredentials);
}

QTEST_GUILESS_MAIN(TestSimRequestShapes)
#include "TestSimRequestShapes.moc"
