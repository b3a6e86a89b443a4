#include "LocalHttpServer.h"
#include "RawHttpServer.h"
#include "WireCalls.h"
#include "demo/VicidialSimulator.h"
#include "vicidial/AnswerParser.h"
#include "vicidial/WireClient.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using WireCalls::configFor;
using WireCalls::sendAndWait;

namespace {
const QByteArray kRow = "INCALL|M1234567890000012345|12345|TESTCAMP|3|Agent 1000|AGENTS|1|||3125550100|VLC12345|8600051\n";
const QByteArray kSuccess = "SUCCESS: park_call function set - PARK_CUSTOMER|1000\n";
} // namespace

// park_call goes through QNetworkAccessManager and is written exactly once:
// whatever happens to the connection after it went out, Qt's own resend is
// refused (ContentReSendError) and the outcome is unknown. Reads may be
// resent by Qt after the keep-alive race; they change nothing.
class TestCommandOnce : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aConnectionLostAfterTheCommandIsOneSendWithAnUnknownOutcome_data();
    void aConnectionLostAfterTheCommandIsOneSendWithAnUnknownOutcome();
    void aGetCommandIsNotSentAgainEither();
    void aResetInTheSimulatorCountsOneParkCall();
    void aSilentServerGivesATimeoutAfterOneSend();
    void aBodyCutShortIsOneSendWithAnUnknownOutcome();
    void everyAnswerEndedByTheCloseIsRead_data();
    void everyAnswerEndedByTheCloseIsRead();
    void twoCommandsAMomentApartShareOneConnection();
    void aConnectionCloseAnswerDoesNotFailTheNextCommand_data();
    void aConnectionCloseAnswerDoesNotFailTheNextCommand();
    void anIdleConnectionTheServerClosedIsNotUsedForACommand();
    void anUnseenCloseNeverDoublesACommand();
    void aReadMeetingTheKeepAliveRaceIsAnswered_data();
    void aReadMeetingTheKeepAliveRaceIsAnswered();
    void commandsForTwoAgentsAtOnceUseTwoConnections();
    void aCommandNeverWaitsBehindARead();
    void aClientDestroyedWithCallsOnTheirWayLetsGo();

private:
    static WireResponse parkCall(WireClient &client, const QString &agent = u"1000"_s)
    {
        return sendAndWait(client, ApiRequest::parkCall(agent, ParkAction::ParkCustomer));
    }
    static WireResponse read(WireClient &client) { return sendAndWait(client, ApiRequest::agentStatus(u"1000"_s)); }
    static QByteArray okReply(const RawHttpServer::Request &request, const QByteArray &extraHeaders = {})
    {
        return RawHttpServer::response(200, request.field(u"function"_s) == u"park_call"_s ? kSuccess : kRow, extraHeaders);
    }
    // Answers reads; the command meets `how` (closed or reset with nothing written).
    static RawHttpServer::Handler losingCommands(RawHttpServer::Then how)
    {
        return [how](const RawHttpServer::Request &request) {
            if (request.field(u"function"_s) == u"park_call"_s && request.field(u"agent_user"_s) == u"1000"_s)
                return RawHttpServer::Reply{{}, how};
            return RawHttpServer::Reply{okReply(request)};
        };
    }
};

void TestCommandOnce::aConnectionLostAfterTheCommandIsOneSendWithAnUnknownOutcome_data()
{
    QTest::addColumn<RawHttpServer::Then>("how");
    QTest::addColumn<QString>("warmUp"); // what went on the connection before, if anything
    QTest::newRow("closed, fresh connection") << RawHttpServer::Then::Close << QString();
    QTest::newRow("reset, fresh connection") << RawHttpServer::Then::Reset << QString();
    // Where Qt's stack resends: a kept-alive connection that ends before the answer.
    QTest::newRow("closed, connection reused after a read") << RawHttpServer::Then::Close << u"agent_status"_s;
    QTest::newRow("reset, connection reused after a read") << RawHttpServer::Then::Reset << u"agent_status"_s;
    QTest::newRow("closed, connection reused after a command") << RawHttpServer::Then::Close << u"park_call"_s;
    QTest::newRow("reset, connection reused after a command") << RawHttpServer::Then::Reset << u"park_call"_s;
}

void TestCommandOnce::aConnectionLostAfterTheCommandIsOneSendWithAnUnknownOutcome()
{
    QFETCH(RawHttpServer::Then, how);
    QFETCH(QString, warmUp);
    RawHttpServer server;
    QVERIFY(server.start());
    server.setHandler(losingCommands(how));
    WireClient client(configFor(server.baseUrl()));
    if (warmUp == u"agent_status"_s)
        QVERIFY(read(client).ok());
    else if (!warmUp.isEmpty())
        QVERIFY(parkCall(client, u"1001"_s).ok());

    const WireResponse lost = parkCall(client);
    QVERIFY(lost.failure);
    QCOMPARE(lost.failure->kind, ResultKind::ConnectionFailed);
    QVERIFY(outcomeUnknown(lost.failure->kind));
    QCOMPARE(server.received().constLast().field(u"agent_user"_s), u"1000"_s);
    QCOMPARE(server.received().constLast().connection, 1);
    // The next request still works, on a fresh connection; a resend would have come before its answer.
    server.setHandler([](const RawHttpServer::Request &request) { return RawHttpServer::Reply{okReply(request)}; });
    QVERIFY(read(client).ok());
    int commands = 0;
    for (const RawHttpServer::Request &request : server.received())
        commands += request.field(u"agent_user"_s) == u"1000"_s && request.field(u"function"_s) == u"park_call"_s;
    QCOMPARE(commands, 1);
    QCOMPARE(server.connectionsAccepted(), 2);
}

void TestCommandOnce::aGetCommandIsNotSentAgainEither()
{
    RawHttpServer server;
    QVERIFY(server.start());
    server.setHandler(losingCommands(RawHttpServer::Then::Close));
    ServerConfig config = configFor(server.baseUrl());
    config.method = ServerConfig::Method::Get;
    WireClient client(config);
    QVERIFY(read(client).ok());
    const WireResponse lost = parkCall(client);
    QVERIFY(lost.failure);
    QVERIFY(outcomeUnknown(lost.failure->kind));
    QVERIFY(read(client).ok()); // a resend would have come before this answer
    QCOMPARE(server.count(u"park_call"_s), 1);
    for (const RawHttpServer::Request &request : server.received()) {
        if (request.field(u"function"_s) == u"park_call"_s)
            QVERIFY(request.requestLine.startsWith("GET /agc/api.php?"));
    }
}

void TestCommandOnce::aResetInTheSimulatorCountsOneParkCall()
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
    QVERIFY(sendAndWait(client, ApiRequest::version(ApiRequest::Endpoint::AgentApi)).ok());
    QCOMPARE(sim.requestCount(u"park_call"_s), 2);
    QCOMPARE(sim.requestCount(u"park_call"_s, u"1001"_s), 1);
    QCOMPARE(sim.connectionsAccepted(), 2);
}

void TestCommandOnce::aSilentServerGivesATimeoutAfterOneSend()
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

    server.setReply({RawHttpServer::response(200, kSuccess)});
    QVERIFY(parkCall(client).ok());
    QCOMPARE(server.count(u"park_call"_s), 2);
    QCOMPARE(server.connectionsAccepted(), 2);
}

void TestCommandOnce::aBodyCutShortIsOneSendWithAnUnknownOutcome()
{
    RawHttpServer server;
    QVERIFY(server.start());
    server.setHandler([](const RawHttpServer::Request &request) {
        if (request.field(u"function"_s) == u"park_call"_s)
            return RawHttpServer::Reply{"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nSUCCESS", RawHttpServer::Then::Close};
        return RawHttpServer::Reply{okReply(request)};
    });
    WireClient client(configFor(server.baseUrl()));
    QVERIFY(read(client).ok());
    const WireResponse cut = parkCall(client);
    QVERIFY(cut.failure);
    QVERIFY(outcomeUnknown(cut.failure->kind));
    QVERIFY(read(client).ok());
    QCOMPARE(server.count(u"park_call"_s), 1);
}

void TestCommandOnce::everyAnswerEndedByTheCloseIsRead_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::newRow("HTTP/1.0") << QByteArray("HTTP/1.0 200 OK\r\nContent-type: text/html\r\n\r\n");
    QTest::newRow("HTTP/1.1, Connection: close, no length") << QByteArray("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n");
    QTest::newRow("HTTP/1.1, Connection: close, with length")
        << QByteArray("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: " + QByteArray::number(kSuccess.size()) + "\r\n\r\n");
}

void TestCommandOnce::everyAnswerEndedByTheCloseIsRead()
{
    // A server without keep-alive answers and closes at once. Qt sometimes
    // asks to send the command again after the whole answer came: the
    // answer stands, and nothing is sent twice.
    QFETCH(QByteArray, head);
    RawHttpServer server;
    QVERIFY(server.start());
    server.setReply({head + kSuccess, RawHttpServer::Then::Close});
    WireClient client(configFor(server.baseUrl()));
    constexpr int kCommands = 100;
    for (int i = 0; i < kCommands; ++i) {
        const WireResponse answered = parkCall(client);
        QVERIFY2(answered.ok(), qPrintable(u"command %1: "_s.arg(i) + (answered.failure ? answered.failure->text : QString())));
        QCOMPARE(answered.body, kSuccess);
    }
    QCOMPARE(server.count(u"park_call"_s), kCommands);
}

void TestCommandOnce::twoCommandsAMomentApartShareOneConnection()
{
    LocalHttpServer server;
    QVERIFY(server.start());
    WireClient client(configFor(server.baseUrl()));
    for (int i = 0; i < 5; ++i)
        QVERIFY(parkCall(client).ok());
    QCOMPARE(server.received().size(), 5);
    QCOMPARE(server.connectionsAccepted(), 1);
}

void TestCommandOnce::aConnectionCloseAnswerDoesNotFailTheNextCommand_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::newRow("Connection: close") << QByteArray("Connection: close\r\n");
    // Two fields: a close anywhere means close.
    QTest::newRow("keep-alive, then close") << QByteArray("Connection: keep-alive\r\nConnection: close\r\n");
    QTest::newRow("close, then keep-alive") << QByteArray("Connection: close\r\nConnection: keep-alive\r\n");
}

void TestCommandOnce::aConnectionCloseAnswerDoesNotFailTheNextCommand()
{
    QFETCH(QByteArray, headers);
    RawHttpServer server;
    QVERIFY(server.start());
    // Says close but leaves the connection open: the client must not reuse it anyway.
    server.setReply({RawHttpServer::response(200, kSuccess, headers)});
    WireClient client(configFor(server.baseUrl()));
    QVERIFY(parkCall(client).ok());
    const WireResponse next = parkCall(client);
    QVERIFY2(next.ok(), qPrintable(next.failure ? next.failure->text : QString()));
    QCOMPARE(server.count(u"park_call"_s), 2);
    QCOMPARE(server.received().at(1).connection, 2);
}

void TestCommandOnce::anIdleConnectionTheServerClosedIsNotUsedForACommand()
{
    RawHttpServer server;
    QVERIFY(server.start());
    server.setIdleTimeoutMs(300);
    server.setHandler([](const RawHttpServer::Request &request) { return RawHttpServer::Reply{okReply(request)}; });
    WireClient client(configFor(server.baseUrl()));
    QVERIFY(read(client).ok());
    // The server's keep-alive timeout passed, and the client has closed its end too.
    QTRY_COMPARE_WITH_TIMEOUT(server.openConnections(), 0, 5000);
    const WireResponse command = parkCall(client);
    QVERIFY2(command.ok(), qPrintable(command.failure ? command.failure->text : QString()));
    QCOMPARE(server.count(u"park_call"_s), 1);
    QCOMPARE(server.received().constLast().connection, 2);
}

void TestCommandOnce::anUnseenCloseNeverDoublesACommand()
{
    // The close reaches the client's system, but its event loop has not seen
    // it yet: the command may meet it. Whatever happens, it is not doubled,
    // and an unclear outcome says so.
    RawHttpServer server;
    QVERIFY(server.start());
    server.setHandler([](const RawHttpServer::Request &request) { return RawHttpServer::Reply{okReply(request)}; });
    WireClient client(configFor(server.baseUrl()));
    for (int round = 0; round < 10; ++round) {
        QVERIFY(read(client).ok());
        server.closeAllConnections();
        const int before = server.count(u"park_call"_s);
        const WireResponse command = parkCall(client);
        QVERIFY(read(client).ok());
        QVERIFY(server.count(u"park_call"_s) - before <= 1);
        if (command.failure)
            QVERIFY2(outcomeUnknown(command.failure->kind) || server.count(u"park_call"_s) == before,
                     qPrintable(command.failure->text));
        else
            QCOMPARE(server.count(u"park_call"_s) - before, 1);
    }
}

void TestCommandOnce::aReadMeetingTheKeepAliveRaceIsAnswered_data()
{
    QTest::addColumn<RawHttpServer::Then>("how");
    QTest::newRow("closed") << RawHttpServer::Then::Close;
    QTest::newRow("reset") << RawHttpServer::Then::Reset;
}

void TestCommandOnce::aReadMeetingTheKeepAliveRaceIsAnswered()
{
    QFETCH(RawHttpServer::Then, how);
    RawHttpServer server;
    QVERIFY(server.start());
    // The second request on the first connection meets the server's close.
    int onFirst = 0;
    server.setHandler([&onFirst, how](const RawHttpServer::Request &request) {
        if (request.connection == 1 && ++onFirst == 2)
            return RawHttpServer::Reply{{}, how};
        return RawHttpServer::Reply{okReply(request)};
    });
    WireClient client(configFor(server.baseUrl()));
    QVERIFY(read(client).ok());
    const WireResponse raced = read(client);
    QVERIFY2(raced.ok(), qPrintable(raced.failure ? raced.failure->text : QString()));
    QCOMPARE(raced.body, kRow);
    QCOMPARE(server.count(u"agent_status"_s), 3); // Qt sent it again, on a fresh connection
    QCOMPARE(server.received().at(2).connection, 2);
}

void TestCommandOnce::commandsForTwoAgentsAtOnceUseTwoConnections()
{
    LocalHttpServer server;
    QVERIFY(server.start());
    server.setReply({200, kSuccess, 200});
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

void TestCommandOnce::aCommandNeverWaitsBehindARead()
{
    LocalHttpServer server;
    QVERIFY(server.start());
    server.setHandler([](const LocalHttpServer::Received &received) {
        if (received.field(u"function"_s) == u"logged_in_agents"_s)
            return LocalHttpServer::Reply{200, "1000|TESTCAMP|8600051|INCALL|12345|M1|3|Agent 1000|AGENTS|1\n", 500};
        return LocalHttpServer::Reply{200, kSuccess};
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

void TestCommandOnce::aClientDestroyedWithCallsOnTheirWayLetsGo()
{
    RawHttpServer server;
    QVERIFY(server.start());
    server.setReply({{}, RawHttpServer::Then::Silent});
    auto client = std::make_unique<WireClient>(configFor(server.baseUrl()));
    QSignalSpy command(client->send(ApiRequest::parkCall(u"1000"_s, ParkAction::ParkCustomer)), &WireCall::finished);
    QSignalSpy read(client->send(ApiRequest::agentStatus(u"1000"_s)), &WireCall::finished);
    QTRY_COMPARE(server.received().size(), 2);
    client.reset(); // the program quits, say
    QTRY_COMPARE(server.openConnections(), 0);
    QCOMPARE(command.size(), 0); // nobody is left to tell
    QCOMPARE(server.count(u"park_call"_s), 1);
}

QTEST_GUILESS_MAIN(TestCommandOnce)
#include "TestCommandOnce.moc"
