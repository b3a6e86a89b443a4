#include "LocalHttpServer.h"
#include "RawHttpServer.h"
#include "WireCalls.h"
#include "util/Clock.h"
#include "vicidial/CommandChannel.h"
#include "vicidial/KeepAliveRules.h"
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

// Reads (version, agent_status, logged_in_agents) share the channel with
// commands but keep a connection for as long as the server allows, and are
// sent once more, on a fresh connection, when a kept-alive connection turns
// out closed before any byte of the answer: the keep-alive race. Commands
// never are.
class TestReadKeepAlive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsReuseAnIdleConnectionUpToTheDefaultWhenNothingIsAnnounced();
    void anIdleAgeTooOldForACommandStillServesARead();
    void theServersAnnouncedTimeoutIsBelieved_data();
    void theServersAnnouncedTimeoutIsBelieved();
    void aServerClosingIdleConnectionsAfterOneSecondFailsNoRead();
    void aReadMeetingTheKeepAliveRaceIsSentAgainOnAFreshConnection_data();
    void aReadMeetingTheKeepAliveRaceIsSentAgainOnAFreshConnection();
    void aCommandMeetingTheSameRaceIsNotSentAgain_data();
    void aCommandMeetingTheSameRaceIsNotSentAgain();
    void aReadIsSentAgainAtMostOnce();
    void aReadLostOnAFreshConnectionIsNotSentAgain();
    void aReadCutOffAfterItsFirstByteIsNotSentAgain();
    void requestsBeyondTheConnectionLimitWaitForAConnection();

private:
    static WireResponse read(WireClient &client) { return sendAndWait(client, ApiRequest::agentStatus(u"1000"_s)); }
    static WireResponse parkCall(WireClient &client)
    {
        return sendAndWait(client, ApiRequest::parkCall(u"1000"_s, ParkAction::ParkCustomer));
    }
    static QByteArray okReply(const RawHttpServer::Request &request, const QByteArray &extraHeaders = {})
    {
        return RawHttpServer::response(200, request.field(u"function"_s) == u"park_call"_s ? kSuccess : kRow, extraHeaders);
    }
};

void TestReadKeepAlive::readsReuseAnIdleConnectionUpToTheDefaultWhenNothingIsAnnounced()
{
    ManualClock clock;
    RawHttpServer server;
    QVERIFY(server.start());
    server.setHandler([](const RawHttpServer::Request &request) { return RawHttpServer::Reply{okReply(request)}; });
    WireClient client(configFor(server.baseUrl()), &clock);
    QVERIFY(read(client).ok());
    clock.advance(5000); // the logged-out interval
    QVERIFY(read(client).ok());
    clock.advance(KeepAliveRules::kReadReuseDefaultMs - 1);
    QVERIFY(read(client).ok());
    QCOMPARE(server.connectionsAccepted(), 1);
    clock.advance(KeepAliveRules::kReadReuseDefaultMs);
    QVERIFY(read(client).ok());
    QCOMPARE(server.connectionsAccepted(), 2);
    QCOMPARE(server.count(u"agent_status"_s), 4);
}

void TestReadKeepAlive::anIdleAgeTooOldForACommandStillServesARead()
{
    ManualClock clock;
    RawHttpServer server;
    QVERIFY(server.start());
    server.setHandler([](const RawHttpServer::Request &request) { return RawHttpServer::Reply{okReply(request)}; });
    WireClient client(configFor(server.baseUrl()), &clock);
    QVERIFY(read(client).ok());
    clock.advance(CommandChannel::kReuseWithinMs);
    QVERIFY(parkCall(client).ok());
    QCOMPARE(server.received().at(1).connection, 2); // the command's own, fresh connection
    clock.advance(CommandChannel::kReuseWithinMs);
    QVERIFY(read(client).ok()); // the most recently used one, too old for a command
    QCOMPARE(server.received().at(2).connection, 2);
    QCOMPARE(server.connectionsAccepted(), 2);
}

void TestReadKeepAlive::theServersAnnouncedTimeoutIsBelieved_data()
{
    QTest::addColumn<int>("seconds");
    QTest::newRow("timeout=1") << 1;
    QTest::newRow("timeout=5 (Apache's default)") << 5;
}

void TestReadKeepAlive::theServersAnnouncedTimeoutIsBelieved()
{
    QFETCH(int, seconds);
    ManualClock clock;
    RawHttpServer server;
    QVERIFY(server.start());
    const QByteArray keepAlive = "Keep-Alive: timeout=" + QByteArray::number(seconds) + ", max=100\r\nConnection: Keep-Alive\r\n";
    server.setHandler([keepAlive](const RawHttpServer::Request &request) { return RawHttpServer::Reply{okReply(request, keepAlive)}; });
    WireClient client(configFor(server.baseUrl()), &clock);
    const qint64 announcedMs = seconds * 1000;
    const qint64 limitMs = KeepAliveRules::idleLimitMs(ExchangeKind::Read, announcedMs);
    QVERIFY(limitMs > announcedMs && limitMs <= announcedMs + announcedMs / 10);

    QVERIFY(read(client).ok());
    clock.advance(announcedMs); // polls as far apart as the server's timeout
    QVERIFY(read(client).ok());
    clock.advance(limitMs - 1);
    QVERIFY(read(client).ok());
    QCOMPARE(server.connectionsAccepted(), 1);
    clock.advance(limitMs);
    QVERIFY(read(client).ok());
    QCOMPARE(server.connectionsAccepted(), 2);
    // A command never goes on a connection that old, only within half the timeout.
    clock.advance(announcedMs / 2);
    QVERIFY(parkCall(client).ok());
    QCOMPARE(server.connectionsAccepted(), 3);
    QCOMPARE(server.received().size(), 5);
}

void TestReadKeepAlive::aServerClosingIdleConnectionsAfterOneSecondFailsNoRead()
{
    RawHttpServer server;
    QVERIFY(server.start());
    server.setIdleTimeoutMs(1000);
    server.setHandler([](const RawHttpServer::Request &request) { return RawHttpServer::Reply{okReply(request)}; });
    WireClient client(configFor(server.baseUrl()));
    QVERIFY(read(client).ok());
    QTRY_COMPARE_WITH_TIMEOUT(server.openConnections(), 0, 5000); // its second has passed
    const WireResponse afterTheClose = read(client);
    QVERIFY2(afterTheClose.ok(), qPrintable(afterTheClose.failure ? afterTheClose.failure->text : QString()));
    QCOMPARE(server.connectionsAccepted(), 2);

    // Closed while the client's event loop has not seen it yet: the close is
    // noticed before writing, so no request is lost and none goes out twice.
    server.closeAllConnections();
    const WireResponse unseenClose = read(client);
    QVERIFY2(unseenClose.ok(), qPrintable(unseenClose.failure ? unseenClose.failure->text : QString()));
    QCOMPARE(server.connectionsAccepted(), 3);
    QCOMPARE(server.count(u"agent_status"_s), 3);
}

void TestReadKeepAlive::aReadMeetingTheKeepAliveRaceIsSentAgainOnAFreshConnection_data()
{
    QTest::addColumn<RawHttpServer::Then>("how");
    QTest::newRow("closed") << RawHttpServer::Then::Close;
    QTest::newRow("reset") << RawHttpServer::Then::Reset;
}

void TestReadKeepAlive::aReadMeetingTheKeepAliveRaceIsSentAgainOnAFreshConnection()
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
    QCOMPARE(server.count(u"agent_status"_s), 3);
    QCOMPARE(server.received().at(1).connection, 1);
    QCOMPARE(server.received().at(2).connection, 2);
    QCOMPARE(server.connectionsAccepted(), 2);
}

void TestReadKeepAlive::aCommandMeetingTheSameRaceIsNotSentAgain_data()
{
    aReadMeetingTheKeepAliveRaceIsSentAgainOnAFreshConnection_data();
}

void TestReadKeepAlive::aCommandMeetingTheSameRaceIsNotSentAgain()
{
    QFETCH(RawHttpServer::Then, how);
    RawHttpServer server;
    QVERIFY(server.start());
    int onFirst = 0;
    server.setHandler([&onFirst, how](const RawHttpServer::Request &request) {
        if (request.connection == 1 && ++onFirst == 2)
            return RawHttpServer::Reply{{}, how};
        return RawHttpServer::Reply{okReply(request)};
    });
    WireClient client(configFor(server.baseUrl()));
    QVERIFY(read(client).ok()); // the poll leaves the connection idle a moment ago
    const WireResponse lost = parkCall(client);
    QVERIFY(lost.failure);
    QCOMPARE(lost.failure->kind, ResultKind::ConnectionFailed);
    QVERIFY(outcomeUnknown(lost.failure->kind));
    QCOMPARE(server.count(u"park_call"_s), 1);
    QCOMPARE(server.received().constLast().connection, 1);
    QCOMPARE(server.connectionsAccepted(), 1);
}

void TestReadKeepAlive::aReadIsSentAgainAtMostOnce()
{
    RawHttpServer server;
    QVERIFY(server.start());
    server.setHandler([](const RawHttpServer::Request &request) { return RawHttpServer::Reply{okReply(request)}; });
    WireClient client(configFor(server.baseUrl()));
    QVERIFY(read(client).ok());
    server.setReply({{}, RawHttpServer::Then::Close});
    const WireResponse lost = read(client);
    QVERIFY(lost.failure);
    QCOMPARE(lost.failure->kind, ResultKind::ConnectionFailed);
    QCOMPARE(server.count(u"agent_status"_s), 3);
    QCOMPARE(server.connectionsAccepted(), 2);
}

void TestReadKeepAlive::aReadLostOnAFreshConnectionIsNotSentAgain()
{
    RawHttpServer server;
    QVERIFY(server.start());
    server.setReply({{}, RawHttpServer::Then::Close});
    WireClient client(configFor(server.baseUrl()));
    const WireResponse lost = read(client);
    QVERIFY(lost.failure);
    QCOMPARE(lost.failure->kind, ResultKind::ConnectionFailed);
    QCOMPARE(server.count(u"agent_status"_s), 1);
    QCOMPARE(server.connectionsAccepted(), 1);
}

void TestReadKeepAlive::aReadCutOffAfterItsFirstByteIsNotSentAgain()
{
    RawHttpServer server;
    QVERIFY(server.start());
    server.setHandler([](const RawHttpServer::Request &request) { return RawHttpServer::Reply{okReply(request)}; });
    WireClient client(configFor(server.baseUrl()));
    QVERIFY(read(client).ok());
    server.setReply({"HTTP/1.1 200 OK\r\nContent-Length: 200\r\n\r\nINCALL|", RawHttpServer::Then::Close});
    const WireResponse cut = read(client);
    QVERIFY(cut.failure);
    QCOMPARE(cut.failure->kind, ResultKind::ConnectionFailed);
    QCOMPARE(server.count(u"agent_status"_s), 2);
    QCOMPARE(server.connectionsAccepted(), 1);
}

void TestReadKeepAlive::requestsBeyondTheConnectionLimitWaitForAConnection()
{
    LocalHttpServer server;
    QVERIFY(server.start());
    server.setReply({200, kRow, 200});
    WireClient client(configFor(server.baseUrl()));
    const int requests = CommandChannel::kMaxConnections + 2;
    QList<std::shared_ptr<QSignalSpy>> spies;
    for (int i = 0; i < requests; ++i)
        spies.append(std::make_shared<QSignalSpy>(client.send(ApiRequest::agentStatus(QString::number(1000 + i))), &WireCall::finished));
    for (const auto &spy : std::as_const(spies)) {
        QTRY_COMPARE(spy->size(), 1);
        QVERIFY(spy->first().first().value<WireResponse>().ok());
    }
    QCOMPARE(server.received().size(), requests);
    QCOMPARE(server.maxInFlight(), CommandChannel::kMaxConnections);
    QCOMPARE(server.connectionsAccepted(), CommandChannel::kMaxConnections);
}

QTEST_GUILESS_MAIN(TestReadKeepAlive)
#include "TestReadKeepAlive.moc"
