#include "ScriptedHub.h"
#include "hub/HubClient.h"
#include "hub/HubProtocol.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::optional<AgentSnapshot>)

// HubClient's SERVER and GATEWAY parts (HubProtocol.h) against a scripted
// hub on 127.0.0.1: the seat on a phone, the server's builds, commands
// matched by id, what a lost connection does to a command, and moving to a
// second hub.
class TestHubClientGateway : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void theWelcomeSaysTheModeTheBindingAndTheBuilds();
    void laterBuildsReplaceTheWelcomes();
    void aPhoneSubscriptionFollowsWhoeverIsSeated();
    void aResultIsMatchedToItsCommandById();
    void aCommandLostWithTheConnectionMayOrMayNotHaveBeenDoneExactlyOnce();
    void aCommandWithoutAConnectionIsNotSent();
    void aSilentHubIsLeftForTheSecondWithin2sAndTheCommandIsNotResent();
    void aClosedHubIsLeftForTheSecondAndNeverTwoConnections();

private:
    static HubClientOptions optionsFor(const QUrl &url, const QUrl &second = {});
    static QJsonObject inCall(const QString &user);
    static QJsonObject knownBuilds(); // as HubProtocol.h's SERVER example
};

void TestHubClientGateway::initTestCase()
{
    qRegisterMetaType<std::optional<AgentSnapshot>>();
    qRegisterMetaType<HubHealth>();
    qRegisterMetaType<HubSeat>();
    qRegisterMetaType<CommandResult>();
    qRegisterMetaType<ServerCapabilities>();
}

HubClientOptions TestHubClientGateway::optionsFor(const QUrl &url, const QUrl &second)
{
    HubClientOptions options;
    options.url = url;
    options.secondUrl = second;
    options.token = u"pbh1_test"_s;
    options.minReconnectMs = 50;
    options.maxReconnectMs = 200;
    options.connectTimeoutMs = 2000;
    return options;
}

QJsonObject TestHubClientGateway::knownBuilds()
{
    return {{u"agentApiVersion"_s, u"2.14-81"_s}, {u"agentApiBuild"_s, u"240429-2220"_s},
            {u"nonAgentApiVersion"_s, u"2.14-85"_s}, {u"nonAgentApiBuild"_s, u"240501-1030"_s}};
}

QJsonObject TestHubClientGateway::inCall(const QString &user)
{
    return {{u"user"_s, user}, {u"status"_s, u"INCALL"_s}, {u"lead"_s, u"12345"_s}, {u"campaign"_s, u"TESTCAMP"_s},
            {u"pauseCode"_s, QString()}, {u"subStatus"_s, QString()}};
}

void TestHubClientGateway::theWelcomeSaysTheModeTheBindingAndTheBuilds()
{
    ScriptedHub hub;
    hub.welcome.insert(u"phone"_s, u"SIP/1000"_s);
    hub.welcome.insert(u"server"_s, knownBuilds());
    HubClient client(optionsFor(hub.url()));
    QSignalSpy builds(&client, &HubClient::serverCapabilitiesChanged);
    client.start();
    QTRY_VERIFY(client.health().isUsable());
    QCOMPARE(client.mode(), u"gateway"_s);
    QCOMPARE(client.boundPhone(), u"SIP/1000"_s);
    QVERIFY(client.boundAgent().isEmpty());
    QVERIFY(client.serverCapabilities().has_value());
    QCOMPARE(client.serverCapabilities()->agentApiBuild, ServerBuild::parse(u"240429-2220"));
    QCOMPARE(client.serverCapabilities()->nonAgentApiBuild, ServerBuild::parse(u"240501-1030"));
    QCOMPARE(builds.size(), 1);
}

void TestHubClientGateway::laterBuildsReplaceTheWelcomes()
{
    ScriptedHub hub;
    hub.welcome.insert(u"mode"_s, u"feed"_s);
    HubClient client(optionsFor(hub.url()));
    client.start();
    QTRY_VERIFY(client.health().isUsable());
    QCOMPARE(client.mode(), u"feed"_s);
    QVERIFY(!client.serverCapabilities()); // a hub without [api]: the builds stay unknown

    QSignalSpy builds(&client, &HubClient::serverCapabilitiesChanged);
    QJsonObject server = knownBuilds();
    server.insert(u"type"_s, u"server"_s);
    hub.send(server);
    QVERIFY(builds.wait());
    QCOMPARE(client.serverCapabilities()->newestBuild(), ServerBuild::parse(u"240501-1030"));
}

void TestHubClientGateway::aPhoneSubscriptionFollowsWhoeverIsSeated()
{
    ScriptedHub hub;
    hub.welcome.insert(u"phone"_s, u"SIP/1000"_s);
    hub.script = [](ScriptedHub &h, const QJsonObject &message) {
        if (message.value(u"type"_s) != u"subscribe"_s)
            return;
        h.send(HubProtocol::seat(u"SIP/1000"_s, u"1000"_s, u"Ana Diaz"_s));
        h.send({{u"type"_s, u"snapshot"_s}, {u"seq"_s, 1}, {u"readAt"_s, QDateTime::currentMSecsSinceEpoch()},
                {u"agents"_s, QJsonArray{inCall(u"1000"_s)}}});
    };
    HubClient client(optionsFor(hub.url()));
    QSignalSpy seats(&client, &HubClient::seatChanged);
    QSignalSpy updates(&client, &HubClient::agentUpdated);
    client.subscribePhone(u"SIP/1000"_s);
    client.start();
    QTRY_VERIFY(client.health().isUsable());
    QCOMPARE(hub.received(u"subscribe"_s).value(0).value(u"phone"_s).toString(), u"SIP/1000"_s);
    QVERIFY(!hub.received(u"subscribe"_s).value(0).contains(u"agents"_s));
    QCOMPARE(seats.size(), 1);
    QCOMPARE(seats.at(0).at(0).value<HubSeat>(), (HubSeat{u"SIP/1000"_s, u"1000"_s, u"Ana Diaz"_s}));
    QTRY_COMPARE(updates.size(), 1);
    QCOMPARE(updates.at(0).at(0).toString(), u"1000"_s);
    QCOMPARE(client.agent(u"1000"_s)->status, u"INCALL"_s);

    // Ana logs out: the phone is free, and what was known of her is gone.
    hub.send(HubProtocol::seat(u"SIP/1000"_s, QString(), QString()));
    QVERIFY(seats.wait());
    QCOMPARE(client.seat().user, QString());
    QVERIFY(client.health().isUsable());
    QVERIFY(!client.agent(u"1000"_s));

    // Bruno logs in on the same phone: usable again once his snapshot came.
    hub.send(HubProtocol::seat(u"SIP/1000"_s, u"1001"_s, u"Bruno Lima"_s));
    QVERIFY(seats.wait());
    QVERIFY(!client.health().isUsable());
    hub.send({{u"type"_s, u"snapshot"_s}, {u"seq"_s, 2}, {u"readAt"_s, QDateTime::currentMSecsSinceEpoch()},
              {u"agents"_s, QJsonArray{inCall(u"1001"_s)}}});
    QTRY_VERIFY(client.health().isUsable());
    QCOMPARE(updates.last().at(0).toString(), u"1001"_s);
    QCOMPARE(client.seat().fullName, u"Bruno Lima"_s);
}

void TestHubClientGateway::aResultIsMatchedToItsCommandById()
{
    ScriptedHub hub;
    HubClient client(optionsFor(hub.url()));
    client.start();
    QTRY_VERIFY(client.health().isUsable());

    QSignalSpy finished(&client, &HubClient::commandFinished);
    const QString parkId = client.sendCommand(u"1000"_s, ParkAction::ParkCustomer);
    const QString grabId = client.sendCommand(u"1001"_s, ParkAction::GrabCustomer);
    QVERIFY(parkId != grabId);
    QVERIFY(hub.waitFor(u"command"_s, 2));
    const QJsonObject sent = hub.received(u"command"_s).at(0);
    QCOMPARE(sent.value(u"id"_s).toString(), parkId);
    QCOMPARE(sent.value(u"agent"_s).toString(), u"1000"_s);
    QCOMPARE(sent.value(u"action"_s).toString(), u"PARK_CUSTOMER"_s);

    // Answered in the other order: each result goes to its own command.
    CommandResult refused;
    refused.answer.kind = ResultKind::NotSent;
    refused.answer.detail = u"not-your-agent"_s;
    hub.send(HubProtocol::result(grabId, refused));
    CommandResult parked;
    parked.reachedServer = true;
    parked.latencyMs = 212;
    parked.answer.kind = ResultKind::Success;
    parked.answer.text = u"SUCCESS: park_call function set - 1000|PARK_CUSTOMER"_s;
    hub.send(HubProtocol::result(parkId, parked));
    hub.send(HubProtocol::result(parkId, parked)); // a second answer for the same id is not another result
    QTRY_COMPARE(finished.size(), 2);

    const auto first = finished.at(0).at(1).value<CommandResult>();
    QCOMPARE(finished.at(0).at(0).toString(), grabId);
    QCOMPARE(first.agent, u"1001"_s);
    QCOMPARE(first.action, ParkAction::GrabCustomer);
    QCOMPARE(first.answer.kind, ResultKind::NotSent);
    QCOMPARE(first.answer.detail, u"not-your-agent"_s);
    QVERIFY(!first.reachedServer);
    const auto second = finished.at(1).at(1).value<CommandResult>();
    QCOMPARE(second.agent, u"1000"_s);
    QCOMPARE(second.action, ParkAction::ParkCustomer);
    QVERIFY(second.answer.isSuccess());
    QVERIFY(second.reachedServer);
    QCOMPARE(second.latencyMs, 212);
    QCOMPARE(client.commandsInFlight(), 0);
    QVERIFY(!QTest::qWaitFor([&] { return finished.size() > 2; }, 200));
}

void TestHubClientGateway::aCommandLostWithTheConnectionMayOrMayNotHaveBeenDoneExactlyOnce()
{
    ScriptedHub hub; // never answers commands
    HubClient client(optionsFor(hub.url()));
    client.start();
    QTRY_VERIFY(client.health().isUsable());
    QSignalSpy finished(&client, &HubClient::commandFinished);
    const QString id = client.sendCommand(u"1000"_s, ParkAction::ParkCustomer);
    QVERIFY(hub.waitFor(u"command"_s));

    hub.abortConnections();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toString(), id);
    const auto result = finished.at(0).at(1).value<CommandResult>();
    QCOMPARE(result.agent, u"1000"_s);
    QCOMPARE(result.answer.kind, ResultKind::ConnectionFailed);
    QVERIFY(result.reachedServer);
    QVERIFY(outcomeUnknown(result.answer.kind));

    // Back on the same hub: the command is not sent again, nor finished again.
    QTRY_COMPARE(hub.connectionsAccepted(), 2);
    QTRY_VERIFY(client.health().isUsable());
    QCOMPARE(hub.received(u"command"_s).size(), 1);
    QCOMPARE(finished.size(), 1);
}

void TestHubClientGateway::aCommandWithoutAConnectionIsNotSent()
{
    ScriptedHub hub;
    hub.shutDown();
    HubClient client(optionsFor(hub.url()));
    QSignalSpy finished(&client, &HubClient::commandFinished);
    const QString id = client.sendCommand(u"1000"_s, ParkAction::ParkCustomer);
    QVERIFY(finished.isEmpty()); // told after the caller has its id
    QVERIFY(finished.wait());
    QCOMPARE(finished.at(0).at(0).toString(), id);
    const auto result = finished.at(0).at(1).value<CommandResult>();
    QCOMPARE(result.answer.kind, ResultKind::NotSent);
    QVERIFY(!result.reachedServer);
}

void TestHubClientGateway::aSilentHubIsLeftForTheSecondWithin2sAndTheCommandIsNotResent()
{
    ScriptedHub first;
    first.welcome.insert(u"heartbeatMs"_s, 300); // and sends none: silent after 600 ms
    ScriptedHub second;
    HubClient client(optionsFor(first.url(), second.url()));
    QSignalSpy finished(&client, &HubClient::commandFinished);
    client.start();
    QTRY_VERIFY(client.health().isUsable());
    QCOMPARE(client.currentUrl(), first.url());
    QCOMPARE(second.connectionsAccepted(), 0);

    client.sendCommand(u"1000"_s, ParkAction::ParkCustomer);
    QVERIFY(first.waitFor(u"command"_s));
    QTRY_COMPARE(finished.size(), 1); // the silence ends the connection and its command
    QVERIFY(finished.at(0).at(1).value<CommandResult>().reachedServer);
    QElapsedTimer sinceGiveUp;
    sinceGiveUp.start();
    QTRY_VERIFY_WITH_TIMEOUT(client.health().isUsable() && client.currentUrl() == second.url(), 2000);
    qInfo() << "on the second hub" << sinceGiveUp.elapsed() << "ms after leaving the first";
    QCOMPARE(second.connectionsAccepted(), 1);
    QCOMPARE(second.received(u"command"_s).size(), 0);
    QCOMPARE(first.received(u"command"_s).size(), 1);
    QTRY_COMPARE(first.openConnections(), 0);
    QCOMPARE(finished.size(), 1);
}

void TestHubClientGateway::aClosedHubIsLeftForTheSecondAndNeverTwoConnections()
{
    ScriptedHub first;
    ScriptedHub second;
    HubClient client(optionsFor(first.url(), second.url()));
    client.start();
    QTRY_VERIFY(client.health().isUsable());
    QCOMPARE(second.connectionsAccepted(), 0);

    first.shutDown();
    QTRY_VERIFY_WITH_TIMEOUT(client.health().isUsable() && client.currentUrl() == second.url(), 2000);
    QCOMPARE(first.openConnections() + second.openConnections(), 1);

    // The second goes too, the first is back: the client returns there, one connection at a time.
    ScriptedHub third; // stands for the first hub restarted on another port
    client.setOptions(optionsFor(second.url(), third.url()));
    QTRY_VERIFY(client.health().isUsable());
    second.shutDown();
    QTRY_VERIFY_WITH_TIMEOUT(client.health().isUsable() && client.currentUrl() == third.url(), 2000);
    QCOMPARE(second.openConnections() + third.openConnections(), 1);
}

QTEST_GUILESS_MAIN(TestHubClientGateway)
#include "TestHubClientGateway.moc"
