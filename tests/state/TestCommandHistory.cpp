#include "state/CommandHistory.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The commands a session keeps for its history window (CommandHistory):
// newest last, at most the limit, and a command that comes back (answered,
// settled) updates its own line instead of adding one.
class TestCommandHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsEmptyWithTheDefaultLimit();
    void newestLast();
    void boundedAtTheLimit_data();
    void boundedAtTheLimit();
    void aRecordComingBackReplacesItsLineInPlace();
    void aRecordComingBackAfterItsLineWasDroppedIsAddedAsNewest();
};

namespace {

CommandRecord record(quint64 id, ParkAction action = ParkAction::ParkCustomer)
{
    CommandRecord r;
    r.id = id;
    r.result.agent = u"1000"_s;
    r.result.action = action;
    return r;
}

QList<quint64> idsOf(const CommandHistory &history)
{
    QList<quint64> ids;
    for (const CommandRecord &r : history.records())
        ids.append(r.id);
    return ids;
}

} // namespace

void TestCommandHistory::startsEmptyWithTheDefaultLimit()
{
    const CommandHistory history;
    QVERIFY(history.records().isEmpty());
    QCOMPARE(history.limit(), 50);
}

void TestCommandHistory::newestLast()
{
    CommandHistory history;
    history.store(record(1, ParkAction::ParkCustomer));
    history.store(record(2, ParkAction::GrabCustomer));
    history.store(record(3, ParkAction::ParkIvrCustomer));
    QCOMPARE(idsOf(history), (QList<quint64>{1, 2, 3}));
    QCOMPARE(history.records().last().action(), ParkAction::ParkIvrCustomer);
}

void TestCommandHistory::boundedAtTheLimit_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("stored");
    QTest::addColumn<QList<quint64>>("kept");

    QTest::newRow("under the limit") << 3 << 2 << QList<quint64>{1, 2};
    QTest::newRow("at the limit") << 3 << 3 << QList<quint64>{1, 2, 3};
    QTest::newRow("one over: the oldest goes") << 3 << 4 << QList<quint64>{2, 3, 4};
    QTest::newRow("many over: the newest stay") << 3 << 10 << QList<quint64>{8, 9, 10};
    QTest::newRow("limit 1") << 1 << 5 << QList<quint64>{5};
}

void TestCommandHistory::boundedAtTheLimit()
{
    QFETCH(int, limit);
    QFETCH(int, stored);
    CommandHistory history(limit);
    for (int id = 1; id <= stored; ++id)
        history.store(record(quint64(id)));
    QTEST(idsOf(history), "kept");
}

void TestCommandHistory::aRecordComingBackReplacesItsLineInPlace()
{
    CommandHistory history(3);
    history.store(record(1));
    history.store(record(2, ParkAction::GrabCustomer));
    history.store(record(3));

    CommandRecord answered = record(2, ParkAction::GrabCustomer);
    answered.finished = true;
    answered.result.answer.kind = ResultKind::Success;
    answered.confirmation = Confirmation::Waiting;
    history.store(answered);
    QCOMPARE(idsOf(history), (QList<quint64>{1, 2, 3})); // same place, nothing dropped
    QVERIFY(history.records().at(1).finished);
    QCOMPARE(history.records().at(1).confirmation, Confirmation::Waiting);

    CommandRecord settled = answered;
    settled.confirmation = Confirmation::Confirmed;
    settled.confirmationText = u"The server shows the customer back on the line."_s;
    history.store(settled);
    QCOMPARE(idsOf(history), (QList<quint64>{1, 2, 3}));
    QCOMPARE(history.records().at(1).confirmation, Confirmation::Confirmed);
    QCOMPARE(history.records().at(1).confirmationText, settled.confirmationText);
}

void TestCommandHistory::aRecordComingBackAfterItsLineWasDroppedIsAddedAsNewest()
{
    // With a small limit a command may settle after newer ones pushed it out.
    CommandHistory history(2);
    history.store(record(1));
    history.store(record(2));
    history.store(record(3));
    QCOMPARE(idsOf(history), (QList<quint64>{2, 3}));
    CommandRecord late = record(1);
    late.finished = true;
    history.store(late);
    QCOMPARE(idsOf(history), (QList<quint64>{3, 1}));
}

QTEST_GUILESS_MAIN(TestCommandHistory)
#include "TestCommandHistory.moc"
