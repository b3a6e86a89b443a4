#include "vicidial/Redactor.h"

#include <QTest>

using namespace Qt::StringLiterals;

// One function removes the password from any text, in every form the server
// can echo it (PROTOCOL.md sections 6 and 7).
class TestRedactor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void removesEveryEchoFormat_data();
    void removesEveryEchoFormat();
    void knowsTheServersEditedForms();
    void blanksEchoFieldsWhateverTheyHold();
    void leavesDataRowsIntact();
    void warnsWhenTheNonAgentApiWouldSeeAnotherPassword_data();
    void warnsWhenTheNonAgentApiWouldSeeAnotherPassword();
    void anEmptyPasswordRedactsOnlyEchoFields();
};

void TestRedactor::removesEveryEchoFormat_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("text");
    QTest::newRow("agent API, with SQL") << u"wrongpass"_s
        << u"ERROR: Invalid Username/Password: |6666|wrongpass|0|1|BAD|0|api|SELECT count(*) from vicidial_users where user='6666' and pass='wrongpass' and user_level > 0 and active='Y';|"_s;
    QTest::newRow("agent API, locked") << u"1234"_s << u"ERROR: Invalid Username/Password: |6667|1234|0|1|LOCK|"_s;
    QTest::newRow("non-agent API") << u"wrongpass"_s << u"ERROR: Login incorrect, please try again: |6666|wrongpass|BAD|"_s;
    QTest::newRow("edited by the agent API") << u"Wr0ng&Pa55=%"_s << u"ERROR: Invalid Username/Password: |6666|Wr0ngPa55=|0|1|BAD|"_s;
    QTest::newRow("edited by the non-agent API") << u"Wr0ng&Pa55=%"_s << u"ERROR: Login incorrect, please try again: |6666|Wr0ngPa55|BAD|"_s;
    QTest::newRow("percent-encoded") << u"p&ss word+"_s << u"GET /agc/api.php?user=6666&pass=p%26ss%20word%2B&function=version"_s;
    QTest::newRow("percent-encoded, lower hex") << u"p&ss"_s << u"saw p%26ss and p%26ss"_s;
    QTest::newRow("form-encoded space") << u"two words"_s << u"body: pass=two+words&x=1"_s;
    QTest::newRow("raw, anywhere") << u"hunter2"_s << u"Contraseña hunter2 incorrecta"_s;
    QTest::newRow("non-ASCII") << u"cłaves€"_s << u"echo cłaves€ and cłaves"_s;
}

void TestRedactor::removesEveryEchoFormat()
{
    QFETCH(QString, password);
    QFETCH(QString, text);
    const Redactor redactor(password);
    const QString redacted = redactor.redact(text);
    QVERIFY(redacted.contains(Redactor::mask()));
    for (const QString &form : redactor.forms())
        QVERIFY2(!redacted.contains(form), qPrintable(redacted));
    QVERIFY(!redacted.contains(password));
}

void TestRedactor::knowsTheServersEditedForms()
{
    // Observed on a real server: Wr0ng&Pa55=% came back as Wr0ngPa55=.
    QCOMPARE(Redactor::agentApiEdited(u"Wr0ng&Pa55=%"_s, false), u"Wr0ngPa55="_s);
    QCOMPARE(Redactor::nonAgentApiEdited(u"Wr0ng&Pa55=%"_s, false), u"Wr0ngPa55"_s);
    QCOMPARE(Redactor::agentApiEdited(u"a'b\"c\\d;e f.g+h/i"_s, false), u"abcdef.g+h/i"_s);
    QCOMPARE(Redactor::nonAgentApiEdited(u"clé-ñ_1"_s, true), u"clé-ñ_1"_s);
    QCOMPARE(Redactor::nonAgentApiEdited(u"clé-ñ_1"_s, false), u"cl-_1"_s);
}

void TestRedactor::blanksEchoFieldsWhateverTheyHold()
{
    // Even an echo of some other password (a colleague's typo) is hidden.
    QCOMPARE(Redactor::redactEchoFields(u"ERROR: Invalid Username/Password: |6666|other|0|1|BAD|0|api|SELECT x where pass='other';|"_s),
             u"ERROR: Invalid Username/Password: |6666|********|0|1|BAD|0|api|SELECT x where pass='********';|"_s);
    QCOMPARE(Redactor::redactEchoFields(QByteArray("ERROR: Login incorrect, please try again: |6666|other|BAD|\n")),
             QByteArray("ERROR: Login incorrect, please try again: |6666|********|BAD|\n"));
}

void TestRedactor::leavesDataRowsIntact()
{
    const QByteArray row = "INCALL|M1234567890000012345|12345|TESTCAMP|3|Agent 1000|AGENTS|1|||3125550100|VLC12345|8600051\n\xff";
    QCOMPARE(Redactor::redactEchoFields(row), row);
}

void TestRedactor::warnsWhenTheNonAgentApiWouldSeeAnotherPassword_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("altered");
    QTest::newRow("plain") << u"Abc-123_x"_s << false;
    QTest::newRow("with a dot") << u"abc.123"_s << true;
    QTest::newRow("with an ampersand") << u"Wr0ng&Pa55=%"_s << true;
    QTest::newRow("with a space") << u"two words"_s << true;
}

void TestRedactor::warnsWhenTheNonAgentApiWouldSeeAnotherPassword()
{
    QFETCH(QString, password);
    QTEST(Redactor::nonAgentApiAltersPassword(password), "altered");
}

void TestRedactor::anEmptyPasswordRedactsOnlyEchoFields()
{
    const Redactor redactor;
    QVERIFY(redactor.forms().isEmpty());
    QCOMPARE(redactor.redact(u"SUCCESS: park_call function set - PARK_CUSTOMER|1000"_s),
             u"SUCCESS: park_call function set - PARK_CUSTOMER|1000"_s);
}

QTEST_GUILESS_MAIN(TestRedactor)
#include "TestRedactor.moc"
