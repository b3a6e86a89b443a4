#include "state/StatusLineContent.h"
#include "state/StopReason.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(FeedState)
Q_DECLARE_METATYPE(ParkAlert)
Q_DECLARE_METATYPE(ConnectionState)
Q_DECLARE_METATYPE(std::optional<qint64>)
Q_DECLARE_METATYPE(std::optional<QString>)

// What the bar's status line says (statusLineContent): who, the agent's
// state and whether it is the present, the park timer with its alert, and
// the connection with its detail.
class TestStatusLineContent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void who_data();
    void who();
    void oldStatesSayLastKnown_data();
    void oldStatesSayLastKnown();
    void withoutAStateOnlyALiveFeedSaysNotLoggedIn_data();
    void withoutAStateOnlyALiveFeedSaysNotLoggedIn();
    void theParkTimerAndItsAlert_data();
    void theParkTimerAndItsAlert();
    void theConnection_data();
    void theConnection();
};

namespace {

constexpr qint64 kNow = 100000;

AgentSnapshot parkedAgent()
{
    AgentSnapshot snapshot;
    snapshot.user = u"1000"_s;
    snapshot.status = u"INCALL"_s;
    snapshot.subStatus = u"PARK"_s;
    snapshot.leadId = u"12345"_s;
    snapshot.campaign = u"TESTCAMP"_s;
    snapshot.fullName = u"Ana Lima"_s;
    return snapshot;
}

StatusLineInput inputFor(const std::optional<AgentSnapshot> &snapshot, FeedState feed = FeedState::Live)
{
    StatusLineInput input;
    input.agent = u"1000"_s;
    input.snapshot = snapshot;
    if (snapshot)
        input.legs = callLegsOf(*snapshot, {});
    input.feed = feed;
    input.connection.kind = ConnectionState::Kind::Connected;
    input.nowMonotonicMs = kNow;
    return input;
}

ConnectionState connection(ConnectionState::Kind kind, const QString &detail = {}, qint64 nextRetryMs = 0,
                           qint64 latencyMs = 0)
{
    ConnectionState state;
    state.kind = kind;
    state.detail = detail;
    state.nextRetryMs = nextRetryMs;
    state.latencyMs = latencyMs;
    return state;
}

} // namespace

void TestStatusLineContent::who_data()
{
    QTest::addColumn<QString>("fullName");
    QTest::addColumn<QString>("campaign");
    QTest::addColumn<QString>("who");

    QTest::newRow("name and campaign") << u"Ana Lima"_s << u"TESTCAMP"_s << u"Ana Lima (1000) · TESTCAMP"_s;
    QTest::newRow("no name") << QString() << u"TESTCAMP"_s << u"1000 · TESTCAMP"_s;
    QTest::newRow("no campaign") << u"Ana Lima"_s << QString() << u"Ana Lima (1000)"_s;
    QTest::newRow("neither") << QString() << QString() << u"1000"_s;
}

void TestStatusLineContent::who()
{
    QFETCH(QString, fullName);
    QFETCH(QString, campaign);
    AgentSnapshot snapshot = parkedAgent();
    snapshot.fullName = fullName;
    snapshot.campaign = campaign;
    QTEST(statusLineContent(inputFor(snapshot)).agent, "who");
}

void TestStatusLineContent::oldStatesSayLastKnown_data()
{
    QTest::addColumn<FeedState>("feed");
    QTest::addColumn<QString>("state");
    QTest::addColumn<bool>("current");

    QTest::newRow("Live") << FeedState::Live << u"In call, customer parked"_s << true;
    // After Retry the feed waits again: what was shown before is not the present.
    QTest::newRow("Waiting") << FeedState::Waiting << u"Last known: In call, customer parked"_s << false;
    QTest::newRow("Stale") << FeedState::Stale << u"Last known: In call, customer parked"_s << false;
    QTest::newRow("Offline") << FeedState::Offline << u"Last known: In call, customer parked"_s << false;
    QTest::newRow("AuthStopped") << FeedState::AuthStopped << u"Last known: In call, customer parked"_s << false;
}

void TestStatusLineContent::oldStatesSayLastKnown()
{
    QFETCH(FeedState, feed);
    const StatusLineContent content = statusLineContent(inputFor(parkedAgent(), feed));
    QCOMPARE(content.agent, u"Ana Lima (1000) · TESTCAMP"_s); // who stays, whatever the feed
    QTEST(content.state, "state");
    QTEST(content.stateIsCurrent, "current");
}

void TestStatusLineContent::withoutAStateOnlyALiveFeedSaysNotLoggedIn_data()
{
    QTest::addColumn<bool>("emptySnapshot"); // a snapshot without a status counts as none
    QTest::addColumn<FeedState>("feed");
    QTest::addColumn<QString>("state");

    for (bool empty : {false, true}) {
        const char *what = empty ? "empty snapshot" : "no snapshot";
        QTest::addRow("%s, Live", what) << empty << FeedState::Live << u"Not logged in"_s;
        QTest::addRow("%s, Waiting", what) << empty << FeedState::Waiting << QString();
        QTest::addRow("%s, Stale", what) << empty << FeedState::Stale << QString();
        QTest::addRow("%s, Offline", what) << empty << FeedState::Offline << QString();
        QTest::addRow("%s, AuthStopped", what) << empty << FeedState::AuthStopped << QString();
    }
}

void TestStatusLineContent::withoutAStateOnlyALiveFeedSaysNotLoggedIn()
{
    QFETCH(bool, emptySnapshot);
    QFETCH(FeedState, feed);
    const StatusLineContent content =
        statusLineContent(inputFor(emptySnapshot ? std::optional(AgentSnapshot{}) : std::nullopt, feed));
    QCOMPARE(content.agent, u"Agent 1000"_s);
    QTEST(content.state, "state");
    QVERIFY(!content.parkTimer);
}

void TestStatusLineContent::theParkTimerAndItsAlert_data()
{
    QTest::addColumn<std::optional<qint64>>("parkedForMs");
    QTest::addColumn<ParkAlert>("alert");
    QTest::addColumn<std::optional<QString>>("timer");
    QTest::addColumn<ParkAlert>("shownAlert");

    const std::optional<qint64> notParked;
    QTest::newRow("just parked") << std::optional<qint64>(0) << ParkAlert::None << std::optional(u"Parked 0:00"_s)
                                 << ParkAlert::None;
    QTest::newRow("1:05, warning") << std::optional<qint64>(65400) << ParkAlert::Warning
                                   << std::optional(u"Parked 1:05"_s) << ParkAlert::Warning;
    QTest::newRow("25:00, critical") << std::optional<qint64>(25 * 60000) << ParkAlert::Critical
                                     << std::optional(u"Parked 25:00"_s) << ParkAlert::Critical;
    QTest::newRow("over an hour") << std::optional<qint64>(3723000) << ParkAlert::Critical
                                  << std::optional(u"Parked 1:02:03"_s) << ParkAlert::Critical;
    // The alert belongs to the timer: no timer, no alert.
    QTest::newRow("not parked") << notParked << ParkAlert::Warning << std::optional<QString>() << ParkAlert::None;
}

void TestStatusLineContent::theParkTimerAndItsAlert()
{
    QFETCH(std::optional<qint64>, parkedForMs);
    QFETCH(ParkAlert, alert);
    StatusLineInput input = inputFor(parkedAgent());
    input.parkedForMs = parkedForMs;
    input.alert = alert;
    const StatusLineContent content = statusLineContent(input);
    QTEST(content.parkTimer, "timer");
    QTEST(content.alert, "shownAlert");
}

void TestStatusLineContent::theConnection_data()
{
    QTest::addColumn<ConnectionState>("state");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("detail");

    Answer wrongPassword;
    wrongPassword.kind = ResultKind::BadCredentials;
    const QString signedOut = stopSentence(wrongPassword); // "Signed out: wrong API user or password."

    QTest::newRow("Connecting") << connection(ConnectionState::Kind::Connecting, u"Connecting to the server..."_s)
                                << u"Connecting..."_s << u"Connecting to the server..."_s;
    QTest::newRow("Connected") << connection(ConnectionState::Kind::Connected) << u"Connected"_s << QString();
    QTest::newRow("Slow") << connection(ConnectionState::Kind::Slow, u"The server is slow to answer (2500 ms)."_s, 0, 2500)
                          << u"Slow server (2500 ms)"_s << u"The server is slow to answer (2500 ms)."_s;
    QTest::newRow("Offline, 7.5 s to go") << connection(ConnectionState::Kind::Offline, u"Cannot reach the server: refused"_s, kNow + 7500)
                                          << u"Offline, retrying in 8 s"_s << u"Cannot reach the server: refused"_s;
    QTest::newRow("Offline, 1 ms to go") << connection(ConnectionState::Kind::Offline, u"The server did not answer in time."_s, kNow + 1)
                                         << u"Offline, retrying in 1 s"_s << u"The server did not answer in time."_s;
    QTest::newRow("Offline, due") << connection(ConnectionState::Kind::Offline, u"The server did not answer in time."_s, kNow)
                                  << u"Offline, retrying now"_s << u"The server did not answer in time."_s;
    QTest::newRow("Offline, overdue") << connection(ConnectionState::Kind::Offline, u"The server did not answer in time."_s, kNow - 3000)
                                      << u"Offline, retrying now"_s << u"The server did not answer in time."_s;
    QTest::newRow("SignedOut") << connection(ConnectionState::Kind::SignedOut, signedOut) << signedOut << signedOut;
    QTest::newRow("SignedOut, reason unknown") << connection(ConnectionState::Kind::SignedOut) << u"Signed out"_s << QString();
}

void TestStatusLineContent::theConnection()
{
    QFETCH(ConnectionState, state);
    StatusLineInput input = inputFor(parkedAgent());
    input.connection = state;
    const StatusLineContent content = statusLineContent(input);
    QTEST(content.connection, "text");
    QTEST(content.connectionDetail, "detail");
}

QTEST_GUILESS_MAIN(TestStatusLineContent)
#include "TestStatusLineContent.moc"
