#include "HubAgents.h"
#include "HubTestRig.h"
#include "TcpRelay.h"
#include "WireCalls.h"
#include "hub/HubClient.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace HubAgents;

Q_DECLARE_METATYPE(std::optional<AgentSnapshot>)

// HubClient, what a bar or a supervisor window uses, against a real hub on
// 127.0.0.1: what it reports, how it tells a usable hub from one that is not.
class TestHubClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aBarFollowsItsAgentsThroughTheHub();
    void aSupervisorFollowsTheFloor();
    void aRefusedTokenStopsTheClientWithTheHubsReason();
    void noDataFromTheHubMakesItUnusable();
    void missedHeartbeatsMakeTheHubUnusableUntilItAnswersAgain();
    void aHubThatStopsIsUnreachableAndUsableWhenItComesBack();
    void wssWithTheAdministratorsCaFile();
    void wssWithAPinnedCertificate();
    void wssRefusesACertificateThatIsNotPinned();
    void plainWsToAnotherComputerIsRefused();

private:
    static HubServerOptions tls(const QString &name);
    static HubClientOptions optionsFor(const QUrl &url, const QString &token);
};

void TestHubClient::initTestCase()
{
    qRegisterMetaType<std::optional<AgentSnapshot>>();
    qRegisterMetaType<HubHealth>();
}

HubServerOptions TestHubClient::tls(const QString &name)
{
    HubServerOptions options;
    options.certificateFile = QStringLiteral(PARKBAR_TEST_DATA_DIR "/tls/") + name + u".pem"_s;
    options.keyFile = QStringLiteral(PARKBAR_TEST_DATA_DIR "/tls/") + name + u".key"_s;
    return options;
}

HubClientOptions TestHubClient::optionsFor(const QUrl &url, const QString &token)
{
    HubClientOptions options;
    options.url = url;
    options.token = token;
    options.minReconnectMs = 50;
    options.maxReconnectMs = 200;
    options.connectTimeoutMs = 2000;
    return options;
}

void TestHubClient::aBarFollowsItsAgentsThroughTheHub()
{
    HubTestRig rig;
    const QString token = rig.addToken(u"desk-1"_s, HubRole::Bar);
    rig.source().setFloor({inCall(u"1000"_s), inCall(u"1001"_s)});
    QVERIFY(!rig.start());

    HubClient client(optionsFor(rig.url(), token));
    QSignalSpy updates(&client, &HubClient::agentUpdated);
    client.subscribeAgents({u"1000"_s, u"1002"_s});
    client.start();
    QTRY_VERIFY(client.health().isUsable());
    QCOMPARE(client.tokenName(), u"desk-1"_s);
    QTRY_COMPARE(updates.size(), 2);
    QCOMPARE(updates.at(0).at(0).toString(), u"1000"_s);
    QCOMPARE(updates.at(0).at(1).value<std::optional<AgentSnapshot>>()->status, u"INCALL"_s);
    QCOMPARE(updates.at(1).at(0).toString(), u"1002"_s);
    QVERIFY(!updates.at(1).at(1).value<std::optional<AgentSnapshot>>());
    QVERIFY(client.agent(u"1000"_s)->fullName.isEmpty()); // a bar is never given a name

    AgentSnapshot parked = inCall(u"1000"_s);
    parked.subStatus = u"PARK"_s;
    rig.source().setFloor({parked, paused(u"1001"_s), paused(u"1002"_s)});
    QVERIFY(rig.readNow());
    QTRY_COMPARE(updates.size(), 4);
    QCOMPARE(client.agent(u"1000"_s)->subStatus, u"PARK"_s);
    QCOMPARE(client.agent(u"1002"_s)->status, u"PAUSED"_s);
    QCOMPARE(client.lastReadAtMs(), rig.poller().readAtMs());
}

void TestHubClient::aSupervisorFollowsTheFloor()
{
    HubTestRig rig;
    const QString token = rig.addToken(u"sups"_s, HubRole::Supervisor, HubScope{{u"SALES"_s}, {}});
    rig.source().setFloor({inCall(u"1000"_s, u"SALES"_s), inCall(u"1001"_s, u"TESTCAMP"_s), paused(u"1002"_s, u"SALES"_s)});
    rig.source().setCampaignIvrModes({{u"SALES"_s, ParkIvrMode::EnabledParkOnly}, {u"TESTCAMP"_s, ParkIvrMode::Enabled}});
    QVERIFY(!rig.start());

    HubClient client(optionsFor(rig.url(), token));
    QSignalSpy floors(&client, &HubClient::floorUpdated);
    QSignalSpy modes(&client, &HubClient::campaignIvrModesChanged);
    client.subscribeFloor();
    client.start();
    QTRY_COMPARE(floors.size(), 1);
    auto floor = floors.last().at(0).value<QList<AgentSnapshot>>();
    QCOMPARE(floor.size(), 2);
    QCOMPARE(floor.at(0).user, u"1000"_s);
    QCOMPARE(floor.at(0).fullName, u"Renata Quixotic 1000"_s);
    QVERIFY(floor.at(0).phoneNumber.isEmpty());
    QCOMPARE(modes.size(), 1);
    QCOMPARE(client.campaignIvrModes(), (QHash<QString, ParkIvrMode>{{u"SALES"_s, ParkIvrMode::EnabledParkOnly}}));

    rig.source().setFloor({inCall(u"1000"_s, u"SALES"_s), inCall(u"1001"_s, u"TESTCAMP"_s)});
    QVERIFY(rig.readNow());
    QTRY_COMPARE(floors.size(), 2);
    floor = floors.last().at(0).value<QList<AgentSnapshot>>();
    QCOMPARE(floor.size(), 1);
}

void TestHubClient::aRefusedTokenStopsTheClientWithTheHubsReason()
{
    HubTestRig rig;
    rig.addToken(u"desk-1"_s, HubRole::Bar);
    QVERIFY(!rig.start());
    HubClient client(optionsFor(rig.url(), u"pbh1_revoked-long-ago"_s));
    client.subscribeAgents({u"1000"_s});
    client.start();
    QTRY_COMPARE(client.health().state, HubHealth::State::Refused);
    QVERIFY2(client.health().detail.contains(u"Unknown token"_s), qPrintable(client.health().detail));
    QVERIFY(!client.willReconnect()); // one more try would only count as one more wrong token
    QVERIFY(!client.health().text().isEmpty());
}

void TestHubClient::noDataFromTheHubMakesItUnusable()
{
    HubTestRig rig;
    const QString token = rig.addToken(u"desk-1"_s, HubRole::Bar);
    rig.source().setFloor({inCall(u"1000"_s)});
    QVERIFY(!rig.start());
    HubClient client(optionsFor(rig.url(), token));
    QSignalSpy health(&client, &HubClient::healthChanged);
    client.subscribeAgents({u"1000"_s});
    client.start();
    QTRY_VERIFY(client.health().isUsable());

    rig.source().setFailure(u"Lost connection to MySQL server"_s);
    QVERIFY(rig.readNow());
    QTRY_COMPARE(client.health().state, HubHealth::State::NoData);
    QVERIFY(client.health().detail.contains(u"Lost connection"_s));

    rig.source().setFailure({});
    QVERIFY(rig.readNow());
    QTRY_VERIFY(client.health().isUsable());
}

void TestHubClient::missedHeartbeatsMakeTheHubUnusableUntilItAnswersAgain()
{
    HubServerOptions options;
    options.heartbeatMs = 100;
    HubTestRig rig(nullptr, options);
    const QString token = rig.addToken(u"desk-1"_s, HubRole::Bar);
    rig.source().setFloor({inCall(u"1000"_s)});
    QVERIFY(!rig.start());
    TcpRelay relay(rig.server().port());
    QVERIFY(relay.listen());
    QUrl url = rig.url();
    url.setPort(relay.port());

    HubClient client(optionsFor(url, token));
    client.subscribeAgents({u"1000"_s});
    client.start();
    QTRY_VERIFY(client.health().isUsable());
    relay.setFrozen(true); // the hub's connection stays open but nothing arrives
    QTRY_COMPARE(client.health().state, HubHealth::State::HeartbeatsMissed);
    relay.setFrozen(false);
    QTRY_VERIFY(client.health().isUsable());
    QVERIFY(relay.connectionsAccepted() >= 2);
}

void TestHubClient::aHubThatStopsIsUnreachableAndUsableWhenItComesBack()
{
    auto rig = std::make_unique<HubTestRig>();
    const QString token = rig->addToken(u"desk-1"_s, HubRole::Bar);
    const QList<HubToken> tokens = rig->tokens();
    rig->source().setFloor({inCall(u"1000"_s)});
    QVERIFY(!rig->start());
    const QUrl url = rig->url();

    HubClient client(optionsFor(url, token));
    client.subscribeAgents({u"1000"_s});
    client.start();
    QTRY_VERIFY(client.health().isUsable());
    rig.reset();
    QTRY_COMPARE(client.health().state, HubHealth::State::Unreachable);

    HubServerOptions samePort;
    samePort.port = quint16(url.port());
    HubTestRig back(nullptr, samePort);
    back.server().setTokens(tokens);
    back.source().setFloor({paused(u"1000"_s)});
    QVERIFY(!back.start());
    QTRY_VERIFY_WITH_TIMEOUT(client.health().isUsable(), 10000);
    QCOMPARE(client.agent(u"1000"_s)->status, u"PAUSED"_s);
}

void TestHubClient::wssWithTheAdministratorsCaFile()
{
    HubTestRig rig(nullptr, tls(u"server"_s));
    const QString token = rig.addToken(u"desk-1"_s, HubRole::Bar);
    rig.source().setFloor({inCall(u"1000"_s)});
    QVERIFY(!rig.start());
    QCOMPARE(rig.url().scheme(), u"wss"_s);
    HubClientOptions options = optionsFor(rig.url(), token);
    options.caFile = QStringLiteral(PARKBAR_TEST_DATA_DIR "/tls/ca.pem");
    HubClient client(options);
    client.subscribeAgents({u"1000"_s});
    client.start();
    QTRY_VERIFY_WITH_TIMEOUT(client.health().isUsable(), 10000);
    QCOMPARE(client.agent(u"1000"_s)->status, u"INCALL"_s);

    HubClient untrusting(optionsFor(rig.url(), token)); // no CA file: the certificate is not trusted
    untrusting.subscribeAgents({u"1000"_s});
    untrusting.start();
    QTRY_COMPARE_WITH_TIMEOUT(untrusting.health().state, HubHealth::State::Unreachable, 10000);
    QVERIFY2(untrusting.health().detail.contains(u"SHA-256"_s), qPrintable(untrusting.health().detail));
}

void TestHubClient::wssWithAPinnedCertificate()
{
    HubTestRig rig(nullptr, tls(u"selfsigned"_s));
    const QString token = rig.addToken(u"desk-1"_s, HubRole::Bar);
    QVERIFY(!rig.start());
    HubClientOptions options = optionsFor(rig.url(), token);
    options.pinnedSha256 = WireCalls::fingerprintOf(u"tls/selfsigned.pem"_s);
    HubClient client(options);
    client.start();
    QTRY_VERIFY_WITH_TIMEOUT(client.health().isUsable(), 10000);
}

void TestHubClient::wssRefusesACertificateThatIsNotPinned()
{
    HubTestRig rig(nullptr, tls(u"server"_s));
    const QString token = rig.addToken(u"desk-1"_s, HubRole::Bar);
    QVERIFY(!rig.start());
    HubClientOptions options = optionsFor(rig.url(), token);
    options.caFile = QStringLiteral(PARKBAR_TEST_DATA_DIR "/tls/ca.pem"); // trusted, yet not the pinned one
    options.pinnedSha256 = WireCalls::fingerprintOf(u"tls/selfsigned.pem"_s);
    HubClient client(options);
    client.start();
    QTRY_COMPARE_WITH_TIMEOUT(client.health().state, HubHealth::State::Unreachable, 10000);
    QCOMPARE(rig.server().connectionCount(), 0);
    QCOMPARE(rig.metrics().messagesSent(), quint64(0));
}

void TestHubClient::plainWsToAnotherComputerIsRefused()
{
    HubClient client(optionsFor(QUrl(u"ws://192.0.2.10:8765"_s), u"pbh1_x"_s));
    client.start();
    QCOMPARE(client.health().state, HubHealth::State::Unreachable);
    QVERIFY(client.health().detail.contains(u"wss://"_s));
    QVERIFY(!client.willReconnect());
}

QTEST_GUILESS_MAIN(TestHubClient)
#include "TestHubClient.moc"
