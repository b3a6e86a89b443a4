#include "CliRun.h"
#include "ScriptedVicidial.h"
#include "cli/SendCommand.h"

#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;

// `parkbar --send VALUE [--confirm]` against a scripted VICIdial: what reaches
// the server, the lines printed and the exit code.
class TestSendCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sendsAndPrintsTheAnswer();
    void withConfirmWaitsForTheState();
    void aClosedScreenIsNotConfirmed();
    void aThirdPartyParkCannotBeConfirmedAndSaysSo();
    void anOffActionSendsNothing_data();
    void anOffActionSendsNothing();
    void aWrongPasswordSendsNoCommand();
    void anUnreachableServerSendsNoCommand();
    void aLostAnswerIsOneSendThatMayOrMayNotHaveBeenDone();

private:
    int run(ParkAction action, bool confirm, const QString &password = u"1234"_s);

    ScriptedVicidial *m_server = nullptr;
    QString m_out;
    QString m_err;
};

void TestSendCommand::init()
{
    m_server = new ScriptedVicidial(this);
    QVERIFY(m_server->start());
    m_out.clear();
    m_err.clear();
}

void TestSendCommand::cleanup()
{
    delete m_server;
}

int TestSendCommand::run(ParkAction action, bool confirm, const QString &password)
{
    const ServerConfig server = m_server->clientConfig(password);
    SessionOptions options;
    options.confirmingPollMs = 20;
    options.confirmTimeoutMs = 1000;
    QTextStream out(&m_out);
    QTextStream err(&m_err);
    SendCommand command(server, u"1000"_s, action, confirm, options, out, err);
    return runCliCommand(&command);
}

void TestSendCommand::sendsAndPrintsTheAnswer()
{
    QCOMPARE(run(ParkAction::ParkCustomer, false), 0);
    QCOMPARE(m_out, u"answer: SUCCESS: park_call function set - PARK_CUSTOMER|1000\n"_s);
    QCOMPARE(m_err, QString());
    QCOMPARE(m_server->parkValues(), QStringList{u"PARK_CUSTOMER"_s});
}

void TestSendCommand::withConfirmWaitsForTheState()
{
    QCOMPARE(run(ParkAction::ParkCustomer, true), 0);
    QCOMPARE(m_out, u"answer: SUCCESS: park_call function set - PARK_CUSTOMER|1000\n"
                    "confirmation: confirmed: The server shows the customer parked.\n"_s);
    QCOMPARE(m_server->agent.subStatus, u"PARK"_s);
}

void TestSendCommand::aClosedScreenIsNotConfirmed()
{
    m_server->script.screenActsAfterMs = -1;
    QCOMPARE(run(ParkAction::ParkCustomer, true), 5);
    QCOMPARE(m_out, u"answer: SUCCESS: park_call function set - PARK_CUSTOMER|1000\n"
                    "confirmation: not carried out: The agent's VICIdial screen has not acted on it. Is it open?\n"_s);
    QCOMPARE(m_server->parkValues().size(), 1);
}

void TestSendCommand::aThirdPartyParkCannotBeConfirmedAndSaysSo()
{
    QCOMPARE(run(ParkAction::ParkXfer, true), 0);
    QCOMPARE(m_out, u"answer: SUCCESS: park_call function set - PARK_XFER|1000\n"
                    "confirmation: cannot be seen: Sent. The server does not show the third-party line, so this cannot be confirmed.\n"_s);
}

void TestSendCommand::anOffActionSendsNothing_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("lead");
    QTest::addColumn<bool>("loggedIn");
    QTest::addColumn<QString>("err");
    QTest::newRow("no lead") << u"PAUSED"_s << u"0"_s << true << u"parkbar: GRAB_CUSTOMER not sent: No lead on the agent's screen\n"_s;
    QTest::newRow("not logged in") << u"PAUSED"_s << u"0"_s << false
                                   << u"parkbar: GRAB_CUSTOMER not sent: Agent 1000 is not logged in\n"_s;
    QTest::newRow("not parked") << u"INCALL"_s << u"12345"_s << true
                                << u"parkbar: GRAB_CUSTOMER not sent: The customer is not parked\n"_s;
}

void TestSendCommand::anOffActionSendsNothing()
{
    QFETCH(QString, status);
    QFETCH(QString, lead);
    QFETCH(bool, loggedIn);
    m_server->agent.status = status;
    m_server->agent.leadId = lead;
    m_server->agent.loggedIn = loggedIn;
    QCOMPARE(run(ParkAction::GrabCustomer, true), 1);
    QCOMPARE(m_out, QString());
    QTEST(m_err, "err");
    QCOMPARE(m_server->count(u"park_call"_s), 0);
}

void TestSendCommand::aWrongPasswordSendsNoCommand()
{
    QCOMPARE(run(ParkAction::ParkCustomer, false, u"wrongpass"_s), 4);
    QCOMPARE(m_err, u"parkbar: Signed out: wrong API user or password.\n"_s);
    QCOMPARE(m_server->count(u"park_call"_s), 0);
    QCOMPARE(m_server->count(u"agent_status"_s), 1);
}

void TestSendCommand::anUnreachableServerSendsNoCommand()
{
    m_server->goOffline();
    QCOMPARE(run(ParkAction::ParkCustomer, false), 3);
    QVERIFY(m_err.startsWith(u"parkbar: Cannot reach the server: "_s));
    QCOMPARE(m_out, QString());
}

void TestSendCommand::aLostAnswerIsOneSendThatMayOrMayNotHaveBeenDone()
{
    // Stored, then the kept-alive connection (warm from the poll) is cut before the answer.
    m_server->script.dropParkCall = true;
    QCOMPARE(run(ParkAction::ParkCustomer, false), 3);
    QVERIFY2(m_out.startsWith(u"answer: Cannot reach the server: "_s), qPrintable(m_out));
    QCOMPARE(m_err, u"parkbar: No clear answer: the command may or may not have been stored. Check the agent's screen.\n"_s);
    QCOMPARE(m_server->count(u"park_call"_s), 1);
}

QTEST_GUILESS_MAIN(TestSendCommand)
#include "TestSendCommand.moc"
