#include "MariaDbServer.h"
#include "PhoneLogins.h"
#include "SessionTestKit.h"
#include "TcpRelay.h"

#include "demo/SimDatabaseMirror.h"
#include "demo/SimFloor.h"
#include "demo/VicidialSimulator.h"
#include "hub/HubClient.h"
#include "hub/HubCommandSender.h"
#include "hub/HubGateway.h"
#include "hub/HubPoller.h"
#include "hub/HubServer.h"
#include "hub/HubService.h"
#include "hub/HubSession.h"
#include "hub/TokenFile.h"
#include "services/CapabilityProbe.h"
#include "session/AgentSession.h"
#include "util/Clock.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// A desk in gateway mode against real parkbar-hubs (database source, the
// simulator mirrored into MariaDB), built as ProfileConnection and
// ModeSwitcher build it: a HubClient following the token's phone, a hub
// session without a wire, commands through HubCommandSender. The desk has
// no VICIdial password; the hub has it.
class TestDeskThroughGateway : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void aBarBoundToAPhoneFollowsTheAgentsLoggingInAndOut();
    void aCommandForItsAgentGoesThroughTheHubAndIsConfirmed();
    void aCutAfterSendingGivesOneParkCallAndMayOrMayNotOnTheBar();
    void theDeskMovesToTheSecondHubAndCommandsThere();

private:
    std::unique_ptr<HubService> startHub();
    std::unique_ptr<HubClient> deskClient(const QUrl &url, const QUrl &second = {});
    AgentSession *sessionFor(HubClient *client, const QString &agent);
    void logIn(const QString &user, const QString &phone);

    std::unique_ptr<MariaDbServer> m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VicidialSimulator> m_sim;
    std::unique_ptr<SimDatabaseMirror> m_mirror;
    QList<HubToken> m_tokens;
    QString m_token; // bound to SIP/1000
    // The desk's pieces, as the program keeps them.
    std::unique_ptr<CapabilityProbe> m_probe;
    std::unique_ptr<HubCommandSender> m_commands;
    std::unique_ptr<AgentSession> m_session;
};

void TestDeskThroughGateway::initTestCase()
{
    m_db = std::make_unique<MariaDbServer>();
    QVERIFY2(m_db->start(), qPrintable(m_db->errorString()));
    qRegisterMetaType<CommandResult>();
    qRegisterMetaType<HubSeat>();
}

void TestDeskThroughGateway::cleanupTestCase()
{
    m_db.reset();
}

void TestDeskThroughGateway::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_sim = std::make_unique<VicidialSimulator>();
    m_sim->setAgentScreenDelayMs(100);
    QVERIFY(m_sim->listen());
    m_mirror = std::make_unique<SimDatabaseMirror>(m_db->adminConnection());
    QVERIFY2(m_mirror->attach(m_sim.get()), qPrintable(m_mirror->errorString()));
    m_token = TokenFile::newToken();
    HubToken entry;
    entry.name = u"desk-SIP-1000"_s;
    entry.sha256Hex = TokenFile::hashOf(m_token);
    entry.phone = u"SIP/1000"_s;
    m_tokens = {entry};
}

void TestDeskThroughGateway::cleanup()
{
    m_session.reset();
    m_commands.reset();
    m_probe.reset();
    m_mirror.reset();
    m_sim.reset();
    m_dir.reset();
}

std::unique_ptr<HubService> TestDeskThroughGateway::startHub()
{
    HubConfig config;
    config.port = 0;
    config.metricsEnabled = false;
    config.sourceKind = HubConfig::SourceKind::Database;
    config.database = m_db->readOnlyOptions();
    config.intervalMs = 100;
    config.hasApi = true;
    config.api = m_sim->clientConfig();
    config.gatewayEnabled = true;
    config.auditFile = m_dir->filePath(u"audit-%1.jsonl"_s.arg(QRandomGenerator::global()->generate()));
    auto hub = std::make_unique<HubService>(config, HubServerOptions{}, Clock::system());
    if (hub->start(m_tokens).has_value())
        return nullptr;
    if (!QTest::qWaitFor([&] { return hub->poller()->hasData(); }, 10000))
        return nullptr;
    return hub;
}

std::unique_ptr<HubClient> TestDeskThroughGateway::deskClient(const QUrl &url, const QUrl &second)
{
    HubClientOptions options;
    options.url = url;
    options.secondUrl = second;
    options.token = m_token;
    options.minReconnectMs = 50;
    options.maxReconnectMs = 300;
    auto client = std::make_unique<HubClient>(options);
    // What ProfileConnection does with the welcome: follow the token's phone.
    HubClient *raw = client.get();
    connect(raw, &HubClient::welcomed, raw, [raw] {
        if (!raw->boundPhone().isEmpty())
            raw->subscribePhone(raw->boundPhone());
    });
    m_probe = std::make_unique<CapabilityProbe>(nullptr); // no wire: gateway mode
    adoptHubBuilds(raw, m_probe.get());
    m_commands = std::make_unique<HubCommandSender>(raw);
    client->start();
    return client;
}

AgentSession *TestDeskThroughGateway::sessionFor(HubClient *client, const QString &agent)
{
    m_session.reset(createHubSession(client, nullptr, m_probe.get(), m_commands.get(), agent, fastSessionOptions(),
                                     Clock::system()));
    m_session->start();
    return m_session.get();
}

void TestDeskThroughGateway::logIn(const QString &user, const QString &phone)
{
    QVERIFY(logInOnPhone(m_sim.get(), user, phone));
}

void TestDeskThroughGateway::aBarBoundToAPhoneFollowsTheAgentsLoggingInAndOut()
{
    std::unique_ptr<HubService> hub = startHub();
    QVERIFY(hub);
    m_sim->resetCounters();
    std::unique_ptr<HubClient> desk = deskClient(hub->server()->url());
    QSignalSpy seats(desk.get(), &HubClient::seatChanged);
    QTRY_VERIFY_WITH_TIMEOUT(desk->seat().user == u"1000"_s, 10000);
    QCOMPARE(desk->mode(), u"gateway"_s);
    QCOMPARE(desk->boundPhone(), u"SIP/1000"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_probe->capabilities().isKnown(), 10000); // the hub's builds, not a version of its own
    QCOMPARE(m_probe->capabilities().agentApiBuild, std::optional<ServerBuild>(m_sim->floor()->agentApiBuild()));

    AgentSession *session = sessionFor(desk.get(), desk->seat().user);
    QTRY_COMPARE_WITH_TIMEOUT(session->view().feed, FeedState::Live, 10000);
    QCOMPARE(session->view().snapshot->fullName, m_sim->agent(u"1000"_s)->fullName); // the seat names the desk's agent

    m_sim->agent(u"1000"_s)->loggedIn = false; // logs out of the phone
    m_sim->noteAgentChanged(u"1000"_s);
    QTRY_VERIFY_WITH_TIMEOUT(desk->seat().user.isEmpty() && seats.size() >= 2, 10000);
    QVERIFY(desk->health().isUsable());

    logIn(u"1002"_s, u"SIP/1000"_s); // another agent sits down at the same phone
    QTRY_COMPARE_WITH_TIMEOUT(desk->seat().user, u"1002"_s, 10000);
    session = sessionFor(desk.get(), desk->seat().user);
    QTRY_COMPARE_WITH_TIMEOUT(session->view().feed, FeedState::Live, 10000);
    QCOMPARE(session->view().snapshot->user, u"1002"_s);

    // Everything the desk knew came from the hub: no request to VICIdial is the desk's.
    QCOMPARE(m_sim->requestCount(u"agent_status"_s), 0);
}

void TestDeskThroughGateway::aCommandForItsAgentGoesThroughTheHubAndIsConfirmed()
{
    std::unique_ptr<HubService> hub = startHub();
    QVERIFY(hub);
    m_sim->agent(u"1000"_s)->status = u"INCALL"_s;
    m_sim->noteAgentChanged(u"1000"_s);
    std::unique_ptr<HubClient> desk = deskClient(hub->server()->url());
    QTRY_VERIFY_WITH_TIMEOUT(desk->seat().user == u"1000"_s, 10000);
    AgentSession *session = sessionFor(desk.get(), u"1000"_s);
    QTRY_VERIFY_WITH_TIMEOUT(session->view().feed == FeedState::Live && stateOf(session->view().states, ParkAction::ParkCustomer).enabled,
                             10000);
    m_sim->resetCounters();
    QSignalSpy settled(session, &AgentSession::commandSettled);
    QVERIFY(session->request(ParkAction::ParkCustomer));
    QVERIFY(settled.wait(15000));
    const auto record = settled.last().at(0).value<CommandRecord>();
    QVERIFY2(record.result.answer.isSuccess(), qPrintable(record.result.answer.text));
    QCOMPARE(record.confirmation, Confirmation::Confirmed);
    QCOMPARE(m_sim->requestCount(u"park_call"_s), 1);
    QCOMPARE(m_sim->requestCount(u"park_call"_s, u"1000"_s), 1);
}

void TestDeskThroughGateway::aCutAfterSendingGivesOneParkCallAndMayOrMayNotOnTheBar()
{
    std::unique_ptr<HubService> hub = startHub();
    QVERIFY(hub);
    TcpRelay relay(hub->server()->url().port()); // between the bar and the hub
    QVERIFY(relay.listen());
    std::unique_ptr<HubClient> desk = deskClient(QUrl(u"ws://127.0.0.1:%1"_s.arg(relay.port())));
    QTRY_VERIFY_WITH_TIMEOUT(desk->seat().user == u"1000"_s, 10000);
    m_sim->setLatencyMs(1500, u"park_call"_s); // the hub's park_call takes a while...
    m_sim->resetCounters();
    QSignalSpy finished(m_commands.get(), &CommandSender::commandFinished);
    m_commands->send(u"1000"_s, ParkAction::ParkCustomer);
    QTRY_COMPARE_WITH_TIMEOUT(hub->gateway()->commandsInFlight(), 1, 5000);
    relay.cutAll(); // ...and the bar's connection to the hub is cut meanwhile

    QVERIFY(finished.wait(5000));
    const auto result = finished.at(0).at(0).value<CommandResult>();
    QVERIFY(result.reachedServer);
    QVERIFY(outcomeUnknown(result.answer.kind)); // "may or may not have been done"
    QTRY_COMPARE_WITH_TIMEOUT(hub->gateway()->commandsInFlight(), 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(desk->health().isUsable() && relay.connectionsAccepted() >= 2, 10000); // back on the hub
    QCOMPARE(m_sim->requestCount(u"park_call"_s), 1); // sent once, never again
    QCOMPARE(finished.size(), 1);
}

void TestDeskThroughGateway::theDeskMovesToTheSecondHubAndCommandsThere()
{
    std::unique_ptr<HubService> first = startHub();
    QVERIFY(first);
    std::unique_ptr<HubService> second = startHub();
    QVERIFY(second);
    const QUrl secondUrl = second->server()->url();
    std::unique_ptr<HubClient> desk = deskClient(first->server()->url(), secondUrl);
    QTRY_VERIFY_WITH_TIMEOUT(desk->seat().user == u"1000"_s && desk->health().isUsable(), 10000);
    QCOMPARE(desk->currentUrl(), first->server()->url());

    first.reset(); // the first hub stops
    QElapsedTimer moving;
    moving.start();
    QTRY_VERIFY_WITH_TIMEOUT(desk->currentUrl() == secondUrl && desk->health().isUsable(), 2000);
    qInfo() << "on the second hub after" << moving.elapsed() << "ms";

    m_sim->resetCounters();
    QSignalSpy finished(m_commands.get(), &CommandSender::commandFinished);
    m_commands->send(u"1000"_s, ParkAction::ParkCustomer);
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.at(0).at(0).value<CommandResult>().answer.isSuccess());
    QCOMPARE(m_sim->requestCount(u"park_call"_s), 1);
}

QTEST_GUILESS_MAIN(TestDeskThroughGateway)
#include "TestDeskThroughGateway.moc"
