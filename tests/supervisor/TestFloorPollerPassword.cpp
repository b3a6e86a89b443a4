#include "LocalHttpServer.h"
#include "WireCalls.h"
#include "supervisor/FloorPoller.h"
#include "vicidial/WireClient.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// The floor's poller, like the agent's, never sends a password the
// non-agent API would alter (PROTOCOL.md section 6): such a password would
// fail every poll and count towards the lockout. The wire client refuses it.
class TestFloorPollerPassword : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aPasswordTheNonAgentApiWouldAlterIsNeverSent();
    void anUnalteredPasswordPolls();
};

void TestFloorPollerPassword::aPasswordTheNonAgentApiWouldAlterIsNeverSent()
{
    LocalHttpServer server;
    QVERIFY(server.start());
    WireClient client(WireCalls::configFor(server.baseUrl(), u"pa ss!word"_s));
    FloorPoller poller(&client);
    QSignalSpy failed(&poller, &FloorPoller::pollFailed);
    poller.start();
    QTRY_COMPARE(failed.size(), 1);
    const Answer answer = failed.first().first().value<Answer>();
    QCOMPARE(answer.kind, ResultKind::NotSent);
    QCOMPARE(answer.detail, u"password-unusable-for-the-non-agent-api"_s);
    QVERIFY(client.isTrafficStopped()); // the wire client's own stop: nothing else goes either
    QVERIFY(answer.text.contains(u"letters, digits, - and _"_s));
    QVERIFY(!answer.text.contains(u"pa ss!word"_s));
    QVERIFY(server.received().isEmpty());
    QCOMPARE(client.requestsSent(), 0);
    // Asked again (Retry) with the same password: still nothing is sent.
    poller.pollNow();
    QCOMPARE(failed.size(), 2);
    QVERIFY(server.received().isEmpty());
}

void TestFloorPollerPassword::anUnalteredPasswordPolls()
{
    LocalHttpServer server;
    QVERIFY(server.start());
    server.setReply({200, "1000|TESTCAMP|8600051|INCALL|12345|M1|3|Agent 1000|AGENTS|1\n"});
    WireClient client(WireCalls::configFor(server.baseUrl(), u"pa-ss_word9"_s));
    FloorPoller poller(&client);
    QSignalSpy updated(&poller, &FloorPoller::floorUpdated);
    poller.start();
    QVERIFY(updated.wait(2000));
    QCOMPARE(server.received().first().field(u"function"_s), u"logged_in_agents"_s);
    poller.stop();
}

QTEST_GUILESS_MAIN(TestFloorPollerPassword)
#include "TestFloorPollerPassword.moc"
