#include "SessionTestKit.h"
#include "demo/VicidialSimulator.h"
#include "hub/HubClient.h"
#include "hub/HubPoller.h"
#include "hub/HubService.h"
#include "hub/HubSession.h"
#include "hub/TokenFile.h"
#include "services/CapabilityProbe.h"
#include "services/FallbackFeed.h"
#include "services/ParkCallService.h"
#include "session/AgentSession.h"
#include "util/Clock.h"
#include "vicidial/WireClient.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// A bar behind a parkbar-hub, end to end on 127.0.0.1: the hub reads the
// simulator's floor (API source), the bar subscribes instead of polling,
// parks through api.php and sees the confirmation come through the hub;
// without the hub it polls by itself, and returns to the hub when it is back.
class TestHubBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void theBarFollowsTheHubAndDoesNotPoll();
    void aParkIsConfirmedThroughTheHub();
    void theHubStoppedMidCommandMeansDirectPollingAndNothingSentTwice();
    void theBarReturnsToTheHubWhenItIsBack();
    void aBarTokenIsNeverShownAPhoneNumberOrAName();

private:
    void startHub(quint16 port = 0);
    void stopHub() { m_hub.reset(); }
    AgentSession *startSession();
    FallbackFeed *feed() const { return qobject_cast<FallbackFeed *>(m_session->stateFeed()); }
    int agentStatusPolls() const { return m_sim->requestCount(u"agent_status"_s); }

    std::unique_ptr<VicidialSimulator> m_sim;
    std::unique_ptr<WireClient> m_wire;
    std::unique_ptr<ParkCallService> m_service;
    std::unique_ptr<CapabilityProbe> m_probe;
    std::unique_ptr<HubService> m_hub;
    std::unique_ptr<HubClient> m_client;
    std::unique_ptr<AgentSession> m_session;
    QString m_token;
    quint16 m_port = 0;
};

void TestHubBar::init()
{
    m_sim = std::make_unique<VicidialSimulator>();
    m_sim->setAgentScreenDelayMs(50);
    QVERIFY(m_sim->listen());
    m_wire = std::make_unique<WireClient>(m_sim->clientConfig());
    m_service = std::make_unique<ParkCallService>(m_wire.get());
    m_probe = std::make_unique<CapabilityProbe>(m_wire.get());
    m_token = TokenFile::newToken();
    startHub();
    HubClientOptions options;
    options.url = m_hub->server()->url();
    options.token = m_token;
    options.minReconnectMs = 50;
    options.maxReconnectMs = 200;
    m_client = std::make_unique<HubClient>(options);
}

void TestHubBar::cleanup()
{
    m_session.reset();
    m_client.reset();
    m_hub.reset();
    m_probe.reset();
    m_service.reset();
    m_wire.reset();
    m_sim.reset();
}

void TestHubBar::startHub(quint16 port)
{
    HubConfig config;
    config.port = port;
    config.metricsEnabled = false;
    config.sourceKind = HubConfig::SourceKind::Api;
    config.api = m_sim->clientConfig();
    config.api.source = u"parkbar-hub"_s;
    config.intervalMs = 100;
    HubServerOptions server;
    server.heartbeatMs = 500;
    HubToken token;
    token.name = u"desk-1"_s;
    token.role = HubRole::Bar;
    token.sha256Hex = TokenFile::hashOf(m_token);
    m_hub = std::make_unique<HubService>(config, server, Clock::system());
    const std::optional<QString> refusal = m_hub->start({token});
    QVERIFY2(!refusal, qPrintable(refusal.value_or(QString())));
    m_port = m_hub->server()->url().port();
    QTRY_VERIFY(m_hub->poller()->hasData());
}

AgentSession *TestHubBar::startSession()
{
    m_session.reset(createHubSession(m_client.get(), m_wire.get(), m_probe.get(), m_service.get(), u"1000"_s,
                                     fastSessionOptions(), nullptr));
    m_session->start();
    return m_session.get();
}

void TestHubBar::theBarFollowsTheHubAndDoesNotPoll()
{
    AgentSession *session = startSession();
    QTRY_COMPARE(session->feed(), FeedState::Live);
    QCOMPARE(session->view().source.kind, FeedSource::Kind::Hub);
    QCOMPARE(session->snapshot()->leadId, u"12345"_s);
    QVERIFY(stateOf(session->actionStates(), ParkAction::ParkCustomer).enabled);
    // Several hub readings later, still not one agent_status from the bar.
    const quint64 readings = m_hub->poller()->sequence();
    QTRY_VERIFY(m_hub->poller()->sequence() >= readings + 3);
    QCOMPARE(agentStatusPolls(), 0);
    QVERIFY(!feed()->usesFallback());
}

void TestHubBar::aParkIsConfirmedThroughTheHub()
{
    AgentSession *session = startSession();
    QTRY_COMPARE(session->feed(), FeedState::Live);
    QSignalSpy settled(session, &AgentSession::commandSettled);
    QVERIFY(session->request(ParkAction::ParkCustomer));
    QVERIFY(settled.wait(5000));
    const CommandRecord record = settled.first().first().value<CommandRecord>();
    QCOMPARE(record.result.answer.kind, ResultKind::Success);
    QCOMPARE(record.confirmation, Confirmation::Confirmed);
    QCOMPARE(m_sim->requestCount(u"park_call"_s), 1); // straight to api.php, once
    QCOMPARE(agentStatusPolls(), 0);                    // the confirmation came through the hub
    QVERIFY(session->parkedForMs().has_value());
    QVERIFY(stateOf(session->actionStates(), ParkAction::GrabCustomer).enabled);
}

void TestHubBar::theHubStoppedMidCommandMeansDirectPollingAndNothingSentTwice()
{
    AgentSession *session = startSession();
    QTRY_COMPARE(session->feed(), FeedState::Live);
    QSignalSpy settled(session, &AgentSession::commandSettled);
    m_sim->setLatencyMs(300, u"park_call"_s); // the hub goes while the command is out
    QVERIFY(session->request(ParkAction::ParkCustomer));
    stopHub();
    // The moment the client knows the hub is gone, the bar polls by itself.
    QTRY_VERIFY(m_client->health().state == HubHealth::State::Unreachable);
    QVERIFY(feed()->usesFallback());
    QCOMPARE(session->view().source.kind, FeedSource::Kind::DirectFallback);
    QCOMPARE(session->view().source.problem, FeedSource::HubProblem::Unreachable);
    QTRY_VERIFY(agentStatusPolls() > 0);
    QVERIFY(settled.wait(5000));
    const CommandRecord record = settled.first().first().value<CommandRecord>();
    QCOMPARE(record.confirmation, Confirmation::Confirmed); // seen by the bar's own polls
    QCOMPARE(m_sim->requestCount(u"park_call"_s), 1);
}

void TestHubBar::theBarReturnsToTheHubWhenItIsBack()
{
    AgentSession *session = startSession();
    QTRY_COMPARE(session->feed(), FeedState::Live);
    const quint16 port = m_port;
    stopHub();
    QTRY_VERIFY(feed()->usesFallback());
    QTRY_VERIFY(agentStatusPolls() > 0);
    startHub(port);
    QTRY_VERIFY_WITH_TIMEOUT(!feed()->usesFallback(), 10000);
    QCOMPARE(session->view().source.kind, FeedSource::Kind::Hub);
    // From now on only the hub reads: at most the poll already out ends.
    QTRY_VERIFY(!feed()->fallback()->isRunning());
    const int polls = agentStatusPolls();
    const quint64 readings = m_hub->poller()->sequence();
    QTRY_VERIFY(m_hub->poller()->sequence() >= readings + 3);
    QVERIFY(agentStatusPolls() <= polls + 1);
    QCOMPARE(session->feed(), FeedState::Live);
}

void TestHubBar::aBarTokenIsNeverShownAPhoneNumberOrAName()
{
    AgentSession *session = startSession();
    QTRY_COMPARE(session->feed(), FeedState::Live);
    const AgentSnapshot snapshot = *session->snapshot();
    QVERIFY(snapshot.phoneNumber.isEmpty());
    QVERIFY(snapshot.fullName.isEmpty());
    QVERIFY(snapshot.vendorLeadCode.isEmpty());
    QCOMPARE(snapshot.status, u"INCALL"_s);
}

QTEST_GUILESS_MAIN(TestHubBar)
#include "TestHubBar.moc"
