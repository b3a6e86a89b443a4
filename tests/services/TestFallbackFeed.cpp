#include "services/FallbackFeed.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A feed the test drives: available or not, with the problem it names.
class ScriptedFeed final : public AgentFeed
{
public:
    void start() override { m_running = true; ++starts; }
    void stop() override { m_running = false; }
    void pause() override { m_paused = true; }
    void resume() override { m_paused = false; }
    void pollNow() override { ++pollNows; }
    void setConfirming(bool value) override { confirming = value; }
    void retry() override { ++retries; }
    void setOptions(const SessionOptions &) override {}
    bool isRunning() const override { return m_running; }
    bool isPaused() const override { return m_paused; }
    int freshnessMs() const override { return freshness; }
    bool isAvailable() const override { return m_source.problem == FeedSource::HubProblem::None; }
    FeedSource source() const override { return m_source; }

    void become(FeedSource::HubProblem problem)
    {
        m_source.kind = problem == FeedSource::HubProblem::None ? FeedSource::Kind::Hub : FeedSource::Kind::HubOnly;
        m_source.problem = problem;
        Q_EMIT sourceChanged();
    }
    void read(const QString &status)
    {
        PollOutcome outcome;
        outcome.kind = PollOutcome::Kind::Snapshot;
        AgentSnapshot snapshot;
        snapshot.user = u"1000"_s;
        snapshot.status = status;
        outcome.snapshot = snapshot;
        Q_EMIT polled(outcome);
    }

    int starts = 0;
    int pollNows = 0;
    int retries = 0;
    int freshness = 1000;
    bool confirming = false;

private:
    FeedSource m_source = FeedSource::of(FeedSource::Kind::Hub);
    bool m_running = false;
    bool m_paused = false;
};

QString statusOf(const QSignalSpy &polled, qsizetype index)
{
    return polled.at(index).first().value<PollOutcome>().snapshot->status;
}

} // namespace

// The choice between a hub and the bar's own polls: which one reads, and never both.
class TestFallbackFeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aReliableHubIsTheOnlySource();
    void aHubThatFailsIsReplacedAtOnce_data();
    void aHubThatFailsIsReplacedAtOnce();
    void aHubStillConnectingGetsAMomentsGrace();
    void theHubBackStopsTheDirectPolls();
    void onlyTheActiveFeedIsHeard();
    void confirmingFollowsTheActiveFeed();
    void retryAsksTheHubAgainAndTheFallbackToo();

private:
    ScriptedFeed *m_hub = nullptr;
    ScriptedFeed *m_direct = nullptr;
    FallbackFeed *m_feed = nullptr;
};

void TestFallbackFeed::init()
{
    m_hub = new ScriptedFeed;
    m_direct = new ScriptedFeed;
    m_direct->freshness = 250;
    m_feed = new FallbackFeed(m_hub, m_direct, 100);
}

void TestFallbackFeed::cleanup()
{
    delete m_feed;
}

void TestFallbackFeed::aReliableHubIsTheOnlySource()
{
    m_feed->start();
    QVERIFY(m_hub->isRunning());
    QVERIFY(!m_direct->isRunning());
    QCOMPARE(m_feed->source().kind, FeedSource::Kind::Hub);
    QCOMPARE(m_feed->freshnessMs(), 1000);
}

void TestFallbackFeed::aHubThatFailsIsReplacedAtOnce_data()
{
    QTest::addColumn<FeedSource::HubProblem>("problem");
    QTest::newRow("unreachable") << FeedSource::HubProblem::Unreachable;
    QTest::newRow("refused") << FeedSource::HubProblem::Refused;
    QTest::newRow("no data") << FeedSource::HubProblem::NoData;
    QTest::newRow("heartbeats missed") << FeedSource::HubProblem::Silent;
}

void TestFallbackFeed::aHubThatFailsIsReplacedAtOnce()
{
    QFETCH(FeedSource::HubProblem, problem);
    m_feed->start();
    QSignalSpy changed(m_feed, &AgentFeed::sourceChanged);
    m_hub->become(problem);
    QVERIFY(m_feed->usesFallback()); // no timer in between
    QVERIFY(m_direct->isRunning());
    QCOMPARE(m_feed->source().kind, FeedSource::Kind::DirectFallback);
    QCOMPARE(m_feed->source().problem, problem);
    QCOMPARE(m_feed->freshnessMs(), 250);
    QVERIFY(!changed.isEmpty());
}

void TestFallbackFeed::aHubStillConnectingGetsAMomentsGrace()
{
    m_hub->become(FeedSource::HubProblem::Connecting);
    m_feed->start();
    QVERIFY(!m_feed->usesFallback());
    QVERIFY(!m_direct->isRunning());
    QVERIFY(m_feed->isGivingGrace());
    // Not connected within the grace (100 ms here, 1.5 s on a desk): poll directly.
    QTRY_VERIFY(m_feed->usesFallback());
    QVERIFY(m_direct->isRunning());

    // Connected in time: nothing is polled.
    delete m_feed;
    init();
    m_hub->become(FeedSource::HubProblem::Connecting);
    m_feed->start();
    QVERIFY(m_feed->isGivingGrace());
    m_hub->become(FeedSource::HubProblem::None);
    QVERIFY(!m_feed->isGivingGrace()); // no fallback will start
    QVERIFY(!m_feed->usesFallback());
    QCOMPARE(m_direct->starts, 0);
}

void TestFallbackFeed::theHubBackStopsTheDirectPolls()
{
    m_feed->start();
    m_hub->become(FeedSource::HubProblem::Unreachable);
    QVERIFY(m_direct->isRunning());
    const int hubPolls = m_hub->pollNows;
    m_hub->become(FeedSource::HubProblem::None);
    QVERIFY(!m_feed->usesFallback());
    QVERIFY(!m_direct->isRunning());
    QCOMPARE(m_hub->pollNows, hubPolls + 1); // the hub's newest state at once
    QCOMPARE(m_feed->source().kind, FeedSource::Kind::Hub);
}

void TestFallbackFeed::onlyTheActiveFeedIsHeard()
{
    QSignalSpy polled(m_feed, &AgentFeed::polled);
    m_feed->start();
    m_hub->read(u"INCALL"_s);
    m_direct->read(u"READY"_s); // a straggler: not the active feed
    QCOMPARE(polled.size(), 1);
    QCOMPARE(statusOf(polled, 0), u"INCALL"_s);
    m_hub->become(FeedSource::HubProblem::NoData);
    m_hub->read(u"PAUSED"_s); // the hub's last words while it is not relied on
    m_direct->read(u"QUEUE"_s);
    QCOMPARE(polled.size(), 2);
    QCOMPARE(statusOf(polled, 1), u"QUEUE"_s);
}

void TestFallbackFeed::confirmingFollowsTheActiveFeed()
{
    m_feed->start();
    m_feed->setConfirming(true);
    QVERIFY(m_hub->confirming);
    m_hub->become(FeedSource::HubProblem::Unreachable);
    QVERIFY(m_direct->confirming);
    QVERIFY(!m_hub->confirming);
    m_hub->become(FeedSource::HubProblem::None);
    QVERIFY(m_hub->confirming);
    m_feed->setConfirming(false);
    QVERIFY(!m_hub->confirming);
}

void TestFallbackFeed::retryAsksTheHubAgainAndTheFallbackToo()
{
    m_feed->start();
    m_feed->retry();
    QCOMPARE(m_hub->retries, 1);
    QCOMPARE(m_direct->retries, 0);
    m_hub->become(FeedSource::HubProblem::Refused);
    m_feed->retry();
    QCOMPARE(m_hub->retries, 2);
    QCOMPARE(m_direct->retries, 1);
}

QTEST_GUILESS_MAIN(TestFallbackFeed)
#include "TestFallbackFeed.moc"
