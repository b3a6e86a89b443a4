#include "HubAgents.h"
#include "hub/FloorDiff.h"
#include "hub/HubScope.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace HubAgents;

// Each reading against the one before, agent by agent.
class TestFloorDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anUnchangedFloorGivesNoDiff();
    void addedChangedAndRemovedAgentsAreToldApart();
    void anyFieldCountsAsAChange();
    void scopesCombineCampaignsAndGroups_data();
    void scopesCombineCampaignsAndGroups();
};

namespace {
QHash<QString, AgentSnapshot> byUser(const QList<AgentSnapshot> &agents)
{
    QHash<QString, AgentSnapshot> hash;
    for (const AgentSnapshot &agent : agents)
        hash.insert(agent.user, agent);
    return hash;
}
} // namespace

void TestFloorDiff::anUnchangedFloorGivesNoDiff()
{
    const QList<AgentSnapshot> floor{inCall(u"1000"_s), paused(u"1001"_s)};
    QVERIFY(FloorDiff::between(byUser(floor), floor).isEmpty());
    QVERIFY(FloorDiff::between({}, {}).isEmpty());
}

void TestFloorDiff::addedChangedAndRemovedAgentsAreToldApart()
{
    AgentSnapshot parked = inCall(u"1000"_s);
    parked.subStatus = u"PARK"_s;
    const FloorDiff diff = FloorDiff::between(byUser({inCall(u"1000"_s), paused(u"1001"_s), paused(u"1003"_s), paused(u"1002"_s)}),
                                              {parked, paused(u"1004"_s)});
    QCOMPARE(diff.added.size(), 1);
    QCOMPARE(diff.added.first().user, u"1004"_s);
    QCOMPARE(diff.changed.size(), 1);
    QCOMPARE(diff.changed.first().before.subStatus, QString());
    QCOMPARE(diff.changed.first().after.subStatus, u"PARK"_s);
    QCOMPARE(diff.removed.size(), 3);
    QCOMPARE(diff.removed.at(0).user, u"1001"_s); // in user order
    QCOMPARE(diff.removed.at(1).user, u"1002"_s);
    QCOMPARE(diff.removed.at(2).user, u"1003"_s);
}

void TestFloorDiff::anyFieldCountsAsAChange()
{
    AgentSnapshot after = inCall(u"1000"_s);
    after.inParkIvr = true;
    QCOMPARE(FloorDiff::between(byUser({inCall(u"1000"_s)}), {after}).changed.size(), 1);
    after = inCall(u"1000"_s);
    after.callsToday = 9;
    QCOMPARE(FloorDiff::between(byUser({inCall(u"1000"_s)}), {after}).changed.size(), 1);
}

void TestFloorDiff::scopesCombineCampaignsAndGroups_data()
{
    QTest::addColumn<QStringList>("campaigns");
    QTest::addColumn<QStringList>("groups");
    QTest::addColumn<bool>("contains");
    QTest::newRow("whole floor") << QStringList() << QStringList() << true;
    QTest::newRow("its campaign") << QStringList{u"SALES"_s} << QStringList() << true;
    QTest::newRow("another campaign") << QStringList{u"TESTCAMP"_s} << QStringList() << false;
    QTest::newRow("its group") << QStringList() << QStringList{u"AGENTS"_s} << true;
    QTest::newRow("its campaign, another group") << QStringList{u"SALES"_s} << QStringList{u"SUPPORT"_s} << false;
}

void TestFloorDiff::scopesCombineCampaignsAndGroups()
{
    QFETCH(QStringList, campaigns);
    QFETCH(QStringList, groups);
    QFETCH(bool, contains);
    QCOMPARE((HubScope{campaigns, groups}.contains(inCall(u"1000"_s, u"SALES"_s, u"AGENTS"_s))), contains);
}

QTEST_GUILESS_MAIN(TestFloorDiff)
#include "TestFloorDiff.moc"
