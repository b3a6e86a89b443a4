#include "hub/DatabaseGrants.h"

#include <QTest>

using namespace Qt::StringLiterals;

// What a database account may do besides reading, from SHOW GRANTS lines as
// MariaDB and MySQL write them.
class TestDatabaseGrants : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anythingBeyondSelectIsNamedWithWhatItIsOn_data();
    void anythingBeyondSelectIsNamedWithWhatItIsOn();
};

void TestDatabaseGrants::anythingBeyondSelectIsNamedWithWhatItIsOn_data()
{
    QTest::addColumn<QStringList>("grants");
    QTest::addColumn<QStringList>("beyond");

    const QString usage = u"GRANT USAGE ON *.* TO `parkbar_ro`@`%` IDENTIFIED BY PASSWORD '*A4B6157319038724E3560894F7F932C8886EBFCF'"_s;
    QStringList readOnly{usage};
    for (const char *table : {"vicidial_live_agents", "vicidial_agent_log", "parked_channels", "vicidial_auto_calls", "vicidial_users",
                              "vicidial_campaigns"})
        readOnly.append(u"GRANT SELECT ON `asterisk`.`%1` TO `parkbar_ro`@`%`"_s.arg(QLatin1String(table)));
    QTest::newRow("SELECT on the six tables") << readOnly << QStringList();
    QTest::newRow("SELECT on columns") << QStringList{usage, u"GRANT SELECT (`user`, `status`) ON `asterisk`.`vicidial_live_agents` TO `ro`@`%`"_s}
                                       << QStringList();
    QTest::newRow("SELECT on everything is still only reading") << QStringList{u"GRANT SELECT ON *.* TO `ro`@`%`"_s} << QStringList();
    QTest::newRow("writes on the database") << QStringList{usage, u"GRANT SELECT, INSERT, UPDATE ON `asterisk`.* TO `wide`@`%`"_s}
                                            << QStringList{u"INSERT, UPDATE on `asterisk`.*"_s};
    QTest::newRow("a column privilege beyond SELECT") << QStringList{u"GRANT SELECT (`a`, `b`), UPDATE (`c`) ON `asterisk`.`t` TO `u`@`h`"_s}
                                                      << QStringList{u"UPDATE on `asterisk`.`t`"_s};
    QTest::newRow("everything, and granting it") << QStringList{u"GRANT ALL PRIVILEGES ON *.* TO `root`@`localhost` WITH GRANT OPTION"_s}
                                                 << QStringList{u"ALL PRIVILEGES, GRANT OPTION on *.*"_s};
    QTest::newRow("granting SELECT on") << QStringList{u"GRANT SELECT ON `asterisk`.`vicidial_users` TO `u`@`h` WITH GRANT OPTION"_s}
                                        << QStringList{u"GRANT OPTION on `asterisk`.`vicidial_users`"_s};
    QTest::newRow("proxy") << QStringList{u"GRANT PROXY ON ``@`%` TO `root`@`localhost` WITH GRANT OPTION"_s}
                           << QStringList{u"PROXY, GRANT OPTION on ``@`%`"_s};
    QTest::newRow("a procedure") << QStringList{u"GRANT EXECUTE ON PROCEDURE `asterisk`.`cleanup` TO `u`@`h`"_s}
                                 << QStringList{u"EXECUTE on PROCEDURE `asterisk`.`cleanup`"_s};
    QTest::newRow("a role") << QStringList{u"GRANT `dialer_admin` TO `u`@`h`"_s}
                            << QStringList{u"role `dialer_admin` (its privileges are not checked)"_s};
    QTest::newRow("lower case") << QStringList{u"grant select, delete on asterisk.* to u@h"_s} << QStringList{u"DELETE on asterisk.*"_s};
}

void TestDatabaseGrants::anythingBeyondSelectIsNamedWithWhatItIsOn()
{
    QFETCH(QStringList, grants);
    QFETCH(QStringList, beyond);
    const QStringList findings = DatabaseGrants::beyondSelect(grants);
    QCOMPARE(findings, beyond);
    for (const QString &finding : findings)
        QVERIFY(!finding.contains(u"PASSWORD"_s)); // the hash never travels into a log line
}

QTEST_GUILESS_MAIN(TestDatabaseGrants)
#include "TestDatabaseGrants.moc"
