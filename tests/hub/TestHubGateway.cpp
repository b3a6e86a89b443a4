#include "HubAgents.h"
#include "HubTestRig.h"
#include "RawHubClient.h"
#include "TcpRelay.h"

#include "demo/VicidialSimulator.h"
#include "hub/HubGateway.h"
#include "hub/HubPoller.h"
#include "hub/HubService.h"
#include "hub/TokenFile.h"
#include "services/CapabilityProbe.h"
#include "util/Clock.h"
#include "hub/HubProtocol.h"
#include "state/ActionRules.h"
#include "vicidial/WireClient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace HubAgents;

namespace {
// Not a substring of any lead, callerid or count the simulator reports.
const QString kApiPassword = u"gw-Secret-Pass_77"_s;
} // namespace

// parkbar-hub in gateway mode against the simulator: commands are checked
// against the token's binding and the desk's action rules, sent to VICIdial
// at most once, answered once, and written to the central audit log.
class TestHubGateway : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void aCommandForTheDesksOwnAgentGoesOnceAndSucceeds();
    void aForgedCommandForAnotherAgentNeverReachesTheServer();
    void anAgentBoundTokenCannotCommandAnotherAgent();
    void aSupervisorOutsideItsCampaignsIsRefused();
    void whatTheRulesRefuseIsRefusedWithTheirReason();
    void aSecondCommandForTheSameAgentIsBusy();
    void aCutConnectionAfterWritingGivesOneParkCallAndAnUnknownOutcome();
    void aClientThatLeftStillHasItsCommandSentOnceAndAudited();
    void afterAnAuthenticationErrorNothingMoreIsSent();
    void aFeedHubAnswersCommandsWithUnsupported();
    void aRefusedPasswordStopsTheWholeHubUntilItIsReloaded();
    void theAuditLogHasEveryCommandAndNoSecret();
    void aPhoneBoundTokenOnAHubWithoutPhonesIsNotAllowed();
    void aSeatComesAgainWhenAnotherAgentSitsAtThePhone();

private:
    // A gateway hub whose (fake) floor agrees with the simulator's static scenario.
    void startGateway(quint16 apiPort = 0);
    std::unique_ptr<RawHubClient> connectClient(const QString &token);
    std::unique_ptr<RawHubClient> seatedDesk(const QString &phone = u"SIP/1000"_s);
    static QJsonObject lastResult(const RawHubClient &client);
    QList<QJsonObject> auditLines() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VicidialSimulator> m_sim;
    std::unique_ptr<HubTestRig> m_rig;
};

void TestHubGateway::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_sim = std::make_unique<VicidialSimulator>();
    m_sim->setAgentScreenDelayMs(100);
    m_sim->apiUser(u"6666"_s)->password = kApiPassword;
    QVERIFY(m_sim->listen());
    m_rig = std::make_unique<HubTestRig>();
    m_rig->source().setKnowsPhones(true);
    AgentSnapshot onPhone = inCall(u"1000"_s);
    onPhone.leadId = u"12345"_s;
    m_rig->source().setFloor({onPhone, inCall(u"1003"_s, u"NOIVR"_s)});
}

void TestHubGateway::cleanup()
{
    m_rig.reset();
    m_sim.reset();
    m_dir.reset();
}

void TestHubGateway::startGateway(quint16 apiPort)
{
    ServerConfig api = m_sim->clientConfig();
    api.password = kApiPassword;
    if (apiPort != 0)
        api.baseUrl.setPort(apiPort);
    m_rig->enableGateway(api, m_dir->filePath(u"audit.jsonl"_s));
    QVERIFY(!m_rig->start().has_value());
    m_sim->resetCounters();
}

std::unique_ptr<RawHubClient> TestHubGateway::connectClient(const QString &token)
{
    auto client = std::make_unique<RawHubClient>();
    client->open(m_rig->url());
    if (!client->waitConnected() || !client->authenticate(token))
        return nullptr;
    return client;
}

std::unique_ptr<RawHubClient> TestHubGateway::seatedDesk(const QString &phone)
{
    auto desk = connectClient(m_rig->addPhoneToken(u"desk-"_s + QString(phone).replace(u'/', u'-'), phone));
    if (!desk)
        return nullptr;
    desk->send(HubProtocol::subscribePhone(phone));
    if (!desk->waitFor(u"seat"_s) || !desk->waitFor(u"snapshot"_s))
        return nullptr;
    return desk;
}

QJsonObject TestHubGateway::lastResult(const RawHubClient &client)
{
    const QList<QJsonObject> results = client.messages(u"result"_s);
    return results.isEmpty() ? QJsonObject() : results.last();
}

QList<QJsonObject> TestHubGateway::auditLines() const
{
    QList<QJsonObject> lines;
    QFile file(m_dir->filePath(u"audit.jsonl"_s));
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.isEmpty())
            lines.append(QJsonDocument::fromJson(line).object());
    }
    return lines;
}

void TestHubGateway::aCommandForTheDesksOwnAgentGoesOnceAndSucceeds()
{
    startGateway();
    std::unique_ptr<RawHubClient> desk = seatedDesk();
    QVERIFY(desk);
    const QJsonObject seat = desk->messages(u"seat"_s).first();
    QCOMPARE(seat.value(u"user"_s).toString(), u"1000"_s);
    QCOMPARE(seat.value(u"phone"_s).toString(), u"SIP/1000"_s);
    QCOMPARE(desk->messages(u"welcome"_s).first().value(u"mode"_s).toString(), u"gateway"_s);
    QCOMPARE(desk->messages(u"welcome"_s).first().value(u"phone"_s).toString(), u"SIP/1000"_s);

    desk->send(HubProtocol::command(u"c-1"_s, u"1000"_s, ParkAction::ParkCustomer));
    QVERIFY(desk->waitFor(u"result"_s));
    const QJsonObject result = lastResult(*desk);
    QCOMPARE(result.value(u"id"_s).toString(), u"c-1"_s);
    QCOMPARE(result.value(u"reachedServer"_s).toBool(), true);
    const std::optional<HubProtocol::ReceivedResult> received = HubProtocol::resultFromJson(result);
    QVERIFY(received);
    QCOMPARE(resultKindName(received->result.answer.kind), u"success"_s);
    QCOMPARE(received->result.action, ParkAction::ParkCustomer);
    QCOMPARE(m_sim->requestCount(u"park_call"_s, u"1000"_s), 1);
    QCOMPARE(m_sim->requestCount(u"park_call"_s), 1);
    QCOMPARE(desk->count(u"result"_s), 1);
}

void TestHubGateway::aForgedCommandForAnotherAgentNeverReachesTheServer()
{
    startGateway();
    std::unique_ptr<RawHubClient> desk = seatedDesk();
    QVERIFY(desk);
    desk->send(HubProtocol::command(u"c-1"_s, u"1003"_s, ParkAction::ParkCustomer));
    QVERIFY(desk->waitFor(u"result"_s));
    const QJsonObject answer = lastResult(*desk).value(u"answer"_s).toObject();
    QCOMPARE(answer.value(u"kind"_s).toString(), u"not_sent"_s);
    QCOMPARE(answer.value(u"detail"_s).toString(), u"not-your-agent"_s);
    QCOMPARE(lastResult(*desk).value(u"reachedServer"_s).toBool(), false);
    QCOMPARE(m_sim->requestCount(u"park_call"_s), 0);
}

void TestHubGateway::anAgentBoundTokenCannotCommandAnotherAgent()
{
    startGateway();
    std::unique_ptr<RawHubClient> desk = connectClient(m_rig->addToken(u"desk-14"_s, HubRole::Bar, {}, u"1000"_s));
    QVERIFY(desk);
    QCOMPARE(desk->messages(u"welcome"_s).first().value(u"agent"_s).toString(), u"1000"_s);
    desk->send(HubProtocol::command(u"c-1"_s, u"1003"_s, ParkAction::ParkCustomer));
    QVERIFY(desk->waitFor(u"result"_s));
    QCOMPARE(lastResult(*desk).value(u"answer"_s).toObject().value(u"detail"_s).toString(), u"not-your-agent"_s);
    QCOMPARE(m_sim->requestCount(u"park_call"_s), 0);
}

void TestHubGateway::aSupervisorOutsideItsCampaignsIsRefused()
{
    startGateway();
    std::unique_ptr<RawHubClient> supervisor =
        connectClient(m_rig->addToken(u"sups"_s, HubRole::Supervisor, HubScope{{u"TESTCAMP"_s}, {}}));
    QVERIFY(supervisor);
    supervisor->send(HubProtocol::command(u"c-1"_s, u"1003"_s, ParkAction::ParkCustomer)); // NOIVR
    QVERIFY(supervisor->waitFor(u"result"_s));
    QCOMPARE(lastResult(*supervisor).value(u"answer"_s).toObject().value(u"detail"_s).toString(), u"outside-scope"_s);
    QCOMPARE(m_sim->requestCount(u"park_call"_s), 0);

    supervisor->send(HubProtocol::command(u"c-2"_s, u"1000"_s, ParkAction::ParkCustomer)); // TESTCAMP: within
    QVERIFY(supervisor->waitFor(u"result"_s, 2));
    QCOMPARE(lastResult(*supervisor).value(u"answer"_s).toObject().value(u"kind"_s).toString(), u"success"_s);
    QCOMPARE(m_sim->requestCount(u"park_call"_s), 1);
}

void TestHubGateway::whatTheRulesRefuseIsRefusedWithTheirReason()
{
    startGateway();
    std::unique_ptr<RawHubClient> desk = seatedDesk();
    QVERIFY(desk);
    desk->send(HubProtocol::command(u"c-1"_s, u"1000"_s, ParkAction::GrabCustomer)); // nothing is parked
    QVERIFY(desk->waitFor(u"result"_s));
    const QJsonObject answer = lastResult(*desk).value(u"answer"_s).toObject();
    QCOMPARE(answer.value(u"kind"_s).toString(), u"not_sent"_s);
    QCOMPARE(answer.value(u"detail"_s).toString(), u"rules"_s);
    // The very sentence the desk's rules give for that reading.
    RuleInput input;
    input.agent = u"1000"_s;
    input.feed = FeedState::Live;
    input.snapshot = m_rig->poller().agents().value(u"1000"_s);
    const ActionState expected = stateOf(evaluateActions(input), ParkAction::GrabCustomer);
    QVERIFY(!expected.enabled);
    QCOMPARE(answer.value(u"text"_s).toString(), expected.reason);
    QCOMPARE(m_sim->requestCount(u"park_call"_s), 0);
}

void TestHubGateway::aSecondCommandForTheSameAgentIsBusy()
{
    startGateway();
    m_sim->setLatencyMs(500, u"park_call"_s);
    std::unique_ptr<RawHubClient> desk = seatedDesk();
    QVERIFY(desk);
    desk->send(HubProtocol::command(u"c-1"_s, u"1000"_s, ParkAction::ParkCustomer));
    desk->send(HubProtocol::command(u"c-2"_s, u"1000"_s, ParkAction::ParkCustomer));
    QVERIFY(desk->waitFor(u"result"_s, 2));
    const QList<QJsonObject> results = desk->messages(u"result"_s);
    QCOMPARE(results.at(0).value(u"id"_s).toString(), u"c-2"_s);
    QCOMPARE(results.at(0).value(u"answer"_s).toObject().value(u"kind"_s).toString(), u"busy"_s);
    QCOMPARE(results.at(1).value(u"id"_s).toString(), u"c-1"_s);
    QCOMPARE(results.at(1).value(u"answer"_s).toObject().value(u"kind"_s).toString(), u"success"_s);
    QCOMPARE(m_sim->requestCount(u"park_call"_s), 1);
}

void TestHubGateway::aCutConnectionAfterWritingGivesOneParkCallAndAnUnknownOutcome()
{
    TcpRelay relay(m_sim->port());
    QVERIFY(relay.listen());
    startGateway(relay.port());
    std::unique_ptr<RawHubClient> desk = seatedDesk();
    QVERIFY(desk);
    relay.setFrozen(true); // the answer is held back...
    desk->send(HubProtocol::command(u"c-1"_s, u"1000"_s, ParkAction::ParkCustomer));
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->requestCount(u"park_call"_s), 1, 5000);
    relay.cutAll(); // ...and the connection is cut after park_call was written
    QVERIFY(desk->waitFor(u"result"_s, 1, 20000));
    const QJsonObject result = lastResult(*desk);
    QCOMPARE(result.value(u"reachedServer"_s).toBool(), true);
    const QString kind = result.value(u"answer"_s).toObject().value(u"kind"_s).toString();
    QVERIFY2(kind == u"connection_failed"_s || kind == u"timeout"_s, qPrintable(kind));
    QCOMPARE(m_sim->requestCount(u"park_call"_s), 1); // never resent
    QCOMPARE(desk->count(u"result"_s), 1);
    QCOMPARE(auditLines().size(), 1);
}

void TestHubGateway::aClientThatLeftStillHasItsCommandSentOnceAndAudited()
{
    startGateway();
    m_sim->setLatencyMs(200, u"park_call"_s);
    std::unique_ptr<RawHubClient> desk = seatedDesk();
    QVERIFY(desk);
    desk->send(HubProtocol::command(u"c-1"_s, u"1000"_s, ParkAction::ParkCustomer));
    desk->close();
    QVERIFY(desk->waitClosed());
    QTRY_COMPARE_WITH_TIMEOUT(auditLines().size(), 1, 5000);
    const QJsonObject line = auditLines().first();
    QCOMPARE(line.value(u"result"_s).toString(), u"success"_s);
    QCOMPARE(line.value(u"delivered"_s).toBool(), false);
    QCOMPARE(m_sim->requestCount(u"park_call"_s), 1);
    QCOMPARE(m_rig->gateway()->commandsInFlight(), 0);
}

void TestHubGateway::afterAnAuthenticationErrorNothingMoreIsSent()
{
    m_sim->apiUser(u"6666"_s)->password = u"changed-on-the-server"_s;
    startGateway();
    std::unique_ptr<RawHubClient> desk = seatedDesk();
    QVERIFY(desk);
    desk->send(HubProtocol::command(u"c-1"_s, u"1000"_s, ParkAction::ParkCustomer));
    QVERIFY(desk->waitFor(u"result"_s));
    QCOMPARE(lastResult(*desk).value(u"answer"_s).toObject().value(u"kind"_s).toString(), u"bad_credentials"_s);
    QVERIFY(m_rig->gateway()->isStopped());
    const int sent = m_sim->requestCount();
    desk->send(HubProtocol::command(u"c-2"_s, u"1000"_s, ParkAction::ParkCustomer));
    QVERIFY(desk->waitFor(u"result"_s, 2));
    const QJsonObject answer = lastResult(*desk).value(u"answer"_s).toObject();
    QCOMPARE(answer.value(u"kind"_s).toString(), u"not_sent"_s);
    QCOMPARE(answer.value(u"detail"_s).toString(), u"stopped"_s);
    QCOMPARE(m_sim->requestCount(), sent);
    QCOMPARE(m_sim->requestCount(u"park_call"_s), 1);
}

void TestHubGateway::aFeedHubAnswersCommandsWithUnsupported()
{
    QVERIFY(!m_rig->start().has_value());
    std::unique_ptr<RawHubClient> desk = connectClient(m_rig->addToken(u"desk-14"_s, HubRole::Bar, {}, u"1000"_s));
    QVERIFY(desk);
    QCOMPARE(desk->messages(u"welcome"_s).first().value(u"mode"_s).toString(), u"feed"_s);
    desk->send(HubProtocol::command(u"c-1"_s, u"1000"_s, ParkAction::ParkCustomer));
    QVERIFY(desk->waitFor(u"error"_s));
    QCOMPARE(desk->messages(u"error"_s).first().value(u"code"_s).toString(), u"unsupported"_s);
    QCOMPARE(desk->count(u"result"_s), 0);
    QCOMPARE(m_sim->requestCount(u"park_call"_s), 0);
}

void TestHubGateway::aRefusedPasswordStopsTheWholeHubUntilItIsReloaded()
{
    // A whole gateway hub on the API source, whose password VICIdial refuses.
    HubConfig config;
    config.port = 0;
    config.metricsEnabled = false;
    config.intervalMs = 100;
    config.maxBackoffMs = 200;
    config.hasApi = true;
    config.api = m_sim->clientConfig();
    config.api.password = u"not-the-password"_s;
    config.gatewayEnabled = true;
    config.auditFile = m_dir->filePath(u"audit.jsonl"_s);
    const QString text = TokenFile::newToken();
    HubToken token;
    token.name = u"desk-14"_s;
    token.sha256Hex = TokenFile::hashOf(text);
    token.agent = u"1000"_s;
    HubService hub(config, HubServerOptions{}, Clock::system());
    QVERIFY(!hub.start({token}).has_value());
    QTRY_VERIFY_WITH_TIMEOUT(hub.gateway()->isStopped(), 5000); // the floor's reading was refused
    QTRY_VERIFY_WITH_TIMEOUT(hub.probe()->hasFinished(), 5000);  // and nothing the hub asked before is still on its way
    const int requests = m_sim->requestCount();

    RawHubClient desk;
    desk.open(hub.server()->url(), text);
    QVERIFY(desk.waitConnected());
    QVERIFY(desk.waitFor(u"welcome"_s));
    desk.send(HubProtocol::command(u"c-1"_s, u"1000"_s, ParkAction::ParkCustomer));
    QVERIFY(desk.waitFor(u"result"_s));
    QCOMPARE(lastResult(desk).value(u"answer"_s).toObject().value(u"detail"_s).toString(), u"stopped"_s);
    QCOMPARE(m_sim->requestCount(), requests); // nothing more went to VICIdial
    QCOMPARE(m_sim->requestCount(u"park_call"_s), 0);

    config.api.password = kApiPassword; // a person fixed the password and reloaded the hub
    hub.reload(config, {token});
    QTRY_VERIFY_WITH_TIMEOUT(hub.poller()->hasData(), 5000);
    desk.send(HubProtocol::subscribeAgents({u"1000"_s}));
    QVERIFY(desk.waitFor(u"snapshot"_s));
    desk.send(HubProtocol::command(u"c-2"_s, u"1000"_s, ParkAction::ParkCustomer));
    QVERIFY(desk.waitFor(u"result"_s, 2));
    QCOMPARE(lastResult(desk).value(u"answer"_s).toObject().value(u"kind"_s).toString(), u"success"_s);
    QCOMPARE(m_sim->requestCount(u"park_call"_s), 1);
}

void TestHubGateway::theAuditLogHasEveryCommandAndNoSecret()
{
    startGateway();
    std::unique_ptr<RawHubClient> desk = seatedDesk();
    QVERIFY(desk);
    const QString agentToken = m_rig->addToken(u"desk-14"_s, HubRole::Bar, {}, u"1000"_s);
    std::unique_ptr<RawHubClient> other = connectClient(agentToken);
    QVERIFY(other);
    desk->send(HubProtocol::command(u"c-1"_s, u"1000"_s, ParkAction::ParkCustomer));
    QVERIFY(desk->waitFor(u"result"_s));
    desk->send(HubProtocol::command(u"c-2"_s, u"1003"_s, ParkAction::ParkCustomer));
    QVERIFY(desk->waitFor(u"result"_s, 2));
    other->send(HubProtocol::command(u"c-1"_s, u"1003"_s, ParkAction::GrabCustomer));
    QVERIFY(other->waitFor(u"result"_s));

    const QList<QJsonObject> lines = auditLines();
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0).value(u"token"_s).toString(), u"desk-SIP-1000"_s);
    QCOMPARE(lines.at(0).value(u"phone"_s).toString(), u"SIP/1000"_s);
    QCOMPARE(lines.at(0).value(u"agent"_s).toString(), u"1000"_s);
    QCOMPARE(lines.at(0).value(u"value"_s).toString(), u"PARK_CUSTOMER"_s);
    QCOMPARE(lines.at(0).value(u"result"_s).toString(), u"success"_s);
    QCOMPARE(lines.at(0).value(u"reached_server"_s).toBool(), true);
    QVERIFY(lines.at(0).contains(u"latency_ms"_s));
    QCOMPARE(lines.at(1).value(u"agent"_s).toString(), u"1003"_s);
    QCOMPARE(lines.at(1).value(u"detail"_s).toString(), u"not-your-agent"_s);
    QCOMPARE(lines.at(1).value(u"reached_server"_s).toBool(), false);
    QCOMPARE(lines.at(2).value(u"token"_s).toString(), u"desk-14"_s);
    QCOMPARE(lines.at(2).value(u"value"_s).toString(), u"GRAB_CUSTOMER"_s);

    QFile file(m_dir->filePath(u"audit.jsonl"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(!text.contains(kApiPassword.toUtf8()));
    QVERIFY(!text.contains(agentToken.toUtf8()));
    QVERIFY(!text.contains("pbh1_"));
    for (const HubToken &token : m_rig->tokens())
        QVERIFY(!text.contains(token.sha256Hex.toUtf8()));
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
}

void TestHubGateway::aPhoneBoundTokenOnAHubWithoutPhonesIsNotAllowed()
{
    m_rig->source().setKnowsPhones(false); // like the API source
    startGateway();
    std::unique_ptr<RawHubClient> desk = connectClient(m_rig->addPhoneToken(u"desk-SIP-1000"_s, u"SIP/1000"_s));
    QVERIFY(desk);
    desk->send(HubProtocol::subscribePhone(u"SIP/1000"_s));
    QVERIFY(desk->waitFor(u"error"_s));
    const QJsonObject error = desk->messages(u"error"_s).first();
    QCOMPARE(error.value(u"code"_s).toString(), u"not-allowed"_s);
    QVERIFY2(error.value(u"message"_s).toString().contains(u"database"_s), qPrintable(error.value(u"message"_s).toString()));
    QCOMPARE(desk->count(u"seat"_s), 0);

    desk->send(HubProtocol::subscribeAgents({u"1000"_s})); // and no way around it
    QVERIFY(desk->waitFor(u"error"_s, 2));
    QCOMPARE(desk->count(u"snapshot"_s), 0);
}

void TestHubGateway::aSeatComesAgainWhenAnotherAgentSitsAtThePhone()
{
    startGateway();
    std::unique_ptr<RawHubClient> desk = seatedDesk();
    QVERIFY(desk);
    AgentSnapshot newcomer = paused(u"1005"_s);
    newcomer.extension = u"SIP/1000"_s;
    m_rig->source().setFloor({newcomer, inCall(u"1003"_s, u"NOIVR"_s)});
    QVERIFY(m_rig->readNow());
    QVERIFY(desk->waitFor(u"seat"_s, 2));
    const QJsonObject seat = desk->messages(u"seat"_s).last();
    QCOMPARE(seat.value(u"user"_s).toString(), u"1005"_s);
    QCOMPARE(seat.value(u"fullName"_s).toString(), newcomer.fullName);
    QVERIFY(desk->waitFor(u"snapshot"_s, 2));
    const QJsonArray agents = desk->messages(u"snapshot"_s).last().value(u"agents"_s).toArray();
    QCOMPARE(agents.size(), 1);
    QCOMPARE(agents.first().toObject().value(u"user"_s).toString(), u"1005"_s);

    m_rig->source().setFloor({inCall(u"1003"_s, u"NOIVR"_s)});
    QVERIFY(m_rig->readNow());
    QVERIFY(desk->waitFor(u"seat"_s, 3));
    QCOMPARE(desk->messages(u"seat"_s).last().value(u"user"_s).toString(), QString());
    QVERIFY(!desk->messages(u"seat"_s).last().contains(u"fullName"_s));
}

QTEST_GUILESS_MAIN(TestHubGateway)
#include "TestHubGateway.moc"
