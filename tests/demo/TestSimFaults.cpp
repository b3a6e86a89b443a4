#include "SimTestClient.h"

#include "demo/VicidialSimulator.h"
#include "vicidial/AgentTableParser.h"
#include "vicidial/AnswerLines.h"
#include "vicidial/AnswerParser.h"
#include "vicidial/VersionInfo.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Injected faults as the project's WireClient sees them, and the counters
// tests use to measure traffic.
class TestSimFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void latencyDelaysOnlyTheChosenFunction();
    void http500IsAnHttpError();
    void anHtmlErrorPageIsAServerError();
    void aResetConnectionFails();
    void aTruncatedBodyFails();
    void phpWarningsSurroundTheAnswer();
    void aHugeBodyIsCutAtTheClientsLimit();
    void faultsBeforeTheScriptStoreNoCommand();
    void loggedInAgentsTakesLongerWithMoreAgents();
    void agentStatusCostsItsServiceTimePerRequest();
    void oneClientReusesOneConnection();
    void countersTellFunctionsAgentsAndMethods();

private:
    WireResponse parkCall(const QString &agent = u"1000"_s);

    VicidialSimulator *m_sim = nullptr;
    WireClient *m_client = nullptr;
};

void TestSimFaults::init()
{
    m_sim = new VicidialSimulator(this);
    m_sim->setAgentScreenDelayMs(0);
    QVERIFY(m_sim->listen());
    m_client = new WireClient(simConfig(m_sim->baseUrl()), this);
}

void TestSimFaults::cleanup()
{
    delete m_client;
    delete m_sim;
}

WireResponse TestSimFaults::parkCall(const QString &agent)
{
    return sendAndWait(*m_client, ApiRequest::parkCall(agent, ParkAction::ParkCustomer));
}

void TestSimFaults::latencyDelaysOnlyTheChosenFunction()
{
    ServerConfig config = m_client->config();
    config.timeoutMs = 300;
    m_client->setConfig(config);
    m_sim->setLatencyMs(2000, u"version"_s);
    const WireResponse slow = sendAndWait(*m_client, ApiRequest::version(ApiRequest::Endpoint::AgentApi));
    QVERIFY(slow.failure);
    QCOMPARE(slow.failure->kind, ResultKind::Timeout);
    const WireResponse fast = parkCall();
    QVERIFY(fast.ok());
    QCOMPARE(parseAnswer(fast.body, m_client->redactor()).kind, ResultKind::Success);

    m_sim->setLatencyMs(100);
    const WireResponse delayed = parkCall();
    QVERIFY(delayed.ok());
    QVERIFY(delayed.latencyMs >= 100);
}

void TestSimFaults::http500IsAnHttpError()
{
    m_sim->setFault(SimFault::Http500);
    const WireResponse response = parkCall();
    QVERIFY(response.failure);
    QCOMPARE(response.failure->kind, ResultKind::HttpError);
    QCOMPARE(response.httpStatus, 500);
}

void TestSimFaults::anHtmlErrorPageIsAServerError()
{
    m_sim->setFault(SimFault::HtmlErrorPage, u"park_call"_s);
    const WireResponse response = parkCall();
    QVERIFY(response.ok());
    QCOMPARE(response.httpStatus, 200);
    const Answer answer = parseAnswer(response.body, m_client->redactor());
    QCOMPARE(answer.kind, ResultKind::ServerError);
    QCOMPARE(answer.detail, u"html"_s);
    // Other functions are untouched.
    QVERIFY(parseVersionAnswer(sendAndWait(*m_client, ApiRequest::version(ApiRequest::Endpoint::AgentApi)).body));
}

void TestSimFaults::aResetConnectionFails()
{
    m_sim->setFault(SimFault::ConnectionReset);
    const WireResponse response = parkCall();
    QVERIFY(response.failure);
    QCOMPARE(response.failure->kind, ResultKind::ConnectionFailed);
    QVERIFY(outcomeUnknown(response.failure->kind));
}

void TestSimFaults::aTruncatedBodyFails()
{
    m_sim->setFault(SimFault::TruncatedBody, u"park_call"_s);
    const WireResponse response = parkCall();
    QVERIFY(response.failure);
    QCOMPARE(response.failure->kind, ResultKind::ConnectionFailed);
    // The script ran: the command is stored although the client never heard so.
    QCOMPARE(m_sim->commandsCarriedOut(u"1000"_s) + (m_sim->pendingCommand(u"1000"_s) ? 1 : 0), 1);
}

void TestSimFaults::phpWarningsSurroundTheAnswer()
{
    m_sim->setFault(SimFault::PhpWarnings);
    const WireResponse park = parkCall(u"1001"_s);
    QVERIFY(park.ok());
    QVERIFY(park.body.count("<b>Warning</b>:") >= 80);
    QVERIFY(!park.body.startsWith("ERROR"));
    QCOMPARE(parseAnswer(park.body, m_client->redactor()).kind, ResultKind::NoLead);

    const WireResponse status = sendAndWait(*m_client, ApiRequest::agentStatus(u"1000"_s));
    const AgentStatusResult parsed = parseAgentStatus(status.body, m_client->redactor(), u"1000"_s);
    QCOMPARE(parsed.answer.kind, ResultKind::Success);
    QCOMPARE(parsed.agent->leadId, u"12345"_s);
    QVERIFY(status.body.contains("non_agent_api.php"));
    QVERIFY(parseVersionAnswer(sendAndWait(*m_client, ApiRequest::version(ApiRequest::Endpoint::NonAgentApi)).body));
}

void TestSimFaults::aHugeBodyIsCutAtTheClientsLimit()
{
    m_sim->setFault(SimFault::HugeBody, u"agent_status"_s);
    const WireResponse response = sendAndWait(*m_client, ApiRequest::agentStatus(u"1000"_s));
    QVERIFY(response.ok());
    QVERIFY(response.truncatedAtLimit);
    QCOMPARE(response.body.size(), m_client->config().maxAnswerBytes);
    QVERIFY(response.body.size() < SimFaults::kHugeBodyBytes);
    QCOMPARE(parseAgentStatus(response.body, m_client->redactor(), u"1000"_s).agent, std::nullopt);
}

void TestSimFaults::faultsBeforeTheScriptStoreNoCommand()
{
    for (SimFault fault : {SimFault::Http500, SimFault::HtmlErrorPage, SimFault::ConnectionReset}) {
        m_sim->setFault(fault, u"park_call"_s);
        parkCall();
    }
    QVERIFY(!m_sim->pendingCommand(u"1000"_s));
    QCOMPARE(m_sim->commandsCarriedOut(u"1000"_s), 0);
    QVERIFY(m_sim->requestCount(u"park_call"_s) >= 3);
    m_sim->clearFaults();
    QCOMPARE(parseAnswer(parkCall().body, m_client->redactor()).kind, ResultKind::Success);
}

void TestSimFaults::loggedInAgentsTakesLongerWithMoreAgents()
{
    m_sim->setScenario(SimScenario::Floor, 300);
    m_sim->setLoggedInAgentsServiceTimeUs(1000); // 1 ms per agent in the answer
    const WireResponse all = sendAndWait(*m_client, ApiRequest::loggedInAgents({}, {}));
    QVERIFY(all.ok());
    QCOMPARE(parseLoggedInAgents(all.body, m_client->redactor()).agents.size(), 300);
    QVERIFY(all.latencyMs >= 300);
    const WireResponse one = sendAndWait(*m_client, ApiRequest::agentStatus(u"10000"_s));
    QVERIFY(one.ok());
    QVERIFY(one.latencyMs < 300);
    QCOMPARE(m_sim->modelledServiceUs(), qint64(300 * 1000));
}

void TestSimFaults::agentStatusCostsItsServiceTimePerRequest()
{
    m_sim->setAgentStatusServiceTimeUs(40000);
    for (int i = 0; i < 3; ++i) {
        const WireResponse one = sendAndWait(*m_client, ApiRequest::agentStatus(u"1000"_s));
        QVERIFY(one.ok());
        QVERIFY(one.latencyMs >= 40);
    }
    QVERIFY(sendAndWait(*m_client, ApiRequest::version(ApiRequest::Endpoint::AgentApi)).ok());
    QCOMPARE(m_sim->modelledServiceUs(), qint64(3 * 40000));
}

void TestSimFaults::oneClientReusesOneConnection()
{
    for (int i = 0; i < 20; ++i) {
        const ApiRequest request = i % 2 ? ApiRequest::agentStatus(u"1000"_s) : ApiRequest::version(ApiRequest::Endpoint::AgentApi);
        QVERIFY(sendAndWait(*m_client, request).ok());
    }
    QCOMPARE(m_sim->requestCount(), 20);
    QCOMPARE(m_sim->connectionsAccepted(), 1);
}

void TestSimFaults::countersTellFunctionsAgentsAndMethods()
{
    parkCall(u"1000"_s);
    parkCall(u"1001"_s);
    sendAndWait(*m_client, ApiRequest::agentStatus(u"1000"_s));
    sendAndWait(*m_client, ApiRequest::loggedInAgents({u"TESTCAMP"_s}, {}));
    QCOMPARE(m_sim->requestCount(), 4);
    QCOMPARE(m_sim->requestCount(u"park_call"_s), 2);
    QCOMPARE(m_sim->requestCount(u"park_call"_s, u"1001"_s), 1);
    QCOMPARE(m_sim->requestCount(u"agent_status"_s, u"1000"_s), 1);
    QCOMPARE(m_sim->requestCount(u"logged_in_agents"_s), 1);
    QTRY_COMPARE(m_sim->commandsCarriedOut(u"1000"_s), 1);
    QCOMPARE(m_sim->commandsCarriedOut(u"1001"_s), 0);

    const QList<SimRequestRecord> &log = m_sim->recentRequests();
    QCOMPARE(log.size(), 4);
    QCOMPARE(log.at(1).function, u"park_call"_s);
    QCOMPARE(log.at(1).agent, u"1001"_s);
    QCOMPARE(log.at(1).value, u"PARK_CUSTOMER"_s);
    QCOMPARE(log.at(1).method, "POST");
    QCOMPARE(log.at(3).path, u"/vicidial/non_agent_api.php"_s);

    m_sim->resetCounters();
    QCOMPARE(m_sim->requestCount(), 0);
    QCOMPARE(m_sim->connectionsAccepted(), 0);
    QCOMPARE(m_sim->commandsCarriedOut(u"1000"_s), 0);
    QVERIFY(m_sim->recentRequests().isEmpty());
}

QTEST_GUILESS_MAIN(TestSimFaults)
#include "TestSimFaults.moc"
