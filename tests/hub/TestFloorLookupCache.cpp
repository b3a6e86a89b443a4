#include "hub/FloorLookupCache.h"

#include <QTest>

using namespace Qt::StringLiterals;

// What the database source reads less often than every poll, and when it
// reads it again.
class TestFloorLookupCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theFirstPollReadsEverything();
    void everyUserIsReadAgainWithinTheRefreshAndNoPollReadsAll();
    void aNewUserIsReadAtOnce();
    void aPausedAgentsRowIsReadEveryPollUntilItHasACode();
    void aCodeOnceReadIsKeptWhileTheRowIsLive();
    void campaignsAreReadAgainWhenDueOrWhenAnAgentShowsANewOne();

private:
    static QList<LiveAgentDbRow> floor(int agents, int pausedEvery = 0);
};

QList<LiveAgentDbRow> TestFloorLookupCache::floor(int agents, int pausedEvery)
{
    QList<LiveAgentDbRow> rows;
    for (int i = 0; i < agents; ++i) {
        LiveAgentDbRow row;
        row.user = QString::number(10000 + i);
        row.status = pausedEvery > 0 && i % pausedEvery == 0 ? u"PAUSED"_s : u"INCALL"_s;
        row.agentLogId = 500 + i;
        row.campaign = i % 2 ? u"SALES"_s : u"TESTCAMP"_s;
        rows.append(row);
    }
    return rows;
}

void TestFloorLookupCache::theFirstPollReadsEverything()
{
    FloorLookupCache cache;
    cache.beginPoll(floor(100));
    QCOMPARE(cache.usersToRead().size(), 100);
    QCOMPARE(cache.agentLogIdsToRead().size(), 100);
    QVERIFY(cache.campaignsDue());
}

void TestFloorLookupCache::everyUserIsReadAgainWithinTheRefreshAndNoPollReadsAll()
{
    FloorLookupCache cache;
    const QList<LiveAgentDbRow> rows = floor(2000);
    cache.beginPoll(rows);
    cache.storeUsers({});
    QHash<QString, int> reads;
    for (int poll = 0; poll < FloorLookupCache::kUserRefreshPolls; ++poll) {
        cache.beginPoll(rows);
        QVERIFY(cache.usersToRead().size() <= 2000 / FloorLookupCache::kUserRefreshPolls + 1);
        for (const QString &user : cache.usersToRead())
            ++reads[user];
        cache.storeUsers({});
    }
    QCOMPARE(reads.size(), 2000);
}

void TestFloorLookupCache::aNewUserIsReadAtOnce()
{
    // vicidial_users: every agent but 10005.
    QHash<QString, UserDbRow> database;
    for (int i = 0; i <= 10; ++i) {
        if (i != 5)
            database.insert(QString::number(10000 + i), {u"Agent %1"_s.arg(10000 + i), i == 10 ? u"SUPPORT"_s : u"AGENTS"_s, 1});
    }
    const auto answer = [&database](const QStringList &asked) {
        QHash<QString, UserDbRow> found;
        for (const QString &user : asked) {
            if (database.contains(user))
                found.insert(user, database.value(user));
        }
        return found;
    };
    FloorLookupCache cache;
    QList<LiveAgentDbRow> rows = floor(10);
    cache.beginPoll(rows);
    cache.storeUsers(answer(cache.usersToRead()));
    rows.append(floor(11).last());
    cache.beginPoll(rows);
    QVERIFY(cache.usersToRead().contains(u"10010"_s));
    QVERIFY(cache.usersToRead().size() <= 2); // the new one and a slice of one
    cache.storeUsers(answer(cache.usersToRead()));
    FloorTables tables;
    cache.fill(tables);
    QCOMPARE(tables.users.value(u"10010"_s).userGroup, u"SUPPORT"_s);
    QCOMPARE(tables.users.value(u"10003"_s).fullName, u"Agent 10003"_s);
    QVERIFY(tables.users.contains(u"10005"_s)); // asked, not found: known as unknown until its refresh
    QCOMPARE(tables.users.value(u"10005"_s).fullName, QString());
}

void TestFloorLookupCache::aPausedAgentsRowIsReadEveryPollUntilItHasACode()
{
    FloorLookupCache cache;
    const QList<LiveAgentDbRow> rows = floor(100, 5);
    cache.beginPoll(rows);
    QCOMPARE(cache.agentLogIdsToRead().size(), 100);
    cache.storePauseCodes({}); // no code chosen yet anywhere
    cache.beginPoll(rows);
    QCOMPARE(cache.agentLogIdsToRead().size(), 20); // the paused ones
    cache.storePauseCodes({{500, u"BREAK"_s}});
    cache.beginPoll(rows);
    QCOMPARE(cache.agentLogIdsToRead().size(), 19); // 500 has its code, which no longer changes
    cache.storePauseCodes({});
    FloorTables tables;
    cache.fill(tables);
    QCOMPARE(tables.pauseCodesByAgentLogId.value(500), u"BREAK"_s);
}

void TestFloorLookupCache::aCodeOnceReadIsKeptWhileTheRowIsLive()
{
    FloorLookupCache cache;
    QList<LiveAgentDbRow> rows = floor(1, 1); // paused
    cache.beginPoll(rows);
    cache.storePauseCodes({{500, u"LOGIN"_s}});
    rows[0].status = u"INCALL"_s; // the row's code still shows, as the API shows it
    cache.beginPoll(rows);
    QVERIFY(cache.agentLogIdsToRead().isEmpty());
    FloorTables tables;
    cache.fill(tables);
    QCOMPARE(tables.pauseCodesByAgentLogId.value(500), u"LOGIN"_s);

    rows[0].agentLogId = 501; // a new cycle: a new row, read at once
    cache.beginPoll(rows);
    QCOMPARE(cache.agentLogIdsToRead(), QList<qint64>{501});
    cache.storePauseCodes({});
    cache.fill(tables);
    QVERIFY(!tables.pauseCodesByAgentLogId.contains(500)); // gone with its row
    rows[0].status = u"READY"_s; // read empty while not paused: not read again...
    cache.beginPoll(rows);
    QVERIFY(cache.agentLogIdsToRead().isEmpty());
    rows[0].status = u"PAUSED"_s; // ...until the agent pauses on it
    cache.beginPoll(rows);
    QCOMPARE(cache.agentLogIdsToRead(), QList<qint64>{501});
}

void TestFloorLookupCache::campaignsAreReadAgainWhenDueOrWhenAnAgentShowsANewOne()
{
    FloorLookupCache cache;
    QList<LiveAgentDbRow> rows = floor(4);
    cache.beginPoll(rows);
    QVERIFY(cache.campaignsDue());
    cache.storeCampaignModes({{u"SALES"_s, ParkIvrMode::EnabledParkOnly}, {u"TESTCAMP"_s, ParkIvrMode::Enabled}});
    for (int poll = 1; poll < FloorLookupCache::kCampaignRefreshPolls; ++poll) {
        cache.beginPoll(rows);
        QVERIFY(!cache.campaignsDue());
    }
    cache.beginPoll(rows);
    QVERIFY(cache.campaignsDue());
    cache.storeCampaignModes({{u"SALES"_s, ParkIvrMode::EnabledParkOnly}});
    rows[0].campaign = u"NEWCAMP"_s;
    cache.beginPoll(rows);
    QVERIFY(cache.campaignsDue());
}

QTEST_GUILESS_MAIN(TestFloorLookupCache)
#include "TestFloorLookupCache.moc"
