#include "ScriptedVicidial.h"
#include "SessionTestKit.h"
#include "services/ParkCallService.h"
#include "services/StatePoller.h"
#include "session/PollingSession.h"
#include "util/Clock.h"
#include "vicidial/WireClient.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ParkAction)
Q_DECLARE_METATYPE(ParkAlert)
Q_DECLARE_METATYPE(Confirmation)

// One agent's session against a scripted VICIdial over real HTTP: commands,
// their confirmation from the polled state, the ledger and the park timer.
class TestAgentSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void parkIsConfirmedThenGrabTurnsOnAndTheTimerRuns();
    void grabIsConfirmedWhenParkGoes();
    void aClosedScreenGivesNotCarriedOutAndNothingIsResent();
    void aCutConnectionIsUnknownUnlessTheStateShowsIt_data();
    void aCutConnectionIsUnknownUnlessTheStateShowsIt();
    void parkXferIsSentButCannotBeConfirmed();
    void anOffActionSendsNothingAndSaysWhy();
    void aSecondRequestWhileOneIsPendingIsRefused();
    void theServerRefusingACommandSettlesItAtOnce();
    void aParkAlertIsRaisedOncePerLevel();
    void aLoggedOutAgentTurnsEverythingOff();
    void aNewLeadClearsTheLedger();
    void historyKeepsTheLatestFifty();
    void aPollThatChangesNothingVisibleEmitsNoChange();

private:
    AgentSession *startSession(const SessionOptions &options, Clock *clock = nullptr);
    CommandRecord settledRecord(QSignalSpy &settled);

    ScriptedVicidial *m_server = nullptr;
    WireClient *m_client = nullptr;
    ParkCallService *m_service = nullptr;
    AgentSession *m_session = nullptr;
};

void TestAgentSession::init()
{
    m_server = new ScriptedVicidial(this);
    QVERIFY(m_server->start());
    m_client = new WireClient(m_server->clientConfig(), this);
    m_service = new ParkCallService(m_client, this);
}

void TestAgentSession::cleanup()
{
    delete m_session;
    m_session = nullptr;
    delete m_service;
    delete m_client;
    delete m_server;
}

AgentSession *TestAgentSession::startSession(const SessionOptions &options, Clock *clock)
{
    m_session = createPollingSession(m_client, nullptr, m_service, u"1000"_s, options, clock);
    m_session->start();
    return m_session;
}

CommandRecord TestAgentSession::settledRecord(QSignalSpy &settled)
{
    if (settled.isEmpty() && !settled.wait(5000))
        return {};
    return settled.first().first().value<CommandRecord>();
}

void TestAgentSession::parkIsConfirmedThenGrabTurnsOnAndTheTimerRuns()
{
    AgentSession *session = startSession(fastSessionOptions());
    QTRY_COMPARE(session->feed(), FeedState::Live);
    QVERIFY(stateOf(session->actionStates(), ParkAction::ParkCustomer).enabled);
    QVERIFY(!stateOf(session->actionStates(), ParkAction::GrabCustomer).enabled);
    QVERIFY(!session->parkedForMs());

    QSignalSpy started(session, &AgentSession::commandStarted);
    QSignalSpy finished(session, &AgentSession::commandFinished);
    QSignalSpy settled(session, &AgentSession::commandSettled);
    QVERIFY(session->request(ParkAction::ParkCustomer));
    QCOMPARE(started.size(), 1);
    QCOMPARE(session->pendingAction(), std::optional<ParkAction>(ParkAction::ParkCustomer));
    for (ParkAction action : kAllParkActions)
        QCOMPARE(stateOf(session->actionStates(), action).reason, u"Waiting for the previous command to finish"_s);

    const CommandRecord record = settledRecord(settled);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<CommandRecord>().result.answer.kind, ResultKind::Success);
    QCOMPARE(finished.first().first().value<CommandRecord>().confirmation, Confirmation::Waiting);
    QCOMPARE(record.confirmation, Confirmation::Confirmed);
    QCOMPARE(record.confirmationText, u"The server shows the customer parked."_s);
    QCOMPARE(m_server->parkValues(), QStringList{u"PARK_CUSTOMER"_s});
    QVERIFY(!session->pendingAction());

    QVERIFY(stateOf(session->actionStates(), ParkAction::GrabCustomer).enabled);
    QCOMPARE(stateOf(session->actionStates(), ParkAction::GrabCustomer).reason, u"Bring the parked customer back"_s);
    QCOMPARE(stateOf(session->actionStates(), ParkAction::ParkCustomer).reason, u"The customer is already parked"_s);
    const std::optional<qint64> parkedAtFirst = session->parkedForMs();
    QVERIFY(parkedAtFirst.has_value());
    QTRY_VERIFY(*session->parkedForMs() > *parkedAtFirst + 50);
    QCOMPARE(session->history().size(), 1);
    QCOMPARE(session->history().last().confirmation, Confirmation::Confirmed);
}

void TestAgentSession::grabIsConfirmedWhenParkGoes()
{
    m_server->agent.subStatus = u"PARK"_s; // someone else parked them
    AgentSession *session = startSession(fastSessionOptions());
    QTRY_VERIFY(stateOf(session->actionStates(), ParkAction::GrabCustomer).enabled);
    QVERIFY(session->parkedForMs().has_value());

    QSignalSpy settled(session, &AgentSession::commandSettled);
    QVERIFY(session->request(ParkAction::GrabCustomer));
    const CommandRecord record = settledRecord(settled);
    QCOMPARE(record.confirmation, Confirmation::Confirmed);
    QCOMPARE(record.confirmationText, u"The server no longer shows the customer parked."_s);
    QVERIFY(stateOf(session->actionStates(), ParkAction::ParkCustomer).enabled);
    QVERIFY(!session->parkedForMs().has_value());
    QCOMPARE(session->parkAlert(), ParkAlert::None);
}

void TestAgentSession::aClosedScreenGivesNotCarriedOutAndNothingIsResent()
{
    m_server->script.screenActsAfterMs = -1;
    AgentSession *session = startSession(fastSessionOptions());
    QTRY_COMPARE(session->feed(), FeedState::Live);
    QSignalSpy settled(session, &AgentSession::commandSettled);
    QVERIFY(session->request(ParkAction::ParkCustomer));
    const CommandRecord record = settledRecord(settled);
    QCOMPARE(record.confirmation, Confirmation::NotCarriedOut);
    QCOMPARE(record.confirmationText, u"The agent's VICIdial screen has not acted on it. Is it open?"_s);
    QCOMPARE(session->history().last().confirmation, Confirmation::NotCarriedOut);
    QVERIFY(stateOf(session->actionStates(), ParkAction::ParkCustomer).enabled);

    // The session never sends a command by itself: still one park_call after more polls.
    const int polls = m_server->count(u"agent_status"_s);
    QTRY_VERIFY(m_server->count(u"agent_status"_s) >= polls + 5);
    QCOMPARE(m_server->parkValues(), QStringList{u"PARK_CUSTOMER"_s});
}

void TestAgentSession::aCutConnectionIsUnknownUnlessTheStateShowsIt_data()
{
    QTest::addColumn<int>("screenActsAfterMs");
    QTest::addColumn<Confirmation>("verdict");
    QTest::newRow("the screen acted") << 30 << Confirmation::Confirmed;
    QTest::newRow("the screen did not act") << -1 << Confirmation::Unknown;
}

void TestAgentSession::aCutConnectionIsUnknownUnlessTheStateShowsIt()
{
    QFETCH(int, screenActsAfterMs);
    m_server->script.screenActsAfterMs = screenActsAfterMs;
    m_server->script.dropParkCall = true; // stored, then the answer is lost
    AgentSession *session = startSession(fastSessionOptions());
    QTRY_COMPARE(session->feed(), FeedState::Live);
    QSignalSpy finished(session, &AgentSession::commandFinished);
    QSignalSpy settled(session, &AgentSession::commandSettled);
    QVERIFY(session->request(ParkAction::ParkCustomer));
    const CommandRecord record = settledRecord(settled);
    QCOMPARE(finished.first().first().value<CommandRecord>().result.answer.kind, ResultKind::ConnectionFailed);
    QTEST(record.confirmation, "verdict");
    if (record.confirmation == Confirmation::Unknown)
        QVERIFY(record.confirmationText.contains(u"may or may not have been stored"_s));
    QCOMPARE(finished.size(), 1); // the session asked once; it never repeats a command by itself
    // Nor does the wire: the lost answer is not a reason to write the command again.
    QCOMPARE(m_server->parkValues(), QStringList{u"PARK_CUSTOMER"_s});
}

void TestAgentSession::parkXferIsSentButCannotBeConfirmed()
{
    AgentSession *session = startSession(fastSessionOptions());
    QTRY_COMPARE(session->feed(), FeedState::Live);
    QSignalSpy settled(session, &AgentSession::commandSettled);
    QVERIFY(session->request(ParkAction::ParkXfer));
    const CommandRecord record = settledRecord(settled);
    QCOMPARE(record.confirmation, Confirmation::NotApplicable);
    QCOMPARE(record.result.answer.kind, ResultKind::Success);
    QCOMPARE(record.confirmationText, u"Sent. The server does not show the third-party line, so this cannot be confirmed."_s);
    QVERIFY(session->ledgerFacts().thirdPartyParked);
    QVERIFY(!session->pendingAction());
    QVERIFY(stateOf(session->actionStates(), ParkAction::GrabXfer).enabled);
    QVERIFY(stateOf(session->actionStates(), ParkAction::SwapParkCustomer).enabled);
    QCOMPARE(stateOf(session->actionStates(), ParkAction::ParkXfer).reason, u"The third party is already parked"_s);
}

void TestAgentSession::anOffActionSendsNothingAndSaysWhy()
{
    m_server->agent.status = u"PAUSED"_s;
    m_server->agent.leadId = u"0"_s;
    AgentSession *session = startSession(fastSessionOptions());
    QTRY_COMPARE(session->feed(), FeedState::Live);
    QSignalSpy refused(session, &AgentSession::actionRefused);
    QSignalSpy started(session, &AgentSession::commandStarted);
    QVERIFY(!session->request(ParkAction::ParkCustomer));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().at(0).value<ParkAction>(), ParkAction::ParkCustomer);
    QCOMPARE(refused.first().at(1).toString(), u"No lead on the agent's screen"_s);
    QVERIFY(started.isEmpty());
    QVERIFY(session->history().isEmpty());
    QCOMPARE(m_server->count(u"park_call"_s), 0);
}

void TestAgentSession::aSecondRequestWhileOneIsPendingIsRefused()
{
    m_server->script.screenActsAfterMs = 200;
    AgentSession *session = startSession(fastSessionOptions());
    QTRY_COMPARE(session->feed(), FeedState::Live);
    QSignalSpy refused(session, &AgentSession::actionRefused);
    QSignalSpy settled(session, &AgentSession::commandSettled);
    QVERIFY(session->request(ParkAction::ParkCustomer));
    QVERIFY(!session->request(ParkAction::ParkIvrCustomer));
    QCOMPARE(refused.first().at(1).toString(), u"Waiting for the previous command to finish"_s);
    QCOMPARE(settledRecord(settled).confirmation, Confirmation::Confirmed);
    QCOMPARE(m_server->parkValues(), QStringList{u"PARK_CUSTOMER"_s});
}

void TestAgentSession::theServerRefusingACommandSettlesItAtOnce()
{
    AgentSession *session = startSession(fastSessionOptions());
    QTRY_COMPARE(session->feed(), FeedState::Live);
    m_server->agent.leadId = u"0"_s; // the call ended between the poll and the click
    QSignalSpy settled(session, &AgentSession::commandSettled);
    QVERIFY(session->request(ParkAction::ParkCustomer));
    const CommandRecord record = settledRecord(settled);
    QCOMPARE(record.result.answer.kind, ResultKind::NoLead);
    QCOMPARE(record.confirmation, Confirmation::NotApplicable);
    QTRY_COMPARE(stateOf(session->actionStates(), ParkAction::ParkCustomer).reason, u"No lead on the agent's screen"_s);
}

void TestAgentSession::aParkAlertIsRaisedOncePerLevel()
{
    m_server->agent.subStatus = u"PARK"_s;
    ManualClock clock;
    AgentSession *session = startSession(fastSessionOptions(), &clock);
    QTRY_VERIFY(session->parkedForMs().has_value());
    QCOMPARE(*session->parkedForMs(), 0);
    QSignalSpy alerts(session, &AgentSession::parkAlertRaised);

    clock.advance(61 * 1000);
    QTRY_COMPARE(alerts.size(), 1);
    QCOMPARE(alerts.first().at(0).value<ParkAlert>(), ParkAlert::Warning);
    QCOMPARE(alerts.first().at(1).toString(), u"1000"_s);
    QCOMPARE(alerts.first().at(2).toLongLong(), 61 * 1000);
    QCOMPARE(session->parkAlert(), ParkAlert::Warning);

    const int polls = m_server->count(u"agent_status"_s);
    QTRY_VERIFY(m_server->count(u"agent_status"_s) >= polls + 5);
    QCOMPARE(alerts.size(), 1); // not every poll

    clock.advance(25 * 60 * 1000);
    QTRY_COMPARE(alerts.size(), 2);
    QCOMPARE(alerts.last().at(0).value<ParkAlert>(), ParkAlert::Critical);
    QCOMPARE(session->parkAlert(), ParkAlert::Critical);

    m_server->agent.subStatus.clear(); // grabbed in the VICIdial screen
    QTRY_VERIFY(!session->parkedForMs().has_value());
    QCOMPARE(session->parkAlert(), ParkAlert::None);
    m_server->agent.subStatus = u"PARK"_s; // a new parked call
    QTRY_VERIFY(session->parkedForMs().has_value());
    clock.advance(61 * 1000);
    QTRY_COMPARE(alerts.size(), 3);
    QCOMPARE(alerts.last().at(0).value<ParkAlert>(), ParkAlert::Warning);
}

void TestAgentSession::aLoggedOutAgentTurnsEverythingOff()
{
    m_server->agent.loggedIn = false;
    AgentSession *session = startSession(fastSessionOptions());
    QTRY_COMPARE(session->feed(), FeedState::Live);
    QVERIFY(!session->snapshot());
    QCOMPARE(session->connection().kind, ConnectionState::Kind::Connected);
    for (ParkAction action : kAllParkActions) {
        QVERIFY(!stateOf(session->actionStates(), action).enabled);
        QCOMPARE(stateOf(session->actionStates(), action).reason, u"Agent 1000 is not logged in"_s);
    }
    m_server->agent.loggedIn = true;
    QTRY_VERIFY(stateOf(session->actionStates(), ParkAction::ParkCustomer).enabled);
}

void TestAgentSession::aNewLeadClearsTheLedger()
{
    AgentSession *session = startSession(fastSessionOptions());
    QTRY_COMPARE(session->feed(), FeedState::Live);
    QSignalSpy settled(session, &AgentSession::commandSettled);
    QVERIFY(session->request(ParkAction::ParkXfer));
    QVERIFY(settled.wait(5000));
    QVERIFY(session->ledgerFacts().thirdPartyParked);
    m_server->agent.leadId = u"12399"_s;
    QTRY_COMPARE(session->snapshot()->leadId, u"12399"_s);
    QVERIFY(!session->ledgerFacts().thirdPartyParked);
    QVERIFY(!stateOf(session->actionStates(), ParkAction::GrabXfer).enabled);
}

void TestAgentSession::historyKeepsTheLatestFifty()
{
    AgentSession *session = startSession(fastSessionOptions());
    QTRY_COMPARE(session->feed(), FeedState::Live);
    QSignalSpy settled(session, &AgentSession::commandSettled);
    for (int i = 0; i < 52; ++i) {
        const ParkAction action = i % 2 == 0 ? ParkAction::ParkXfer : ParkAction::GrabXfer;
        QVERIFY2(session->request(action), qPrintable(QString::number(i)));
        QVERIFY(settled.wait(5000));
        QCOMPARE(settled.size(), i + 1);
    }
    QCOMPARE(session->history().size(), 50);
    QCOMPARE(session->history().first().id, quint64(3));
    QCOMPARE(session->history().last().id, quint64(52));
}

void TestAgentSession::aPollThatChangesNothingVisibleEmitsNoChange()
{
    AgentSession *session = startSession(fastSessionOptions());
    QTRY_COMPARE(session->feed(), FeedState::Live);
    QTRY_VERIFY(session->probeFinished());
    const ActionStates states = session->actionStates();
    // Answers 0 or 25 ms late in turn: a latency far below "slow" is nothing a person sees.
    connect(statePollerOf(session), &StatePoller::polled, this,
            [this] { m_server->script.agentStatusDelayMs = m_server->script.agentStatusDelayMs == 0 ? 25 : 0; });
    QSignalSpy changed(session, &AgentSession::changed);
    QSignalSpy polled(statePollerOf(session), &StatePoller::polled);
    QTRY_VERIFY(polled.size() >= 6);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(session->connection().kind, ConnectionState::Kind::Connected);
    QVERIFY(session->actionStates() == states);
}

QTEST_GUILESS_MAIN(TestAgentSession)
#include "TestAgentSession.moc"
