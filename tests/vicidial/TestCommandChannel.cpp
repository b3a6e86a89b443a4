#include "LocalHttpServer.h"
#include "RawHttpServer.h"
#include "WireCalls.h"
#include "demo/VicidialSimulator.h"
#include "util/Clock.h"
#include "vicidial/AnswerParser.h"
#include "vicidial/CommandChannel.h"
#include "vicidial/WireClient.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using WireCalls::configFor;
using WireCalls::sendAndWait;

// park_call goes on the command channel: written once and never again,
// whatever happens to the connection, on kept-alive connections that are
// reused only while that is safe.
class TestCommandChannel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aConnectionLostAfterTheRequestIsOneSendWithAnUnknownOutcome_data();
    void aConnectionLostAfterTheRequestIsOneSendWithAnUnknownOutcome();
    void aResetInTheSimulatorCountsOneParkCall();
    void twoCommandsAMomentApartShareOneConnection();
    void aCommandAfterTheIdleLimitOpensAFreshConnection();
    void aShorterIdleTimeoutOfTheServerIsRespected();
    void aConnectionCloseAnswerDoesNotFailTheNextCommand();
    void aServerClosingAnIdleConnectionDoesNotFailTheNextCommand();
    void commandsForTwoAgentsAtOnceUseTwoConnections();
    void aSilentServerGivesATimeoutAfterOneSend();
    void readsAndCommandsGoOnOneTransport();
    void aCommandNeverWaitsBehindARead();

private:
    static WireResponse parkCall(WireClient &client, const QString &agent = u"1000"_s)
    {
        return sendAndWait(client, ApiRequest::parkCall(agent, ParkAction::ParkCustomer));
    }
};

void TestCommandChannel::aConnectionLostAfterTheRequestIsOneSendWithAnUnknownOutcome_data()
{
    QTest::addColumn<RawHttpServer::Then>("how");
    QTest::addColumn<bool>("warm");
    QTest::newRow("closed, fresh connection") << RawHttpServer::Then::Close << false;
    QTest::newRow("reset, fresh connection") << RawHttpServer::Then::Reset << false;
    // Where Qt's stack resends: a kept-alive connection that ends before the answer.
    QTest::newRow("closed, reused connection") << RawHttpServer::Then::Close << true;
    QTest::newRow("reset, reused connection") << RawHttpServer::Then::Reset << true;
}

void TestCommandChannel::aConnectionLostAfterTheRequestIsOneSendWithAnUnknownOutcome()
{
    QFETCH(RawHttpServer::Then, how);
    QFETCH(bool, warm);
    RawHttpServer server;
    QVERIFY(server.start());
    WireClient client(configFor(server.baseUrl()));
    if (warm)
        QVERIFY(parkCall(client, u"1001"_s).ok());
    server.setReply({{}, how});
    const WireResponse lost = parkCall(client);
    QVERIFY(lost.failure);
    QCOMPARE(lost.failure->kind, ResultKind::ConnectionFailed);
    QVERIFY(outcomeUnknown(lost.failure->kind));
    QCOMPARE(server.count(u"park_call"_s), warm ? 2 : 1);
    QCOMPARE(server.received().constLast().field(u"agent_user"_s), u"1000"_s);
    QCOMPARE(server.connectionsAccepted(), 1);
}

void TestCommandChannel::aResetInTheSimulatorCountsOneParkCall()
{
    VicidialSimulator sim;
    sim.setAgentScreenDelayMs(0);
    QVERIFY(sim.listen());
    WireClient client(configFor(sim.baseUrl()));
    QCOMPARE(parseAnswer(parkCall(client).body, client.redactor()).kind, ResultKind::Success);
    sim.setFault(SimFault::ConnectionReset, u"park_call"_s);
    const WireResponse reset = parkCall(client, u"1001"_s);
    QVERIFY(reset.failure);
    QCOMPARE(reset.failure->kind, ResultKind::ConnectionFailed);
    QCOMPARE(sim.requestCount(u"park_call"_s), 2);
    QCOMPARE(sim.requestCount(u"park_call"_s, u"1001"_s), 1);
    QCOMPARE(sim.connectionsAccepted(), 1);
}

void TestCommandChannel::twoCommandsAMomentApartShareOneConnection()
{
    LocalHttpServer server;
    QVERIFY(server.start());
    WireClient client(configFor(server.baseUrl()));
    for (int i = 0; i < 5; ++i)
        QVERIFY(parkCall(client).ok());
    QCOMPARE(server.received().size(), 5);
    QCOMPARE(server.connectionsAccepted(), 1);
}

void TestCommandChannel::aCommandAfterTheIdleLimitOpensAFreshConnection()
{
    ManualClock clock;
    LocalHttpServer server;
    QVERIFY(server.start());
    WireClient client(configFor(server.baseUrl()), &clock);
    QVERIFY(parkCall(client).ok());
    clock.advance(CommandChannel::kReuseWithinMs - 1);
    QVERIFY(parkCall(client).ok());
    QCOMPARE(server.connectionsAccepted(), 1);
    clock.advance(CommandChannel::kReuseWithinMs);
    QVERIFY(parkCall(client).ok());
    QCOMPARE(server.connectionsAccepted(), 2);
    QCOMPARE(server.received().size(), 3);
}

void TestCommandChannel::aShorterIdleTimeoutOfTheServerIsRespected()
{
    ManualClock clock;
    RawHttpServer server;
    QVERIFY(server.start());
    server.setReply({RawHttpServer::response(200, "SUCCESS: park_call function set - PARK_CUSTOMER|1000\n",
                                             "Keep-Alive: timeout=1, max=100\r\nConnection: Keep-Alive\r\n")});
    WireClient client(configFor(server.baseUrl()), &clock);
    QVERIFY(parkCall(client).ok());
    clock.advance(400);
    QVERIFY(parkCall(client).ok());
    QCOMPARE(server.connectionsAccepted(), 1);
    clock.advance(500); // half the server's second: too close to its timeout
    QVERIFY(parkCall(client).ok());
    QCOMPARE(server.connectionsAccepted(), 2);
}

void TestCommandChannel::aConnectionCloseAnswerDoesNotFailTheNextCommand()
{
    RawHttpServer server;
    QVERIFY(server.start());
    // Says close but leaves the connection open: the client must not reuse it anyway.
    server.setReply({RawHttpServer::response(200, "SUCCESS: park_call function set - PARK_CUSTOMER|1000\n", "Connection: close\r\n")});
    WireClient client(configFor(server.baseUrl()));
    QVERIFY(parkCall(client).ok());
    QVERIFY(parkCall(client).ok());
    QCOMPARE(server.count(u"park_call"_s), 2);
    QCOMPARE(server.received().at(1).connection, 2);
}

void TestCommandChannel::aServerClosingAnIdleConnectionDoesNotFailTheNextCommand()
{
    RawHttpServer server;
    QVERIFY(server.start());
    WireClient client(configFor(server.baseUrl()));
    QVERIFY(parkCall(client).ok());
    // The close reaches the client's system, but its event loop has not seen it yet.
    server.closeAllConnections();
    const WireResponse next = parkCall(client);
    QVERIFY2(next.ok(), qPrintable(next.failure ? next.failure->text : QString()));
    QCOMPARE(server.count(u"park_call"_s), 2);
    QCOMPARE(server.connectionsAccepted(), 2);

    // Again, after the client's event loop has seen the close.
    server.closeAllConnections();
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    QVERIFY(parkCall(client).ok());
    QCOMPARE(server.count(u"park_call"_s), 3);
}

void TestCommandChannel::commandsForTwoAgentsAtOnceUseTwoConnections()
{
    LocalHttpServer server;
    QVERIFY(server.start());
    server.setReply({200, "SUCCESS: park_call function set - PARK_CUSTOMER|1000\n", 200});
    WireClient client(configFor(server.baseUrl()));
    QSignalSpy first(client.send(ApiRequest::parkCall(u"1000"_s, ParkAction::ParkCustomer)), &WireCall::finished);
    QSignalSpy second(client.send(ApiRequest::parkCall(u"1001"_s, ParkAction::GrabCustomer)), &WireCall::finished);
    QTRY_COMPARE(first.size() + second.size(), 2);
    QVERIFY(first.first().first().value<WireResponse>().ok());
    QVERIFY(second.first().first().value<WireResponse>().ok());
    QCOMPARE(server.maxInFlight(), 2);
    QCOMPARE(server.connectionsAccepted(), 2);
    // Both stay open for the next commands.
    QVERIFY(parkCall(client, u"1002"_s).ok());
    QCOMPARE(server.connectionsAccepted(), 2);
}

void TestCommandChannel::aSilentServerGivesATimeoutAfterOneSend()
{
    RawHttpServer server;
    QVERIFY(server.start());
    server.setReply({{}, RawHttpServer::Then::Silent});
    ServerConfig config = configFor(server.baseUrl());
    config.timeoutMs = 300;
    WireClient client(config);
    const WireResponse silent = parkCall(client);
    QVERIFY(silent.failure);
    QCOMPARE(silent.failure->kind, ResultKind::Timeout);
    QVERIFY(outcomeUnknown(silent.failure->kind));
    QVERIFY(silent.latencyMs >= 300);
    QCOMPARE(server.count(u"park_call"_s), 1);
    QTRY_COMPARE(server.openConnections(), 0); // the client let go of it

    server.setReply({RawHttpServer::response(200, "SUCCESS: park_call function set - PARK_CUSTOMER|1000\n")});
    QVERIFY(parkCall(client).ok());
    QCOMPARE(server.count(u"park_call"_s), 2);
    QCOMPARE(server.connectionsAccepted(), 2);
}

void TestCommandChannel::readsAndCommandsGoOnOneTransport()
{
    RawHttpServer server;
    QVERIFY(server.start());
    server.setReply({RawHttpServer::response(200, "SUCCESS\n")});
    WireClient client(configFor(server.baseUrl()));
    QVERIFY(sendAndWait(client, ApiRequest::version(ApiRequest::Endpoint::AgentApi)).ok());
    QVERIFY(sendAndWait(client, ApiRequest::agentStatus(u"1000"_s)).ok());
    QVERIFY(sendAndWait(client, ApiRequest::loggedInAgents({}, {})).ok());
    QVERIFY(parkCall(client).ok());
    QCOMPARE(server.received().size(), 4);
    // One kept-alive connection for all of them, and the same request shape.
    for (const RawHttpServer::Request &request : server.received()) {
        QCOMPARE(request.connection, 1);
        QCOMPARE(request.header("accept-encoding"), "identity");
        QVERIFY(request.header("user-agent").startsWith("ParkBar/"));
    }
}

void TestCommandChannel::aCommandNeverWaitsBehindARead()
{
    LocalHttpServer server;
    QVERIFY(server.start());
    server.setHandler([](const LocalHttpServer::Received &received) {
        if (received.field(u"function"_s) == u"logged_in_agents"_s)
            return LocalHttpServer::Reply{200, "1000|TESTCAMP|8600051|INCALL|12345|M1|3|Agent 1000|AGENTS|1\n", 500};
        return LocalHttpServer::Reply{200, "SUCCESS: park_call function set - PARK_CUSTOMER|1000\n"};
    });
    WireClient client(configFor(server.baseUrl()));
    QVERIFY(parkCall(client).ok()); // a warm, idle connection
    QSignalSpy floor(client.send(ApiRequest::loggedInAgents({}, {})), &WireCall::finished);
    const WireResponse command = parkCall(client);
    QVERIFY(command.ok());
    QCOMPARE(floor.size(), 0); // answered while the slow read still waits on its own connection
    QTRY_COMPARE(floor.size(), 1);
    QVERIFY(floor.first().first().value<WireResponse>().ok());
    QCOMPARE(server.maxInFlight(), 2);
    QCOMPARE(server.connectionsAccepted(), 2);
}

QTEST_GUILESS_MAIN(TestCommandChannel)
#include "TestCommandChannel.moc"
