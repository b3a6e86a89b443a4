#include "FixtureFiles.h"
#include "vicidial/AnswerParser.h"
#include "vicidial/Redactor.h"

#include <QTest>



using namespace Qt::StringLiterals;

// Every park_call answer of PROTOCOL.md, and the ways real servers wrap them.
class TestAnswerParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifiesEveryProtocolAnswer_data();
    void classifiesEveryProtocolAnswer();
    void toleratesWhatRealServersSend_data();
    void toleratesWhatRealServersSend();
    void findsTheAnswerInsideRealPhpWarningFixtures_data();
    void findsTheAnswerInsideRealPhpWarningFixtures();
    void neverExposesTheEchoedPassword_data();
    void neverExposesTheEchoedPassword();
    void readsOnlyABoundedPrefixOfAHugeBody();
    void showsATranslatedAnswerAsItCame();
};

void TestAnswerParser::classifiesEveryProtocolAnswer_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ResultKind>("kind");
    QTest::addColumn<QString>("function");
    QTest::addColumn<QString>("agent");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("detail");

    QTest::newRow("success") << QByteArray("SUCCESS: park_call function set - PARK_CUSTOMER|1000\n")
                             << ResultKind::Success << u"park_call"_s << u"1000"_s << u"PARK_CUSTOMER"_s << QString() << QString();
    QTest::newRow("no lead") << QByteArray("ERROR: agent_user does not have a lead on their screen - 1001\n")
                             << ResultKind::NoLead << QString() << u"1001"_s << QString() << QString() << QString();
    QTest::newRow("not logged in") << QByteArray("ERROR: agent_user is not logged in - 1002\n")
                                   << ResultKind::NotLoggedIn << QString() << u"1002"_s << QString() << QString() << QString();
    QTest::newRow("value not valid") << QByteArray("ERROR: park_call not valid - PARK|1000\n") << ResultKind::InvalidValue
                                     << u"park_call"_s << u"1000"_s << u"PARK"_s << QString() << QString();
    QTest::newRow("lower-case value") << QByteArray("ERROR: park_call not valid - park_customer|1000\n")
                                      << ResultKind::InvalidValue << u"park_call"_s << u"1000"_s
                                      << u"park_customer"_s << QString() << QString();
    QTest::newRow("empty value") << QByteArray("ERROR: park_call not valid - |1000\n") << ResultKind::InvalidValue
                                 << u"park_call"_s << u"1000"_s << QString() << QString() << QString();
    QTest::newRow("no permission")
        << QByteArray("ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION - PARK_CUSTOMER|7777|park_call|ADMIN\n")
        << ResultKind::NoPermission << u"park_call"_s << QString() << u"PARK_CUSTOMER"_s << u"7777"_s << u"ADMIN"_s;
    QTest::newRow("invalid source") << QByteArray("ERROR: Invalid Source - \n") << ResultKind::InvalidSource
                                    << QString() << QString() << QString() << QString() << QString();
    QTest::newRow("invalid source, non-agent two lines") << QByteArray("ERROR: Invalid Source - \nERROR: Invalid Source: ||\n")
                                                         << ResultKind::InvalidSource << QString() << QString()
                                                         << QString() << QString() << QString();
    QTest::newRow("bad password")
        << QByteArray("ERROR: Invalid Username/Password: |6666|wrongpass|0|1|BAD|0|api|SELECT count(*) from vicidial_users where "
                      "user='6666' and pass='wrongpass' and user_level > 0 and active='Y' and ( (failed_login_count < 10) or "
                      "(UNIX_TIMESTAMP(last_login_date) < 1795687481) );|\n")
        << ResultKind::BadCredentials << QString() << QString() << QString() << u"6666"_s << u"BAD"_s;
    QTest::newRow("locked, agent API") << QByteArray("ERROR: Invalid Username/Password: |6667|1234|0|1|LOCK|\n")
                                       << ResultKind::AccountLocked << QString() << QString() << QString() << u"6667"_s
                                       << u"LOCK"_s;
    QTest::newRow("bad password, non-agent API") << QByteArray("ERROR: Login incorrect, please try again: |6666|wrongpass|BAD|\n")
                                                 << ResultKind::BadCredentials << QString() << QString() << QString()
                                                 << u"6666"_s << u"BAD"_s;
    QTest::newRow("locked, non-agent API")
        << QByteArray("ERROR: Too many login attempts, try again in 15 minutes: |6667|LOCK|\n") << ResultKind::AccountLocked
        << QString() << QString() << QString() << u"6667"_s << u"LOCK"_s;
    QTest::newRow("api not active") << QByteArray("ERROR: System API NOT ACTIVE\n") << ResultKind::ApiNotActive << QString()
                                    << QString() << QString() << QString() << QString();
    QTest::newRow("ip blocked") << QByteArray("ERROR: Your IP Address is not allowed: 10.1.2.3\n") << ResultKind::IpBlocked
                                << QString() << QString() << QString() << QString() << u"10.1.2.3"_s;
    QTest::newRow("alt user not found") << QByteArray("ERROR: no user found - 4321\n") << ResultKind::AgentNotFound
                                        << QString() << u"4321"_s << QString() << QString() << QString();
    QTest::newRow("agent_status not logged in") << QByteArray("ERROR: agent_status AGENT NOT LOGGED IN: 6666|1002\n")
                                                << ResultKind::NotLoggedIn << u"agent_status"_s << u"1002"_s << QString()
                                                << u"6666"_s << QString();
    QTest::newRow("agent_status not found") << QByteArray("ERROR: agent_status AGENT NOT FOUND: 6666|9999\n")
                                            << ResultKind::AgentNotFound << u"agent_status"_s << u"9999"_s << QString()
                                            << u"6666"_s << QString();
    QTest::newRow("agent_status invalid search") << QByteArray("ERROR: agent_status INVALID SEARCH PARAMETERS: 6666|\n")
                                                 << ResultKind::InvalidValue << u"agent_status"_s << QString() << QString()
                                                 << u"6666"_s << QString();
    QTest::newRow("agent_status no permission")
        << QByteArray("ERROR: agent_status USER DOES NOT HAVE PERMISSION TO GET AGENT INFO: |5556|0|\n")
        << ResultKind::NoPermission << u"agent_status"_s << QString() << QString() << u"5556"_s << QString();
    QTest::newRow("logged_in_agents no permission")
        << QByteArray("ERROR: logged_in_agents USER DOES NOT HAVE PERMISSION TO GET AGENT INFO: |5556|0|\n")
        << ResultKind::NoPermission << u"logged_in_agents"_s << QString() << QString() << u"5556"_s << QString();
    QTest::newRow("non-agent function not allowed")
        << QByteArray("ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION: |6666|logged_in_agents|\n")
        << ResultKind::NoPermission << u"logged_in_agents"_s << QString() << QString() << u"6666"_s << QString();
    QTest::newRow("empty floor") << QByteArray("ERROR: logged_in_agents NO LOGGED IN AGENTS: 6666\n")
                                 << ResultKind::NoLoggedInAgents << u"logged_in_agents"_s << QString() << QString()
                                 << QString() << QString();
}

void TestAnswerParser::classifiesEveryProtocolAnswer()
{
    QFETCH(QByteArray, body);
    QFETCH(ResultKind, kind);
    const Answer answer = parseAnswer(body, Redactor(QStringLiteral("wrongpass")));
    QCOMPARE(answer.kind, kind);
    QTEST(answer.function, "function");
    QTEST(answer.agent, "agent");
    QTEST(answer.value, "value");
    QTEST(answer.user, "user");
    QTEST(answer.detail, "detail");
}

void TestAnswerParser::toleratesWhatRealServersSend_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ResultKind>("kind");
    QTest::addColumn<QString>("agent");

    const QByteArray success = "SUCCESS: park_call function set - PARK_CUSTOMER|1000";
    QTest::newRow("crlf") << success + "\r\n" << ResultKind::Success << u"1000"_s;
    QTest::newRow("trailing spaces") << success + "   \n" << ResultKind::Success << u"1000"_s;
    QTest::newRow("no final newline") << success << ResultKind::Success << u"1000"_s;
    QTest::newRow("html warnings before")
        << "<br />\n<b>Warning</b>:  Undefined variable $x in <b>/srv/www/agc/api.php</b> on line <b>412</b><br />\n" + success + "\n"
        << ResultKind::Success << u"1000"_s;
    QTest::newRow("plain warnings before and after")
        << "\nWarning: Undefined variable $x in /srv/www/agc/api.php on line 412\n\nNotice: Undefined index: y in "
           "/srv/www/agc/api.php on line 9\n" + success + "\nDeprecated: Function z() is deprecated in /srv/www/agc/api.php on line 3\n"
        << ResultKind::Success << u"1000"_s;
    QTest::newRow("break tag before the answer") << "<br />" + success + "\n" << ResultKind::Success << u"1000"_s;
    QTest::newRow("error after warnings")
        << QByteArray("<br />\n<b>Notice</b>:  x in <b>/a.php</b> on line <b>1</b><br />\nERROR: agent_user is not logged in - 1002\n")
        << ResultKind::NotLoggedIn << u"1002"_s;
    QTest::newRow("html error page")
        << QByteArray("<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<html><head>\n<title>500 Internal Server Error</title>\n"
                      "</head><body>\n<h1>Internal Server Error</h1>\n</body></html>\n")
        << ResultKind::ServerError << QString();
    QTest::newRow("php fatal error")
        << QByteArray("<br />\n<b>Fatal error</b>:  Uncaught Error: Call to undefined function mysqli_connect() in "
                      "/srv/www/agc/dbconnect_mysqli.php:5\n")
        << ResultKind::ServerError << QString();
    // Found by tests/faults (a 10 MB body read up to the limit): it was Unrecognised with an empty text.
    QTest::newRow("only PHP warnings")
        << QByteArray("<br />\n<b>Warning</b>:  Undefined variable $x in <b>/srv/www/agc/api.php</b> on line <b>412</b><br />\n"
                      "<br />\n<b>Notice</b>:  y in <b>/a.php</b> on line <b>1</b><br />\n")
        << ResultKind::ServerError << QString();
    QTest::newRow("empty body") << QByteArray() << ResultKind::ServerError << QString();
    QTest::newRow("only whitespace") << QByteArray("\n \r\n") << ResultKind::ServerError << QString();
    QTest::newRow("non-UTF-8 bytes") << QByteArray("\xff\xfe\x80junk\n") + success + "\n\xc3\x28" << ResultKind::Success << u"1000"_s;
    QTest::newRow("unknown text") << QByteArray("Something else entirely\n") << ResultKind::Unrecognised << QString();
    QTest::newRow("unknown error") << QByteArray("ERROR: NO FUNCTION SPECIFIED\n") << ResultKind::Unrecognised << QString();
}

void TestAnswerParser::toleratesWhatRealServersSend()
{
    QFETCH(QByteArray, body);
    QFETCH(ResultKind, kind);
    const Answer answer = parseAnswer(body, Redactor());
    QCOMPARE(answer.kind, kind);
    QTEST(answer.agent, "agent");
}

void TestAnswerParser::findsTheAnswerInsideRealPhpWarningFixtures_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<ResultKind>("kind");
    QTest::addColumn<QString>("agent");
    QTest::newRow("success") << u"park_call-success.txt"_s << ResultKind::Success << u"1000"_s;
    QTest::newRow("no lead") << u"park_call-no-lead.txt"_s << ResultKind::NoLead << u"1001"_s;
}

void TestAnswerParser::findsTheAnswerInsideRealPhpWarningFixtures()
{
    QFETCH(QString, fixture);
    const QByteArray body = readTestData(u"fixtures/real-php8-warnings/"_s + fixture);
    QVERIFY(body.size() > 9000);
    const Answer answer = parseAnswer(body, Redactor(u"1234"_s));
    QTEST(answer.kind, "kind");
    QTEST(answer.agent, "agent");
    QVERIFY(!answer.text.contains(u"Warning"_s));
}

void TestAnswerParser::neverExposesTheEchoedPassword_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("agent API echo with SQL")
        << u"wrongpass"_s
        << QByteArray("ERROR: Invalid Username/Password: |6666|wrongpass|0|1|BAD|0|api|SELECT count(*) from vicidial_users where "
                      "user='6666' and pass='wrongpass' and user_level > 0;|\n");
    QTest::newRow("edited by the agent API") << u"Wr0ng&Pa55=%"_s
                                             << QByteArray("ERROR: Invalid Username/Password: |6666|Wr0ngPa55=|0|1|BAD|\n");
    QTest::newRow("edited by the non-agent API") << u"Wr0ng&Pa55=%"_s
                                                 << QByteArray("ERROR: Login incorrect, please try again: |6666|Wr0ngPa55|BAD|\n");
    QTest::newRow("inside an unknown text") << u"s3cret!"_s << QByteArray("ERROR: Contraseña incorrecta s3cret! para 6666\n");
    QTest::newRow("percent-encoded in an unknown text") << u"a b&c"_s << QByteArray("Bad request pass=a%20b%26c\n");
}

void TestAnswerParser::neverExposesTheEchoedPassword()
{
    QFETCH(QString, password);
    QFETCH(QByteArray, body);
    const Redactor redactor(password);
    const Answer answer = parseAnswer(body, redactor);
    const QString everything = answer.text + answer.detail + answer.user + answer.agent + answer.value + answer.function;
    for (const QString &form : redactor.forms())
        QVERIFY2(!everything.contains(form), qPrintable(u"leaked a form of the password in: "_s + answer.text));
    QVERIFY(answer.text.contains(Redactor::mask()));
}

void TestAnswerParser::readsOnlyABoundedPrefixOfAHugeBody()
{
    const QByteArray answerFirst = "SUCCESS: park_call function set - GRAB_CUSTOMER|1000\n" + QByteArray(10 * 1024 * 1024, 'x');
    QCOMPARE(parseAnswer(answerFirst, Redactor()).kind, ResultKind::Success);
    // An answer past the bounded prefix is not read at all.
    const QByteArray answerLast = QByteArray(10 * 1024 * 1024, '\n') + "SUCCESS: park_call function set - GRAB_CUSTOMER|1000\n";
    QCOMPARE(parseAnswer(answerLast, Redactor()).kind, ResultKind::ServerError);
}

void TestAnswerParser::showsATranslatedAnswerAsItCame()
{
    const Answer answer = parseAnswer("ERROR: el agente no ha iniciado sesión - 1002\n", Redactor());
    QCOMPARE(answer.kind, ResultKind::Unrecognised);
    QCOMPARE(answer.text, u"ERROR: el agente no ha iniciado sesión - 1002"_s);
}

QTEST_GUILESS_MAIN(TestAnswerParser)
#include "TestAnswerParser.moc"
