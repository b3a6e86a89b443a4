#include "hub/DatabaseSchemaCheck.h"

#include <QTest>

using namespace Qt::StringLiterals;

// What an older VICIdial's database lacks, named exactly.
class TestDatabaseSchemaCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aCompleteSchemaLacksNothing();
    void aMissingColumnIsNamedWithItsTable();
    void aMissingTableIsNamedOnceNotPerColumn();
    void namesCompareWithoutCase();

private:
    static QList<QPair<QString, QString>> complete();
};

QList<QPair<QString, QString>> TestDatabaseSchemaCheck::complete()
{
    QList<QPair<QString, QString>> present;
    for (const auto &[table, columns] : DatabaseSchemaCheck::requiredColumns()) {
        for (const QString &column : columns)
            present.append({table, column});
        present.append({table, u"an_extra_column"_s});
    }
    return present;
}

void TestDatabaseSchemaCheck::aCompleteSchemaLacksNothing()
{
    QCOMPARE(DatabaseSchemaCheck::requiredTables().size(), 6);
    QCOMPARE(DatabaseSchemaCheck::missing(complete()), QStringList());
}

void TestDatabaseSchemaCheck::aMissingColumnIsNamedWithItsTable()
{
    QList<QPair<QString, QString>> present = complete();
    present.removeAll(QPair<QString, QString>{u"vicidial_live_agents"_s, u"preview_lead_id"_s});
    present.removeAll(QPair<QString, QString>{u"vicidial_campaigns"_s, u"ivr_park_call"_s});
    QCOMPARE(DatabaseSchemaCheck::missing(present),
             (QStringList{u"vicidial_live_agents.preview_lead_id"_s, u"vicidial_campaigns.ivr_park_call"_s}));
}

void TestDatabaseSchemaCheck::aMissingTableIsNamedOnceNotPerColumn()
{
    QList<QPair<QString, QString>> present = complete();
    present.removeIf([](const QPair<QString, QString> &column) { return column.first == u"parked_channels"_s; });
    QCOMPARE(DatabaseSchemaCheck::missing(present), QStringList{u"parked_channels"_s});
    QCOMPARE(DatabaseSchemaCheck::missing({}), DatabaseSchemaCheck::requiredTables());
}

void TestDatabaseSchemaCheck::namesCompareWithoutCase()
{
    QList<QPair<QString, QString>> present;
    for (const auto &[table, column] : complete())
        present.append({table.toUpper(), column.toUpper()});
    QCOMPARE(DatabaseSchemaCheck::missing(present), QStringList());
}

QTEST_GUILESS_MAIN(TestDatabaseSchemaCheck)
#include "TestDatabaseSchemaCheck.moc"
