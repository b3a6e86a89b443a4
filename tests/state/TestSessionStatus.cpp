#include "state/SessionStatus.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// One reading as the feed reports it, at a time on the monotonic clock.
struct Step
{
    PollOutcome::Kind kind = PollOutcome::Kind::Snapshot;
    qint64 atMs = 0;
    qint64 latencyMs = 20;
    ResultKind answer = ResultKind::Success;
    QString detail;          // Answer::detail (the failure's reason)
    qint64 nextPollAtMs = 0; // for Failed: when the feed tries again
};

} // namespace

Q_DECLARE_METATYPE(Step)
Q_DECLARE_METATYPE(QList<Step>)
Q_DECLARE_METATYPE(FeedState)
Q_DECLARE_METATYPE(ConnectionState::Kind)

// How fresh the session's knowledge is and how its link looks
// (SessionStatus), from sequences of feed outcomes at given times.
class TestSessionStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void feedAndConnection_data();
    void feedAndConnection();
    void startAndStop();
    void restartForgetsAStopAndEarlierAnswers();
    void aSnapshotClearsAFailureAndAStop();
};

namespace {

using Kind = PollOutcome::Kind;
using Link = ConnectionState::Kind;

SessionOptions options()
{
    SessionOptions o;
    o.staleAfterMs = 10000;
    o.slowLatencyMs = 2000;
    return o;
}

Step step(Kind kind, qint64 atMs, qint64 latencyMs, ResultKind answer)
{
    Step s;
    s.kind = kind;
    s.atMs = atMs;
    s.latencyMs = latencyMs;
    s.answer = answer;
    return s;
}

Step snapshot(qint64 atMs, qint64 latencyMs = 20)
{
    return step(Kind::Snapshot, atMs, latencyMs, ResultKind::Success);
}

Step absent(qint64 atMs)
{
    return step(Kind::AgentAbsent, atMs, 20, ResultKind::NotLoggedIn);
}

Step failed(qint64 atMs, ResultKind answer, qint64 nextPollAtMs, const QString &detail = {})
{
    Step s = step(Kind::Failed, atMs, 0, answer);
    s.detail = detail;
    s.nextPollAtMs = nextPollAtMs;
    return s;
}

Step stopped(qint64 atMs, ResultKind answer = ResultKind::BadCredentials)
{
    return step(Kind::Stopped, atMs, 30, answer);
}

PollOutcome outcomeOf(const Step &s)
{
    PollOutcome outcome;
    outcome.kind = s.kind;
    outcome.latencyMs = s.latencyMs;
    outcome.sentAtMs = s.atMs - s.latencyMs;
    outcome.nextPollAtMs = s.nextPollAtMs;
    outcome.answer.kind = s.answer;
    outcome.answer.agent = u"1000"_s;
    outcome.answer.user = u"6666"_s;
    outcome.answer.detail = s.detail;
    if (s.kind == Kind::Snapshot) {
        AgentSnapshot agent;
        agent.user = u"1000"_s;
        agent.status = u"INCALL"_s;
        outcome.snapshot = agent;
    }
    return outcome;
}

SessionStatus played(const QList<Step> &steps)
{
    SessionStatus status;
    status.start();
    for (const Step &s : steps)
        status.note(outcomeOf(s), s.atMs);
    return status;
}

} // namespace

void TestSessionStatus::feedAndConnection_data()
{
    QTest::addColumn<QList<Step>>("steps");
    QTest::addColumn<qint64>("nowMs");
    QTest::addColumn<FeedState>("feed");
    QTest::addColumn<Link>("link");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<qint64>("nextRetryMs");
    QTest::addColumn<qint64>("latencyMs");

    const QString timeout = u"The server did not answer in time."_s;
    const QString wrongPassword = u"Signed out: wrong API user or password."_s;

    QTest::newRow("no answer yet") << QList<Step>{} << qint64(5000) << FeedState::Waiting << Link::Connecting
                                   << u"Connecting to the server..."_s << qint64(0) << qint64(0);
    QTest::newRow("a snapshot") << QList<Step>{snapshot(1000)} << qint64(1000) << FeedState::Live << Link::Connected
                                << QString() << qint64(0) << qint64(0);
    QTest::newRow("the agent is absent: an answer too") << QList<Step>{absent(1000)} << qint64(1500) << FeedState::Live
                                                        << Link::Connected << QString() << qint64(0) << qint64(0);
    QTest::newRow("1 ms before stale") << QList<Step>{snapshot(1000)} << qint64(10999) << FeedState::Live
                                       << Link::Connected << QString() << qint64(0) << qint64(0);
    QTest::newRow("stale at staleAfterMs") << QList<Step>{snapshot(1000)} << qint64(11000) << FeedState::Stale << Link::Slow
                                           << u"No answer from the server for 10 s."_s << qint64(0) << qint64(20);
    QTest::newRow("stale a minute on") << QList<Step>{snapshot(1000)} << qint64(61000) << FeedState::Stale << Link::Slow
                                       << u"No answer from the server for 60 s."_s << qint64(0) << qint64(20);
    QTest::newRow("a fresh answer ends stale") << QList<Step>{snapshot(1000), snapshot(12000)} << qint64(12000)
                                               << FeedState::Live << Link::Connected << QString() << qint64(0) << qint64(0);
    QTest::newRow("latency at the limit is not slow") << QList<Step>{snapshot(1000, 2000)} << qint64(1000) << FeedState::Live
                                                      << Link::Connected << QString() << qint64(0) << qint64(0);
    QTest::newRow("latency over the limit is slow") << QList<Step>{snapshot(1000, 2500)} << qint64(1000) << FeedState::Live
                                                    << Link::Slow << u"The server is slow to answer (2500 ms)."_s
                                                    << qint64(0) << qint64(2500);
    QTest::newRow("a fast answer after a slow one") << QList<Step>{snapshot(1000, 2500), snapshot(2000, 30)} << qint64(2000)
                                                    << FeedState::Live << Link::Connected << QString() << qint64(0) << qint64(0);
    QTest::newRow("failure before any answer")
        << QList<Step>{failed(500, ResultKind::ConnectionFailed, 900, u"Connection refused"_s)} << qint64(600)
        << FeedState::Offline << Link::Offline << u"Cannot reach the server: Connection refused"_s << qint64(900) << qint64(0);
    QTest::newRow("failure after answers") << QList<Step>{snapshot(1000), failed(2000, ResultKind::Timeout, 2400)}
                                           << qint64(2100) << FeedState::Offline << Link::Offline << timeout << qint64(2400)
                                           << qint64(0);
    QTest::newRow("failing for long is offline, not stale")
        << QList<Step>{snapshot(1000), failed(20000, ResultKind::Timeout, 30000)} << qint64(25000) << FeedState::Offline
        << Link::Offline << timeout << qint64(30000) << qint64(0);
    QTest::newRow("the next failure moves the retry")
        << QList<Step>{failed(1000, ResultKind::Timeout, 1400), failed(1400, ResultKind::HttpError, 2200, u"503"_s)}
        << qint64(1500) << FeedState::Offline << Link::Offline << u"The server answered with HTTP status 503."_s
        << qint64(2200) << qint64(0);
    QTest::newRow("an answer ends offline") << QList<Step>{failed(500, ResultKind::Timeout, 900), snapshot(1000)}
                                            << qint64(1000) << FeedState::Live << Link::Connected << QString() << qint64(0)
                                            << qint64(0);
    QTest::newRow("an absent agent ends offline") << QList<Step>{failed(500, ResultKind::Timeout, 900), absent(1000)}
                                                  << qint64(1000) << FeedState::Live << Link::Connected << QString()
                                                  << qint64(0) << qint64(0);
    QTest::newRow("stopped") << QList<Step>{snapshot(1000), stopped(2000)} << qint64(2000) << FeedState::AuthStopped
                             << Link::SignedOut << wrongPassword << qint64(0) << qint64(0);
    QTest::newRow("stopped: locked") << QList<Step>{stopped(2000, ResultKind::AccountLocked)} << qint64(2000)
                                     << FeedState::AuthStopped << Link::SignedOut
                                     << u"Signed out: the server has locked API user 6666 for 15 minutes after too many failed logins."_s
                                     << qint64(0) << qint64(0);
    QTest::newRow("a stop never goes stale") << QList<Step>{snapshot(1000), stopped(2000)} << qint64(600000)
                                             << FeedState::AuthStopped << Link::SignedOut << wrongPassword << qint64(0)
                                             << qint64(0);
    QTest::newRow("a stop replaces a failure") << QList<Step>{failed(1000, ResultKind::Timeout, 1400), stopped(1400)}
                                               << qint64(1500) << FeedState::AuthStopped << Link::SignedOut << wrongPassword
                                               << qint64(0) << qint64(0);
    QTest::newRow("a failure does not end a stop") << QList<Step>{stopped(1000), failed(2000, ResultKind::Timeout, 2400)}
                                                   << qint64(2100) << FeedState::AuthStopped << Link::SignedOut
                                                   << wrongPassword << qint64(0) << qint64(0);
    QTest::newRow("an answer ends a stop") << QList<Step>{stopped(1000), snapshot(2000)} << qint64(2000) << FeedState::Live
                                           << Link::Connected << QString() << qint64(0) << qint64(0);
}

void TestSessionStatus::feedAndConnection()
{
    QFETCH(QList<Step>, steps);
    QFETCH(qint64, nowMs);
    const SessionStatus status = played(steps);
    QTEST(status.feed(nowMs, options()), "feed");
    const ConnectionState connection = status.connection(nowMs, options());
    QTEST(connection.kind, "link");
    QTEST(connection.detail, "detail");
    QTEST(connection.nextRetryMs, "nextRetryMs");
    QTEST(connection.latencyMs, "latencyMs");
}

void TestSessionStatus::startAndStop()
{
    SessionStatus status;
    QVERIFY(!status.isStarted());
    status.start();
    QVERIFY(status.isStarted());
    status.note(outcomeOf(snapshot(1000)), 1000);
    status.stop();
    QVERIFY(!status.isStarted());
    // Stopping the session is not a sign-out: what was read stays.
    QCOMPARE(status.feed(1000, options()), FeedState::Live);
}

void TestSessionStatus::restartForgetsAStopAndEarlierAnswers()
{
    SessionStatus status = played({snapshot(1000), stopped(2000)});
    QVERIFY(status.stopReason().has_value());
    QCOMPARE(status.stopReason()->kind, ResultKind::BadCredentials);

    status.restart(); // a person pressed Retry
    QVERIFY(!status.stopReason().has_value());
    QVERIFY(!status.isFailing());
    QVERIFY(status.isStarted());
    // The snapshot read before the sign-out is no evidence now.
    QCOMPARE(status.feed(2000, options()), FeedState::Waiting);
    QCOMPARE(status.connection(2000, options()).kind, ConnectionState::Kind::Connecting);

    status = played({failed(1000, ResultKind::Timeout, 1400)});
    status.restart();
    QVERIFY(!status.isFailing());
    QCOMPARE(status.connection(1100, options()).nextRetryMs, qint64(0));
    QCOMPARE(status.feed(1100, options()), FeedState::Waiting);
}

void TestSessionStatus::aSnapshotClearsAFailureAndAStop()
{
    SessionStatus status = played({failed(1000, ResultKind::Timeout, 1400)});
    QVERIFY(status.isFailing());
    QVERIFY(!status.stopReason());
    status.note(outcomeOf(snapshot(1500)), 1500);
    QVERIFY(!status.isFailing());

    status.note(outcomeOf(stopped(2000, ResultKind::IpBlocked)), 2000);
    QVERIFY(!status.isFailing());
    QCOMPARE(status.stopReason()->kind, ResultKind::IpBlocked);
    status.note(outcomeOf(snapshot(2500)), 2500);
    QVERIFY(!status.stopReason());
    QCOMPARE(status.feed(2500, options()), FeedState::Live);
}

QTEST_GUILESS_MAIN(TestSessionStatus)
#include "TestSessionStatus.moc"
