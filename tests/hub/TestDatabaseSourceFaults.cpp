#include "FloorReads.h"
#include "LogCapture.h"
#include "MariaDbServer.h"

#include "hub/DatabaseFloorSource.h"

#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace FloorReads;

// Every way VICIdial's database can be wrong for the hub's database source:
// a lost connection, an older schema, a wrong password, nothing listening,
// an account that can do more than read.
class TestDatabaseSourceFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void aLostConnectionFailsOnceAndTheNextReadReconnects();
    void whatAnOlderDatabaseLacksIsNamed_data();
    void whatAnOlderDatabaseLacksIsNamed();
    void aWrongPasswordFailsWithoutShowingIt();
    void anUnreachableDatabaseFails();
    void anAccountThatCanWriteIsWarnedAbout();
    void aReadOnlyAccountIsNotWarnedAbout();

private:
    std::unique_ptr<MariaDbServer> m_server;
};

void TestDatabaseSourceFaults::initTestCase()
{
    m_server = std::make_unique<MariaDbServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    // Three agents logged in, as in the simulator's static scenario.
    QVERIFY2(m_server->execAsRoot({u"INSERT INTO asterisk.vicidial_live_agents (user, server_ip, status, lead_id, campaign_id, agent_log_id) "
                                   "VALUES ('1000', '10.10.10.15', 'INCALL', 12345, 'TESTCAMP', 1), ('1001', '10.10.10.15', 'PAUSED', 0, "
                                   "'TESTCAMP', 2), ('1003', '10.10.10.15', 'READY', 0, 'NOIVR', 3)"_s}),
             qPrintable(m_server->errorString()));
}

void TestDatabaseSourceFaults::cleanupTestCase()
{
    m_server.reset();
}

void TestDatabaseSourceFaults::aLostConnectionFailsOnceAndTheNextReadReconnects()
{
    DatabaseFloorSource source(m_server->readOnlyOptions());
    QCOMPARE(readingOf(source).agents.size(), 3);
    // Kill the source's connection as an administrator (or a restart) would.
    QStringList kills;
    for (const QString &id : m_server->selectAsRoot(u"SELECT ID FROM information_schema.PROCESSLIST WHERE USER = 'parkbar_ro'"_s))
        kills.append(u"KILL "_s + id);
    QVERIFY(!kills.isEmpty());
    QVERIFY2(m_server->execAsRoot(kills), qPrintable(m_server->errorString()));

    const ReadResult lost = readOnce(source);
    QVERIFY2(std::holds_alternative<QString>(lost), "a read on a killed connection cannot succeed");
    QVERIFY2(std::get<QString>(lost).contains(u"Reading the floor"_s), qPrintable(std::get<QString>(lost)));
    QCOMPARE(readingOf(source).agents.size(), 3);
}

void TestDatabaseSourceFaults::whatAnOlderDatabaseLacksIsNamed_data()
{
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("missing");
    QTest::newRow("a column") << u"older_column"_s << u"ALTER TABLE older_column.vicidial_live_agents DROP COLUMN preview_lead_id"_s
                              << u"vicidial_live_agents.preview_lead_id"_s;
    QTest::newRow("two columns") << u"older_columns"_s
                                 << u"ALTER TABLE older_columns.vicidial_campaigns DROP COLUMN ivr_park_call, DROP COLUMN campaign_name"_s
                                 << u"vicidial_campaigns.ivr_park_call"_s;
    QTest::newRow("a table") << u"older_table"_s << u"DROP TABLE older_table.parked_channels"_s << u"parked_channels"_s;
}

void TestDatabaseSourceFaults::whatAnOlderDatabaseLacksIsNamed()
{
    QFETCH(QString, database);
    QFETCH(QString, change);
    QFETCH(QString, missing);
    QVERIFY2(m_server->createFloorDatabase(database) && m_server->execAsRoot({change}), qPrintable(m_server->errorString()));
    DatabaseFloorSource source(m_server->readOnlyOptions(database));
    const ReadResult result = readOnce(source);
    QVERIFY(std::holds_alternative<QString>(result));
    const QString reason = std::get<QString>(result);
    // Exactly what is missing: that and nothing else.
    QVERIFY2(reason.contains(u"lacks "_s + missing + u" ("_s), qPrintable(reason));
    QVERIFY2(reason.contains(database), qPrintable(reason));
}

void TestDatabaseSourceFaults::aWrongPasswordFailsWithoutShowingIt()
{
    const QString wrong = u"Wr0ng&Pa55=%"_s;
    DatabaseSourceOptions options = m_server->readOnlyOptions();
    options.password = wrong;
    LogCapture log;
    DatabaseFloorSource source(options);
    const ReadResult result = readOnce(source);
    QVERIFY(std::holds_alternative<QString>(result));
    const QString reason = std::get<QString>(result);
    QVERIFY2(reason.contains(u"Access denied"_s) && reason.contains(u"parkbar_ro"_s), qPrintable(reason));
    QVERIFY(!reason.contains(wrong));
    for (const QString &message : log.messages())
        QVERIFY2(!message.contains(wrong), qPrintable(message));
}

void TestDatabaseSourceFaults::anUnreachableDatabaseFails()
{
    DatabaseSourceOptions options = m_server->readOnlyOptions();
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    options.port = closed.serverPort();
    closed.close(); // nothing listens there now
    DatabaseFloorSource source(options);
    const ReadResult result = readOnce(source);
    QVERIFY(std::holds_alternative<QString>(result));
    const QString reason = std::get<QString>(result);
    QVERIFY2(reason.contains(u"Cannot connect"_s) && reason.contains(u"127.0.0.1:%1"_s.arg(options.port)), qPrintable(reason));
    QVERIFY(!reason.contains(options.password));
}

void TestDatabaseSourceFaults::anAccountThatCanWriteIsWarnedAbout()
{
    const QString password = u"w1de-account"_s;
    QVERIFY2(m_server->createAccount(u"parkbar_wide"_s, password, {u"SELECT, INSERT, UPDATE ON `asterisk`.*"_s}), qPrintable(m_server->errorString()));
    LogCapture log;
    DatabaseFloorSource source(m_server->optionsFor(u"parkbar_wide"_s, password));
    QCOMPARE(readingOf(source).agents.size(), 3); // a warning, not a refusal
    const QStringList messages = log.messages();
    const auto warning = std::find_if(messages.cbegin(), messages.cend(), [](const QString &m) { return m.contains(u"more than SELECT"_s); });
    QVERIFY2(warning != messages.cend(), qPrintable(messages.join(u'\n')));
    QVERIFY2(warning->contains(u"parkbar_wide"_s) && warning->contains(u"INSERT, UPDATE on `asterisk`.*"_s), qPrintable(*warning));
    for (const QString &message : messages)
        QVERIFY2(!message.contains(password), qPrintable(message));
}

void TestDatabaseSourceFaults::aReadOnlyAccountIsNotWarnedAbout()
{
    LogCapture log;
    DatabaseFloorSource source(m_server->readOnlyOptions());
    QCOMPARE(readingOf(source).agents.size(), 3);
    for (const QString &message : log.messages())
        QVERIFY2(!message.contains(u"more than SELECT"_s), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestDatabaseSourceFaults)
#include "TestDatabaseSourceFaults.moc"
