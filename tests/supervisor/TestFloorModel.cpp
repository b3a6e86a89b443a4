#include "supervisor/FloorModel.h"
#include "util/Clock.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ParkAlert)

namespace {
AgentSnapshot agent(const QString &user, const QString &status = u"INCALL"_s, const QString &sub = {},
                    const QString &lead = u"100"_s)
{
    AgentSnapshot snapshot;
    snapshot.user = user;
    snapshot.status = status;
    snapshot.subStatus = sub;
    snapshot.leadId = lead;
    snapshot.callerId = u"M0000000000000000"_s + lead;
    snapshot.campaign = u"TESTCAMP"_s;
    snapshot.fullName = u"Agent "_s + user;
    snapshot.userGroup = u"AGENTS"_s;
    return snapshot;
}
} // namespace

// The supervisor's table model: in-place updates, park timers, alerts.
class TestFloorModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appliesAFloorAsRows();
    void agentsAppearAndDisappearAsTheyLogInAndOut();
    void onlyChangedCellsAreReported();
    void anUnchangedPollChangesNothing();
    void selectionSurvivesUpdatesThroughASortedProxy();
    void parkTimerRunsFromTheFirstPollThatShowedPark();
    void overdueAlertFiresOncePerParkedCall();
    void aKnownIvrParkDoesNotAlert();
    void defaultSortPutsTheLongestParkedFirst();
    void theModelStaysConsistent();
};

void TestFloorModel::appliesAFloorAsRows()
{
    ManualClock clock;
    FloorModel model(&clock);
    model.applySnapshots({agent(u"1000"_s), agent(u"1001"_s, u"PAUSED"_s, {}, u"0"_s)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, FloorModel::AgentColumn).data().toString(), u"1000"_s);
    QCOMPARE(model.index(1, FloorModel::StatusColumn).data().toString(), u"PAUSED"_s);
    QCOMPARE(model.index(1, FloorModel::LeadColumn).data().toString(), QString()); // lead 0 is no lead
    QCOMPARE(model.headerData(FloorModel::ParkTimerColumn, Qt::Horizontal).toString(), u"Parked"_s);
}

void TestFloorModel::agentsAppearAndDisappearAsTheyLogInAndOut()
{
    ManualClock clock;
    FloorModel model(&clock);
    model.applySnapshots({agent(u"1000"_s), agent(u"1001"_s), agent(u"1002"_s), agent(u"1003"_s)});
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.applySnapshots({agent(u"1000"_s), agent(u"1003"_s), agent(u"1004"_s)});
    QCOMPARE(removed.size(), 1); // 1001 and 1002 in one contiguous run
    QCOMPARE(removed.first().at(1).toInt(), 1);
    QCOMPARE(removed.first().at(2).toInt(), 2);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.agents(), (QStringList{u"1000"_s, u"1003"_s, u"1004"_s}));
    QCOMPARE(model.rowOfAgent(u"1004"_s), 2);
    QCOMPARE(model.rowOfAgent(u"1001"_s), -1);
}

void TestFloorModel::onlyChangedCellsAreReported()
{
    ManualClock clock;
    FloorModel model(&clock);
    model.applySnapshots({agent(u"1000"_s), agent(u"1001"_s)});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    AgentSnapshot paused = agent(u"1001"_s, u"PAUSED"_s);
    paused.pauseCode = u"BREAK"_s;
    model.applySnapshots({agent(u"1000"_s), paused});
    QCOMPARE(changed.size(), 1);
    const QModelIndex topLeft = changed.first().at(0).toModelIndex();
    const QModelIndex bottomRight = changed.first().at(1).toModelIndex();
    QCOMPARE(topLeft.row(), 1);
    QCOMPARE(topLeft.column(), int(FloorModel::StatusColumn));
    QCOMPARE(bottomRight.column(), int(FloorModel::StatusColumn));
    QCOMPARE(model.index(1, FloorModel::StatusColumn).data().toString(), u"PAUSED (BREAK)"_s);
}

void TestFloorModel::anUnchangedPollChangesNothing()
{
    ManualClock clock;
    FloorModel model(&clock);
    const QList<AgentSnapshot> floor{agent(u"1000"_s), agent(u"1001"_s)};
    model.applySnapshots(floor);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.applySnapshots(floor);
    QVERIFY(changed.isEmpty());
    QVERIFY(reset.isEmpty());
    QVERIFY(inserted.isEmpty());
}

void TestFloorModel::selectionSurvivesUpdatesThroughASortedProxy()
{
    ManualClock clock;
    FloorModel model(&clock);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(FloorModel::SortRole);
    proxy.sort(FloorModel::AgentColumn);
    QItemSelectionModel selection(&proxy);
    model.applySnapshots({agent(u"1002"_s), agent(u"1000"_s), agent(u"1001"_s)});
    const QModelIndex row1001 = proxy.index(1, 0);
    QCOMPARE(row1001.data().toString(), u"1001"_s);
    selection.select(row1001, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    model.applySnapshots({agent(u"1003"_s), agent(u"1002"_s, u"PAUSED"_s), agent(u"1001"_s, u"INCALL"_s, u"PARK"_s)});
    const QModelIndexList selected = selection.selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data().toString(), u"1001"_s);
}

void TestFloorModel::parkTimerRunsFromTheFirstPollThatShowedPark()
{
    ManualClock clock;
    FloorModel model(&clock);
    model.applySnapshots({agent(u"1000"_s)});
    QVERIFY(!model.parkedForMs(u"1000"_s).has_value());
    clock.advance(5000);
    model.applySnapshots({agent(u"1000"_s, u"INCALL"_s, u"PARK"_s)});
    clock.advance(42000);
    QCOMPARE(*model.parkedForMs(u"1000"_s), 42000);
    QCOMPARE(model.index(0, FloorModel::ParkTimerColumn).data().toString(), u"0:42"_s);
    model.applySnapshots({agent(u"1000"_s)});
    QVERIFY(!model.parkedForMs(u"1000"_s).has_value());
    QCOMPARE(model.index(0, FloorModel::ParkTimerColumn).data().toString(), QString());
}

void TestFloorModel::overdueAlertFiresOncePerParkedCall()
{
    ManualClock clock;
    FloorModel model(&clock);
    model.setParkLimits({60, 600});
    QSignalSpy alerts(&model, &FloorModel::parkAlertRaised);
    model.applySnapshots({agent(u"1000"_s, u"INCALL"_s, u"PARK"_s)});
    for (int second = 0; second < 120; ++second) {
        clock.advance(1000);
        model.tick();
        if (second % 5 == 0)
            model.applySnapshots({agent(u"1000"_s, u"INCALL"_s, u"PARK"_s)});
    }
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts.first().at(0).value<ParkAlert>(), ParkAlert::Warning);
    QCOMPARE(alerts.first().at(1).toString(), u"1000"_s);
    clock.advance(600 * 1000);
    model.tick();
    QCOMPARE(alerts.size(), 2);
    QCOMPARE(alerts.at(1).at(0).value<ParkAlert>(), ParkAlert::Critical);

    // Grabbed, then parked again: a new parked call, a new alert.
    model.applySnapshots({agent(u"1000"_s)});
    model.applySnapshots({agent(u"1000"_s, u"INCALL"_s, u"PARK"_s)});
    clock.advance(61 * 1000);
    model.tick();
    QCOMPARE(alerts.size(), 3);
}

void TestFloorModel::aKnownIvrParkDoesNotAlert()
{
    ManualClock clock;
    FloorModel model(&clock);
    model.setParkLimits({60, 600});
    model.applySnapshots({agent(u"1000"_s)});
    CommandRecord record;
    record.result.agent = u"1000"_s;
    record.result.action = ParkAction::ParkIvrCustomer;
    record.result.answer.kind = ResultKind::Success;
    record.result.sentAtMs = clock.msecsSinceEpoch();
    record.finished = true;
    record.confirmation = Confirmation::Waiting;
    model.recordCommand(record);
    // The floor shows PARK, the session confirms its IVR park.
    model.applySnapshots({agent(u"1000"_s, u"INCALL"_s, u"PARK"_s)});
    record.confirmation = Confirmation::Confirmed;
    model.recordCommand(record);
    QSignalSpy alerts(&model, &FloorModel::parkAlertRaised);
    clock.advance(120 * 1000);
    model.tick();
    QVERIFY(alerts.isEmpty());
    QCOMPARE(model.index(0, FloorModel::SubStatusColumn).data().toString(), u"PARK (IVR)"_s);
}

void TestFloorModel::defaultSortPutsTheLongestParkedFirst()
{
    ManualClock clock;
    FloorModel model(&clock);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(FloorModel::SortRole);
    proxy.setDynamicSortFilter(true);
    proxy.sort(FloorModel::ParkTimerColumn, Qt::DescendingOrder);
    model.applySnapshots({agent(u"1000"_s), agent(u"1001"_s, u"INCALL"_s, u"PARK"_s)});
    clock.advance(30000);
    model.applySnapshots({agent(u"1000"_s), agent(u"1001"_s, u"INCALL"_s, u"PARK"_s), agent(u"1002"_s, u"INCALL"_s, u"PARK"_s)});
    clock.advance(1000);
    model.tick();
    QCOMPARE(proxy.index(0, 0).data().toString(), u"1001"_s);
    QCOMPARE(proxy.index(1, 0).data().toString(), u"1002"_s);
    QCOMPARE(proxy.index(2, 0).data().toString(), u"1000"_s);
}

void TestFloorModel::theModelStaysConsistent()
{
    ManualClock clock;
    FloorModel model(&clock);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<AgentSnapshot> floor;
    for (int i = 0; i < 50; ++i)
        floor.append(agent(QString::number(1000 + i)));
    model.applySnapshots(floor);
    for (int round = 0; round < 10; ++round) {
        QList<AgentSnapshot> next;
        for (int i = 0; i < 50; ++i) {
            if ((i + round) % 7 == 0)
                continue; // logged out this round
            next.append(agent(QString::number(1000 + i), (i + round) % 3 ? u"INCALL"_s : u"PAUSED"_s,
                              (i * round) % 5 == 0 ? u"PARK"_s : QString()));
        }
        model.applySnapshots(next);
        clock.advance(1000);
        model.tick();
        QCOMPARE(model.rowCount(), next.size());
    }
}

QTEST_GUILESS_MAIN(TestFloorModel)
#include "TestFloorModel.moc"
