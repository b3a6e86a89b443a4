#include "HubAgents.h"
#include "HubTestRig.h"
#include "RawHubClient.h"
#include "hub/HubProtocol.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace HubAgents;

// The hub's WebSocket service end to end: a hub on a fake source on
// 127.0.0.1, real WebSocket clients, every message as it crosses the wire.
class TestHubServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSubscriptionGetsASnapshotThenOnlyChanges();
    void aChangeIsSentFromTheReadingThatSawIt();
    void aQuietConnectionGetsHeartbeats();
    void aWrongTokenIsClosedWithTheReason_data();
    void aWrongTokenIsClosedWithTheReason();
    void tenWrongTokensMakeTheAddressWait();
    void wrongTokensSpreadOverMoreThanAMinuteDoNotBlock();
    void theTokenMayComeInTheUpgradeHeader();
    void plainWsOffLoopbackIsRefusedUnlessAllowed();
    void aBarSubscriptionNeverCarriesAPhoneNumberOrAName();
    void aSupervisorSeesOnlyItsCampaignsAndGroups();
    void aBarCannotSubscribeToTheFloor();
    void theHubServesOnlyItsConfiguredCampaigns();
    void aTokenBoundToAnAgentSeesOnlyThatAgent();
    void aFailingSourceMeansNoDataUntilItRecovers();
    void aRevokedTokenIsClosed();
    void theServersBuildsGoToEveryClientWhenTheyChange();

private:
    static QStringList users(const QJsonArray &agents);
};

QStringList TestHubServer::users(const QJsonArray &agents)
{
    QStringList result;
    for (const QJsonValue &agent : agents)
        result.append(agent.toObject().value(u"user"_s).toString());
    return result;
}

void TestHubServer::aSubscriptionGetsASnapshotThenOnlyChanges()
{
    HubTestRig rig;
    const QString token = rig.addToken(u"desk-1"_s, HubRole::Bar);
    rig.source().setFloor({inCall(u"1000"_s), paused(u"1001"_s)});
    QVERIFY(!rig.start());

    RawHubClient client;
    client.open(rig.url());
    QVERIFY(client.waitConnected());
    QVERIFY(client.authenticate(token));
    client.send(HubProtocol::subscribeAgents({u"1000"_s, u"1002"_s}));
    QVERIFY(client.waitFor(u"snapshot"_s));
    const QJsonObject snapshot = client.messages(u"snapshot"_s).first();
    QCOMPARE(users(snapshot.value(u"agents"_s).toArray()), QStringList{u"1000"_s});
    QCOMPARE(snapshot.value(u"absent"_s).toArray(), QJsonArray{u"1002"_s});

    // 1000 parks, 1001 (not subscribed) changes too: one message, with 1000 only.
    AgentSnapshot parked = inCall(u"1000"_s);
    parked.subStatus = u"PARK"_s;
    AgentSnapshot other = paused(u"1001"_s);
    other.pauseCode = u"LUNCH"_s;
    rig.source().setFloor({parked, other});
    QVERIFY(rig.readNow());
    QVERIFY(client.waitFor(u"changes"_s));
    QJsonObject changes = client.messages(u"changes"_s).last();
    QCOMPARE(users(changes.value(u"agents"_s).toArray()), QStringList{u"1000"_s});
    QCOMPARE(changes.value(u"agents"_s).toArray().first().toObject().value(u"subStatus"_s).toString(), u"PARK"_s);

    // Nothing a bar sees changes (calls today, the phone number): nothing is sent.
    parked.callsToday = 4;
    parked.phoneNumber = u"3125550199"_s;
    rig.source().setFloor({parked, other});
    QVERIFY(rig.readNow());
    // 1002 logs in and 1000 logs out: the next message says both, and is the second.
    rig.source().setFloor({other, paused(u"1002"_s)});
    QVERIFY(rig.readNow());
    QVERIFY(client.waitFor(u"changes"_s, 2));
    QCOMPARE(client.count(u"changes"_s), 2);
    changes = client.messages(u"changes"_s).last();
    QCOMPARE(users(changes.value(u"agents"_s).toArray()), QStringList{u"1002"_s});
    QCOMPARE(changes.value(u"removed"_s).toArray(), QJsonArray{u"1000"_s});
    QCOMPARE(changes.value(u"seq"_s).toInteger(), qint64(rig.poller().sequence()));
}

void TestHubServer::aChangeIsSentFromTheReadingThatSawIt()
{
    HubTestRig rig;
    const QString token = rig.addToken(u"desk-1"_s, HubRole::Bar);
    rig.source().setFloor({inCall(u"1000"_s)});
    QVERIFY(!rig.start());
    RawHubClient client;
    client.open(rig.url());
    QVERIFY(client.waitConnected() && client.authenticate(token));
    client.send(HubProtocol::subscribeAgents({u"1000"_s}));
    QVERIFY(client.waitFor(u"snapshot"_s));

    rig.source().setAutoAnswer(false);
    AgentSnapshot parked = inCall(u"1000"_s);
    parked.subStatus = u"PARK"_s;
    rig.source().setFloor({parked});
    rig.poller().pollNow();
    QVERIFY(rig.source().isReading());
    const quint64 sentBefore = rig.metrics().messagesSent();
    const qint64 readAtMs = rig.source().answer();
    // Written while the reading's signal was delivered: no timer stands in between.
    QCOMPARE(rig.metrics().messagesSent(), sentBefore + 1);
    QVERIFY(client.waitFor(u"changes"_s));
    const QJsonObject changes = client.messages(u"changes"_s).first();
    QCOMPARE(changes.value(u"readAt"_s).toInteger(), readAtMs);
}

void TestHubServer::aQuietConnectionGetsHeartbeats()
{
    HubServerOptions options;
    options.heartbeatMs = 100;
    HubTestRig rig(nullptr, options);
    const QString token = rig.addToken(u"desk-1"_s, HubRole::Bar);
    QVERIFY(!rig.start());
    RawHubClient client;
    client.open(rig.url());
    QVERIFY(client.waitConnected() && client.authenticate(token));
    QCOMPARE(client.messages(u"welcome"_s).first().value(u"heartbeatMs"_s).toInt(), 100);
    QVERIFY(client.waitFor(u"heartbeat"_s, 3));
    QVERIFY(!client.isClosed());
}

void TestHubServer::aWrongTokenIsClosedWithTheReason_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<bool>("inHeader");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    const QString wrong = HubProtocol::encode(HubProtocol::hello(u"pbh1_not-a-token"_s, u"test"_s));
    QTest::newRow("hello with a wrong token") << wrong << false << int(HubProtocol::TokenRefused) << u"Unknown token"_s;
    QTest::newRow("wrong token in the header") << QString() << true << int(HubProtocol::TokenRefused) << u"Unknown token"_s;
    QTest::newRow("no hello first") << HubProtocol::encode(HubProtocol::subscribeFloor()) << false << int(HubProtocol::NoHello)
                                    << u"first message must be a hello"_s;
    QTest::newRow("not JSON") << u"GET /"_s << false << int(HubProtocol::NoHello) << u"first message must be a hello"_s;
    QTest::newRow("another protocol version") << u"{\"v\":2,\"type\":\"hello\",\"token\":\"x\"}"_s << false
                                              << int(HubProtocol::UnsupportedVersion) << u"version 2 is not supported"_s;
}

void TestHubServer::aWrongTokenIsClosedWithTheReason()
{
    QFETCH(QString, first);
    QFETCH(bool, inHeader);
    QFETCH(int, code);
    QFETCH(QString, reason);
    HubTestRig rig;
    rig.addToken(u"desk-1"_s, HubRole::Bar);
    QVERIFY(!rig.start());
    RawHubClient client;
    client.open(rig.url(), inHeader ? u"pbh1_not-a-token"_s : QString());
    if (!inHeader) {
        QVERIFY(client.waitConnected());
        client.sendText(first);
    }
    QVERIFY(client.waitClosed());
    QCOMPARE(client.closeCode(), code);
    QVERIFY2(client.closeReason().contains(reason), qPrintable(client.closeReason()));
    QCOMPARE(client.count(u"welcome"_s), 0);
}

void TestHubServer::tenWrongTokensMakeTheAddressWait()
{
    ManualClock clock;
    HubTestRig rig(&clock);
    const QString token = rig.addToken(u"desk-1"_s, HubRole::Bar);
    QVERIFY(!rig.start());
    for (int i = 0; i < 10; ++i) {
        RawHubClient guess;
        guess.open(rig.url());
        QVERIFY(guess.waitConnected());
        guess.send(HubProtocol::hello(u"pbh1_guess"_s + QString::number(i), u"test"_s));
        QVERIFY(guess.waitClosed());
        QCOMPARE(guess.closeCode(), int(HubProtocol::TokenRefused));
        clock.advance(1000);
    }
    // Even the right token is not looked at now.
    RawHubClient right;
    right.open(rig.url(), token);
    QVERIFY(right.waitClosed());
    QCOMPARE(right.closeCode(), int(HubProtocol::TooManyWrongTokens));
    QVERIFY2(right.closeReason().contains(u"try again in"_s), qPrintable(right.closeReason()));
    QCOMPARE(right.count(u"welcome"_s), 0);

    clock.advance(5 * 60 * 1000);
    RawHubClient later;
    later.open(rig.url(), token);
    QVERIFY(later.waitFor(u"welcome"_s));
}

void TestHubServer::wrongTokensSpreadOverMoreThanAMinuteDoNotBlock()
{
    ManualClock clock;
    HubTestRig rig(&clock);
    const QString token = rig.addToken(u"desk-1"_s, HubRole::Bar);
    QVERIFY(!rig.start());
    for (int i = 0; i < 10; ++i) {
        RawHubClient guess;
        guess.open(rig.url(), u"pbh1_guess"_s);
        QVERIFY(guess.waitClosed());
        QCOMPARE(guess.closeCode(), int(HubProtocol::TokenRefused));
        clock.advance(7000); // ten in 63 s
    }
    RawHubClient right;
    right.open(rig.url(), token);
    QVERIFY(right.waitFor(u"welcome"_s));
}

void TestHubServer::theTokenMayComeInTheUpgradeHeader()
{
    HubTestRig rig;
    const QString token = rig.addToken(u"floor-sups"_s, HubRole::Supervisor);
    rig.source().setFloor({inCall(u"1000"_s)});
    QVERIFY(!rig.start());
    RawHubClient client;
    client.open(rig.url(), token);
    QVERIFY(client.waitFor(u"welcome"_s));
    const QJsonObject welcome = client.messages(u"welcome"_s).first();
    QCOMPARE(welcome.value(u"name"_s).toString(), u"floor-sups"_s);
    QCOMPARE(welcome.value(u"role"_s).toString(), u"supervisor"_s);
    QCOMPARE(welcome.value(u"source"_s).toString(), u"fake"_s);
    QCOMPARE(welcome.value(u"v"_s).toInt(), 1);
    QVERIFY(!rig.url().toString().contains(token));
}

void TestHubServer::plainWsOffLoopbackIsRefusedUnlessAllowed()
{
    HubServerOptions refused;
    refused.address = QHostAddress::AnyIPv4;
    HubTestRig closed(nullptr, refused);
    const std::optional<QString> refusal = closed.start();
    QVERIFY(refusal);
    QVERIFY2(refusal->contains(u"not a loopback address"_s), qPrintable(*refusal));
    QVERIFY(!closed.server().isListening());

    HubServerOptions allowed = refused;
    allowed.allowPlain = true;
    HubTestRig open(nullptr, allowed);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"allowPlain=true: serving plain ws:// on 0\\.0\\.0\\.0"_s));
    QVERIFY(!open.start());
    QVERIFY(open.server().isListening());
    QCOMPARE(open.server().url().scheme(), u"ws"_s);
}

void TestHubServer::aBarSubscriptionNeverCarriesAPhoneNumberOrAName()
{
    HubTestRig rig;
    const QString barToken = rig.addToken(u"desk-1"_s, HubRole::Bar);
    const QString supervisorToken = rig.addToken(u"sups"_s, HubRole::Supervisor);
    rig.source().setFloor({inCall(u"1000"_s), inCall(u"1001"_s)});
    QVERIFY(!rig.start());
    RawHubClient bar;
    bar.open(rig.url(), barToken);
    RawHubClient supervisor;
    supervisor.open(rig.url(), supervisorToken);
    QVERIFY(bar.waitFor(u"welcome"_s) && supervisor.waitFor(u"welcome"_s));
    bar.send(HubProtocol::subscribeAgents({u"1000"_s, u"1001"_s}));
    supervisor.send(HubProtocol::subscribeFloor());
    QVERIFY(bar.waitFor(u"snapshot"_s) && supervisor.waitFor(u"snapshot"_s));

    // A park, a new call with a new customer, a logout: every kind of message.
    AgentSnapshot parked = inCall(u"1000"_s);
    parked.subStatus = u"PARK"_s;
    parked.parkedAtMs = 1782640790000;
    parked.inParkIvr = false;
    AgentSnapshot newCall = inCall(u"1001"_s);
    newCall.leadId = u"777"_s;
    newCall.phoneNumber = u"4155550123"_s;
    newCall.fullName = u"Renata Quixotic Jr"_s;
    rig.source().setFloor({parked, newCall});
    QVERIFY(rig.readNow());
    rig.source().setFloor({newCall});
    QVERIFY(rig.readNow());
    QVERIFY(bar.waitFor(u"changes"_s, 2) && supervisor.waitFor(u"changes"_s, 2));

    for (const QString &text : bar.texts()) {
        for (const QString &secret : {u"3125557"_s, u"4155550123"_s, u"Renata"_s, u"Quixotic"_s, u"VENDOR"_s, u"SIP/"_s, u"10.0.0.7"_s})
            QVERIFY2(!text.contains(secret), qPrintable(u"a bar message carries "_s + secret + u": "_s + text));
    }
    const QJsonObject barAgent = bar.messages(u"changes"_s).first().value(u"agents"_s).toArray().first().toObject();
    QCOMPARE(barAgent.value(u"parkedAt"_s).toInteger(), qint64(1782640790000));
    QCOMPARE(barAgent.value(u"inParkIvr"_s).toBool(true), false);
    QCOMPARE(barAgent.value(u"lead"_s).toString(), u"51000"_s);

    for (const QString &text : supervisor.texts()) {
        for (const QString &secret : {u"3125557"_s, u"4155550123"_s, u"VENDOR"_s})
            QVERIFY2(!text.contains(secret), qPrintable(u"a supervisor message carries "_s + secret + u": "_s + text));
    }
    QVERIFY(supervisor.texts().join(QString()).contains(u"Renata Quixotic 1000"_s)); // the table's name column
}

void TestHubServer::aSupervisorSeesOnlyItsCampaignsAndGroups()
{
    HubTestRig rig;
    const QString token = rig.addToken(u"sales-sups"_s, HubRole::Supervisor, HubScope{{u"SALES"_s}, {u"AGENTS"_s}});
    rig.source().setFloor({inCall(u"1000"_s, u"SALES"_s), inCall(u"1001"_s, u"TESTCAMP"_s), inCall(u"1002"_s, u"SALES"_s, u"SUPPORT"_s)});
    QVERIFY(!rig.start());
    RawHubClient supervisor;
    supervisor.open(rig.url(), token);
    QVERIFY(supervisor.waitFor(u"welcome"_s));
    supervisor.send(HubProtocol::subscribeFloor());
    QVERIFY(supervisor.waitFor(u"snapshot"_s));
    QCOMPARE(users(supervisor.messages(u"snapshot"_s).first().value(u"agents"_s).toArray()), QStringList{u"1000"_s});

    // 1001 (another campaign) parks: nothing. 1000 moves to TESTCAMP: it leaves the view.
    AgentSnapshot parked = inCall(u"1001"_s, u"TESTCAMP"_s);
    parked.subStatus = u"PARK"_s;
    rig.source().setFloor({inCall(u"1000"_s, u"TESTCAMP"_s), parked, inCall(u"1002"_s, u"SALES"_s, u"SUPPORT"_s)});
    QVERIFY(rig.readNow());
    QVERIFY(supervisor.waitFor(u"changes"_s));
    const QJsonObject changes = supervisor.messages(u"changes"_s).first();
    QVERIFY(!changes.contains(u"agents"_s));
    QCOMPARE(changes.value(u"removed"_s).toArray(), QJsonArray{u"1000"_s});
    QVERIFY(!supervisor.texts().join(QString()).contains(u"\"1001\""_s));
    QVERIFY(!supervisor.texts().join(QString()).contains(u"\"1002\""_s));
}

void TestHubServer::aBarCannotSubscribeToTheFloor()
{
    HubTestRig rig;
    const QString token = rig.addToken(u"desk-1"_s, HubRole::Bar);
    rig.source().setFloor({inCall(u"1000"_s)});
    QVERIFY(!rig.start());
    RawHubClient bar;
    bar.open(rig.url(), token);
    QVERIFY(bar.waitFor(u"welcome"_s));
    bar.send(HubProtocol::subscribeFloor());
    QVERIFY(bar.waitFor(u"error"_s));
    QCOMPARE(bar.messages(u"error"_s).first().value(u"code"_s).toString(), u"not-allowed"_s);
    QCOMPARE(bar.count(u"snapshot"_s), 0);
    QVERIFY(!bar.isClosed());
}

void TestHubServer::theHubServesOnlyItsConfiguredCampaigns()
{
    HubPollerOptions served = HubTestRig::quiet();
    served.served.campaigns = {u"TESTCAMP"_s};
    HubTestRig rig(nullptr, {}, served);
    const QString supervisorToken = rig.addToken(u"sups"_s, HubRole::Supervisor);
    const QString barToken = rig.addToken(u"desk-2"_s, HubRole::Bar);
    rig.source().setFloor({inCall(u"1000"_s, u"TESTCAMP"_s), inCall(u"2000"_s, u"SALES"_s)});
    rig.source().setCampaignIvrModes({{u"TESTCAMP"_s, ParkIvrMode::Enabled}, {u"SALES"_s, ParkIvrMode::EnabledParkOnly}});
    QVERIFY(!rig.start());
    RawHubClient supervisor;
    supervisor.open(rig.url(), supervisorToken);
    RawHubClient bar;
    bar.open(rig.url(), barToken);
    QVERIFY(supervisor.waitFor(u"welcome"_s) && bar.waitFor(u"welcome"_s));
    supervisor.send(HubProtocol::subscribeFloor());
    bar.send(HubProtocol::subscribeAgents({u"2000"_s}));
    QVERIFY(supervisor.waitFor(u"snapshot"_s) && bar.waitFor(u"snapshot"_s));
    const QJsonObject floor = supervisor.messages(u"snapshot"_s).first();
    QCOMPARE(users(floor.value(u"agents"_s).toArray()), QStringList{u"1000"_s});
    QCOMPARE(floor.value(u"campaignIvrModes"_s).toObject(), (QJsonObject{{u"TESTCAMP"_s, u"ENABLED"_s}}));
    QCOMPARE(bar.messages(u"snapshot"_s).first().value(u"absent"_s).toArray(), QJsonArray{u"2000"_s});
    QVERIFY(!supervisor.texts().join(QString()).contains(u"SALES"_s));
}

void TestHubServer::aTokenBoundToAnAgentSeesOnlyThatAgent()
{
    HubTestRig rig;
    const QString token = rig.addToken(u"desk-14"_s, HubRole::Bar, {}, u"1000"_s);
    rig.source().setFloor({inCall(u"1000"_s), inCall(u"1001"_s)});
    QVERIFY(!rig.start());
    RawHubClient bar;
    bar.open(rig.url(), token);
    QVERIFY(bar.waitFor(u"welcome"_s));
    bar.send(HubProtocol::subscribeAgents({u"1000"_s, u"1001"_s}));
    QVERIFY(bar.waitFor(u"snapshot"_s) && bar.waitFor(u"error"_s));
    QCOMPARE(bar.messages(u"error"_s).first().value(u"code"_s).toString(), u"not-allowed"_s);
    const QJsonObject snapshot = bar.messages(u"snapshot"_s).first();
    QCOMPARE(users(snapshot.value(u"agents"_s).toArray()), QStringList{u"1000"_s});
    QVERIFY(snapshot.value(u"absent"_s).toArray().isEmpty());
}

void TestHubServer::aFailingSourceMeansNoDataUntilItRecovers()
{
    HubTestRig rig;
    const QString token = rig.addToken(u"desk-1"_s, HubRole::Bar);
    rig.source().setFloor({inCall(u"1000"_s)});
    QVERIFY(!rig.start());
    RawHubClient bar;
    bar.open(rig.url(), token);
    QVERIFY(bar.waitFor(u"welcome"_s));
    bar.send(HubProtocol::subscribeAgents({u"1000"_s}));
    QVERIFY(bar.waitFor(u"snapshot"_s));

    rig.source().setFailure(u"Table 'asterisk.parked_channels' doesn't exist"_s);
    QVERIFY(rig.readNow());
    QVERIFY(bar.waitFor(u"status"_s));
    QJsonObject status = bar.messages(u"status"_s).first();
    QCOMPARE(status.value(u"data"_s).toBool(true), false);
    QVERIFY(status.value(u"reason"_s).toString().contains(u"parked_channels"_s));
    QVERIFY(!rig.poller().hasData());

    // A new subscriber meanwhile is told the same instead of a snapshot.
    RawHubClient late;
    late.open(rig.url(), token);
    QVERIFY(late.waitFor(u"welcome"_s));
    late.send(HubProtocol::subscribeAgents({u"1000"_s}));
    QVERIFY(late.waitFor(u"status"_s));
    QCOMPARE(late.count(u"snapshot"_s), 0);

    AgentSnapshot parked = inCall(u"1000"_s);
    parked.subStatus = u"PARK"_s;
    rig.source().setFloor({parked});
    rig.source().setFailure({});
    QVERIFY(rig.readNow());
    QVERIFY(bar.waitFor(u"snapshot"_s, 2) && late.waitFor(u"snapshot"_s));
    status = bar.messages(u"status"_s).last();
    QCOMPARE(status.value(u"data"_s).toBool(false), true);
    QCOMPARE(bar.messages(u"snapshot"_s).last().value(u"agents"_s).toArray().first().toObject().value(u"subStatus"_s).toString(),
             u"PARK"_s);
    QCOMPARE(bar.count(u"changes"_s), 0); // the snapshot stands for the whole floor
}

void TestHubServer::aRevokedTokenIsClosed()
{
    HubTestRig rig;
    const QString token = rig.addToken(u"desk-1"_s, HubRole::Bar);
    QVERIFY(!rig.start());
    RawHubClient bar;
    bar.open(rig.url(), token);
    QVERIFY(bar.waitFor(u"welcome"_s));
    rig.server().setTokens({});
    QVERIFY(bar.waitClosed());
    QCOMPARE(bar.closeCode(), int(HubProtocol::TokenRevoked));
}

void TestHubServer::theServersBuildsGoToEveryClientWhenTheyChange()
{
    HubTestRig rig;
    const QString token = rig.addToken(u"desk-1"_s, HubRole::Bar);
    QVERIFY(!rig.start());
    RawHubClient early;
    early.open(rig.url());
    QVERIFY(early.waitConnected());
    QVERIFY(early.authenticate(token));
    QVERIFY(!early.messages(u"welcome"_s).first().contains(u"server"_s)); // not known yet
    QCOMPARE(early.messages(u"welcome"_s).first().value(u"mode"_s).toString(), u"feed"_s);

    HubProtocol::ServerBuilds builds;
    builds.agentApi = VersionInfo{u"2.14-81"_s, *ServerBuild::parse(u"240429-2220"), {}, 0};
    builds.nonAgentApi = VersionInfo{u"2.14-85"_s, *ServerBuild::parse(u"240501-1030"), {}, 0};
    rig.server().setServerBuilds(builds);
    QVERIFY(early.waitFor(u"server"_s));
    const QJsonObject server = early.messages(u"server"_s).first();
    QCOMPARE(server.value(u"agentApiVersion"_s).toString(), u"2.14-81"_s);
    QCOMPARE(server.value(u"agentApiBuild"_s).toString(), u"240429-2220"_s);
    QCOMPARE(server.value(u"nonAgentApiBuild"_s).toString(), u"240501-1030"_s);
    QVERIFY(HubProtocol::serverBuildsFromJson(server) == builds);

    rig.server().setServerBuilds(builds); // the same again: nothing new is sent
    RawHubClient late;
    late.open(rig.url());
    QVERIFY(late.waitConnected());
    QVERIFY(late.authenticate(token));
    QCOMPARE(late.messages(u"welcome"_s).first().value(u"server"_s).toObject(), HubProtocol::serverFields(builds));

    builds.agentApi->build = *ServerBuild::parse(u"250101-0900"); // an upgrade
    rig.server().setServerBuilds(builds);
    QVERIFY(late.waitFor(u"server"_s));
    QVERIFY(early.waitFor(u"server"_s, 2));
    QCOMPARE(early.count(u"server"_s), 2);
    QCOMPARE(early.messages(u"server"_s).last().value(u"agentApiBuild"_s).toString(), u"250101-0900"_s);
}

QTEST_GUILESS_MAIN(TestHubServer)
#include "TestHubServer.moc"
