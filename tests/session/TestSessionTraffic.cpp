#include "ScriptedVicidial.h"
#include "SessionTestKit.h"
#include "services/ParkCallService.h"
#include "services/StatePoller.h"
#include "session/PollingSession.h"
#include "util/Clock.h"
#include "vicidial/WireClient.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ParkAction)

// What a session sends to the server, and when: the version first, one poll
// at a time, nothing after a refused password until a person acts, back-off
// while the server is gone, and recovery when it returns.
class TestSessionTraffic : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void readsBothVersionsBeforeTheFirstPoll();
    void aWrongPasswordSendsExactlyOneRequestAndSignsOut();
    void aPasswordTheNonAgentApiWouldAlterIsNeverSent();
    void aSlowServerNeverHasTwoPollsInFlight();
    void anOldBuildTurnsSwapOffWithTheBuildInTheReason();
    void theAdministratorsOverrideTurnsSwapOn();
    void offlineBacksOffAndRecoversWithinOneInterval();
    void aFailingServerCountsAsOffline();
    void theBackoffUsesTheInjectedJitter();
    void answersThatStopComingMakeTheStateStale();
    void aSlowAnswerShowsASlowConnection();
    void anUnknownAgentIsNamed();
    void aPausedSessionSendsNothing();

private:
    AgentSession *startSession(SessionOptions options = fastSessionOptions());

    ScriptedVicidial *m_server = nullptr;
    WireClient *m_client = nullptr;
    ParkCallService *m_service = nullptr;
    AgentSession *m_session = nullptr;
};

void TestSessionTraffic::init()
{
    m_server = new ScriptedVicidial(this);
    QVERIFY(m_server->start());
    m_client = new WireClient(m_server->clientConfig(), this);
    m_service = new ParkCallService(m_client, this);
}

void TestSessionTraffic::cleanup()
{
    delete m_session;
    m_session = nullptr;
    delete m_service;
    delete m_client;
    delete m_server;
}

AgentSession *TestSessionTraffic::startSession(SessionOptions options)
{
    m_session = createPollingSession(m_client, nullptr, m_service, u"1000"_s, options, nullptr);
    m_session->start();
    return m_session;
}

void TestSessionTraffic::readsBothVersionsBeforeTheFirstPoll()
{
    AgentSession *session = startSession();
    QCOMPARE(session->feed(), FeedState::Waiting);
    QCOMPARE(session->connection().kind, ConnectionState::Kind::Connecting);
    QCOMPARE(stateOf(session->actionStates(), ParkAction::ParkCustomer).reason, u"Waiting for the server..."_s);
    QTRY_COMPARE(session->feed(), FeedState::Live);
    QCOMPARE(m_server->functions().mid(0, 3), (QStringList{u"version"_s, u"version"_s, u"agent_status"_s}));
    QCOMPARE(m_server->http()->received().at(0).path, u"/agc/api.php"_s);
    QCOMPARE(m_server->http()->received().at(1).path, u"/vicidial/non_agent_api.php"_s);
    QVERIFY(session->probeFinished());
    QCOMPARE(session->capabilities().agentApiBuild, std::optional<ServerBuild>(ServerBuild{240429, 2220}));
    QCOMPARE(session->capabilities().nonAgentApiBuild, std::optional<ServerBuild>(ServerBuild{241004, 1518}));
    QCOMPARE(session->connection().kind, ConnectionState::Kind::Connected);
    QCOMPARE(session->snapshot()->leadId, u"12345"_s);
}

void TestSessionTraffic::aWrongPasswordSendsExactlyOneRequestAndSignsOut()
{
    m_client->setConfig(m_server->clientConfig(u"wrongpass"_s));
    AgentSession *session = startSession();
    QTRY_COMPARE(session->connection().kind, ConnectionState::Kind::SignedOut);
    QCOMPARE(session->feed(), FeedState::AuthStopped);
    QCOMPARE(session->connection().detail, u"Signed out: wrong API user or password."_s);
    QVERIFY(!session->connection().detail.contains(u"wrongpass"_s));
    for (ParkAction action : kAllParkActions)
        QCOMPARE(stateOf(session->actionStates(), action).reason, u"Signed out: wrong API user or password."_s);
    QCOMPARE(m_server->count(u"agent_status"_s), 1);

    QSignalSpy exchanges(m_client, &WireClient::exchangeFinished);
    QVERIFY(!exchanges.wait(500)); // nothing more goes out by itself
    QVERIFY(!session->request(ParkAction::ParkCustomer));
    QCOMPARE(m_server->count(u"agent_status"_s), 1);
    QCOMPARE(m_server->count(u"park_call"_s), 0);

    session->retry(); // a person asks once: exactly one more attempt
    QTRY_COMPARE(m_server->count(u"agent_status"_s), 2);
    QTRY_COMPARE(session->connection().kind, ConnectionState::Kind::SignedOut);
    QVERIFY(!exchanges.wait(500));
    QCOMPARE(m_server->count(u"agent_status"_s), 2);

    m_client->setConfig(m_server->clientConfig()); // the person fixed the password
    QTRY_COMPARE(session->feed(), FeedState::Live);
    QVERIFY(stateOf(session->actionStates(), ParkAction::ParkCustomer).enabled);
}

void TestSessionTraffic::aPasswordTheNonAgentApiWouldAlterIsNeverSent()
{
    // '.' passes the agent API's edit but not the non-agent API's: agent_status could never succeed.
    m_client->setConfig(m_server->clientConfig(u"pass.word"_s));
    AgentSession *session = startSession();
    QTRY_COMPARE(session->feed(), FeedState::AuthStopped);
    QCOMPARE(session->connection().kind, ConnectionState::Kind::SignedOut);
    QVERIFY(session->connection().detail.startsWith(u"Not sent: the API password has characters that the server's non-agent API removes"_s));
    QCOMPARE(stateOf(session->actionStates(), ParkAction::ParkCustomer).reason, session->connection().detail);
    QVERIFY(!session->connection().detail.contains(u"pass.word"_s));
    session->retry();
    QCOMPARE(m_server->count(u"agent_status"_s), 0);

    m_client->setConfig(m_server->clientConfig());
    session->retry();
    QTRY_COMPARE(session->feed(), FeedState::Live);
    // Polling resumed with the fixed password (more polls may follow at the 40 ms interval
    // before QTRY looks); the altered one never went out.
    QVERIFY(m_server->count(u"agent_status"_s) >= 1);
    for (const LocalHttpServer::Received &request : m_server->http()->received())
        QVERIFY(request.field(u"pass"_s) != u"pass.word"_s);
}

void TestSessionTraffic::aSlowServerNeverHasTwoPollsInFlight()
{
    m_server->script.agentStatusDelayMs = 150; // longer than the 40 ms interval
    AgentSession *session = startSession();
    QTRY_COMPARE(session->feed(), FeedState::Live);
    for (int i = 0; i < 4; ++i) {
        session->retry(); // asking again while a poll is out must not add a second one
        const int polls = m_server->count(u"agent_status"_s);
        QTRY_VERIFY(m_server->count(u"agent_status"_s) > polls);
    }
    QVERIFY(m_server->count(u"agent_status"_s) >= 5);
    QCOMPARE(m_server->maxInFlight(), 1);
}

void TestSessionTraffic::anOldBuildTurnsSwapOffWithTheBuildInTheReason()
{
    m_server->script.agentApiVersion = "VERSION: 2.14-81|BUILD: 240429-2220|DATE: 2026-06-28 10:00:00|EPOCH: 1782640800\n";
    m_server->script.nonAgentApiVersion = "VERSION: 2.14-180|BUILD: 240429-1000|DATE: 2026-06-28 10:00:00|EPOCH: 1782640800\n";
    m_server->agent.subStatus = u"PARK"_s;
    AgentSession *session = startSession();
    QTRY_COMPARE(session->feed(), FeedState::Live);
    const QString reason = u"This server looks older than 2024-06-24 (newest build seen: 240429); Swap needs newer"_s;
    QCOMPARE(stateOf(session->actionStates(), ParkAction::SwapParkXfer).reason, reason);
    QCOMPARE(stateOf(session->actionStates(), ParkAction::SwapParkCustomer).reason, reason);
    QVERIFY(stateOf(session->actionStates(), ParkAction::GrabCustomer).enabled);

    QSignalSpy refused(session, &AgentSession::actionRefused);
    QVERIFY(!session->request(ParkAction::SwapParkXfer));
    QCOMPARE(refused.first().at(1).toString(), reason);
    QCOMPARE(m_server->count(u"park_call"_s), 0);
}

void TestSessionTraffic::theAdministratorsOverrideTurnsSwapOn()
{
    m_server->script.nonAgentApiVersion = "ERROR: function not found\n";
    m_server->agent.subStatus = u"PARK"_s;
    AgentSession *session = startSession();
    QTRY_COMPARE(session->feed(), FeedState::Live);
    QVERIFY(!session->capabilities().nonAgentApiBuild);
    QVERIFY(!stateOf(session->actionStates(), ParkAction::SwapParkXfer).enabled);
    SessionOptions options = fastSessionOptions();
    options.screenSupportsSwapAndHangup = true;
    session->setOptions(options);
    QVERIFY(session->capabilities().screenSupportsSwapAndHangup);
    QVERIFY(stateOf(session->actionStates(), ParkAction::SwapParkXfer).enabled);
    QVERIFY(stateOf(session->actionStates(), ParkAction::HangupXferGrabCustomer).enabled);
}

void TestSessionTraffic::offlineBacksOffAndRecoversWithinOneInterval()
{
    SessionOptions options = fastSessionOptions();
    options.maxBackoffMs = 400;
    AgentSession *session = startSession(options);
    QTRY_COMPARE(session->feed(), FeedState::Live);
    const int versionsBefore = m_server->count(u"version"_s);

    m_server->goOffline();
    QTRY_COMPARE(session->feed(), FeedState::Offline);
    QCOMPARE(session->connection().kind, ConnectionState::Kind::Offline);
    QVERIFY(session->connection().detail.startsWith(u"Cannot reach the server: "_s));
    QCOMPARE(stateOf(session->actionStates(), ParkAction::ParkCustomer).reason, u"Offline: the server cannot be reached"_s);
    QVERIFY(session->connection().nextRetryMs > 0);
    QTRY_VERIFY(statePollerOf(session)->consecutiveFailures() >= 4);
    // Backing off: the next attempt is scheduled no later than the cap.
    QVERIFY(statePollerOf(session)->nextPollAtMs() - Clock::system()->monotonicMs() <= options.maxBackoffMs);

    QSignalSpy polled(statePollerOf(session), &StatePoller::polled);
    QVERIFY(m_server->comeBack());
    QElapsedTimer sinceReturn;
    sinceReturn.start();
    QTRY_COMPARE_WITH_TIMEOUT(session->feed(), FeedState::Live, 3000);
    QVERIFY2(sinceReturn.elapsed() <= 2 * options.maxBackoffMs + 1000, qPrintable(QString::number(sinceReturn.elapsed())));
    // The first attempt after the return succeeds (one already on its way may still fail): no extra back-off.
    qsizetype failedAfterReturn = 0;
    for (const QList<QVariant> &arguments : polled) {
        if (arguments.first().value<PollOutcome>().kind != PollOutcome::Kind::Failed)
            break;
        ++failedAfterReturn;
    }
    QVERIFY(failedAfterReturn <= 1);
    QCOMPARE(session->connection().kind, ConnectionState::Kind::Connected);
    QTRY_VERIFY(m_server->count(u"version"_s) > versionsBefore); // the server may have been upgraded meanwhile
    QVERIFY(stateOf(session->actionStates(), ParkAction::ParkCustomer).enabled);
}

void TestSessionTraffic::aFailingServerCountsAsOffline()
{
    m_server->script.agentStatusFails = true;
    AgentSession *session = startSession();
    QTRY_COMPARE(session->feed(), FeedState::Offline);
    QCOMPARE(session->connection().detail, u"The server answered with HTTP status 500."_s);
    QTRY_VERIFY(statePollerOf(session)->consecutiveFailures() >= 2);
    m_server->script.agentStatusFails = false;
    QTRY_COMPARE(session->feed(), FeedState::Live);
}

void TestSessionTraffic::theBackoffUsesTheInjectedJitter()
{
    m_server->script.agentStatusFails = true;
    ManualClock clock; // stands still: nextPollAtMs is exactly the chosen delay
    SessionOptions options = fastSessionOptions();
    options.loggedInPollMs = 40;
    m_session = createPollingSession(m_client, nullptr, m_service, u"1000"_s, options, &clock);
    StatePoller *poller = statePollerOf(m_session);
    double jitter = 0.0;
    poller->setJitterSource([&jitter] { return jitter; });
    QSignalSpy polled(poller, &StatePoller::polled);
    m_session->start();
    QVERIFY(polled.wait(3000));
    QCOMPARE(poller->nextPollAtMs(), 20); // 40 ms interval, first failure, jitter 0: half
    jitter = 0.999;
    QVERIFY(polled.wait(3000));
    QCOMPARE(poller->nextPollAtMs(), 79); // second failure: ceiling 80
    QCOMPARE(m_session->connection().nextRetryMs, 79);
    QCOMPARE(polled.last().first().value<PollOutcome>().kind, PollOutcome::Kind::Failed);
}

void TestSessionTraffic::answersThatStopComingMakeTheStateStale()
{
    SessionOptions options = fastSessionOptions();
    options.staleAfterMs = 200;
    AgentSession *session = startSession(options);
    QTRY_COMPARE(session->feed(), FeedState::Live);
    m_server->script.agentStatusDelayMs = 1500; // answers, but late
    QTRY_COMPARE(session->feed(), FeedState::Stale);
    QCOMPARE(session->connection().kind, ConnectionState::Kind::Slow);
    QCOMPARE(stateOf(session->actionStates(), ParkAction::ParkCustomer).reason,
             u"The agent's state is out of date: no answer from the server for a while"_s);
    m_server->script.agentStatusDelayMs = 0;
    QTRY_COMPARE_WITH_TIMEOUT(session->feed(), FeedState::Live, 4000);
}

void TestSessionTraffic::aSlowAnswerShowsASlowConnection()
{
    SessionOptions options = fastSessionOptions();
    options.slowLatencyMs = 100;
    m_server->script.agentStatusDelayMs = 200;
    AgentSession *session = startSession(options);
    QTRY_COMPARE(session->feed(), FeedState::Live);
    QCOMPARE(session->connection().kind, ConnectionState::Kind::Slow);
    QVERIFY(session->connection().detail.startsWith(u"The server is slow to answer ("_s));
    QVERIFY(stateOf(session->actionStates(), ParkAction::ParkCustomer).enabled); // slow is not broken
}

void TestSessionTraffic::anUnknownAgentIsNamed()
{
    m_server->agent.exists = false;
    AgentSession *session = startSession();
    QTRY_COMPARE(session->feed(), FeedState::Live);
    QVERIFY(session->ruleInput().agentUnknown);
    QCOMPARE(stateOf(session->actionStates(), ParkAction::ParkCustomer).reason, u"There is no agent 1000 on this server"_s);
}

void TestSessionTraffic::aPausedSessionSendsNothing()
{
    AgentSession *session = startSession();
    QTRY_COMPARE(session->feed(), FeedState::Live);
    session->pause();
    QVERIFY(session->isPaused());
    QTRY_VERIFY(!statePollerOf(session)->isInFlight()); // at most the poll that was already out
    QSignalSpy exchanges(m_client, &WireClient::exchangeFinished);
    const int polls = m_server->count(u"agent_status"_s);
    QVERIFY(!exchanges.wait(300));
    QCOMPARE(m_server->count(u"agent_status"_s), polls);
    session->resume();
    QTRY_VERIFY(m_server->count(u"agent_status"_s) > polls);
}

QTEST_GUILESS_MAIN(TestSessionTraffic)
#include "TestSessionTraffic.moc"
