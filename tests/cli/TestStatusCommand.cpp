#include "CliRun.h"
#include "ScriptedVicidial.h"
#include "cli/CliArguments.h"
#include "cli/CliCommandFactory.h"
#include "cli/StatusCommand.h"

#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;

// `parkbar --status` against a scripted VICIdial: the lines it prints and the exit code.
class TestStatusCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void printsTheStateAndEveryValue();
    void printsAParkedCustomer();
    void printsAnAgentWhoIsNotLoggedIn();
    void printsAnAgentWithoutLead();
    void aWrongPasswordExitsSignedOutAfterOneRequest();
    void anUnreachableServerExitsWithTheReason();
    void anUnknownAgentExitsWithTheReason();
    void runsFromTheCommandLineAsMainWould();

private:
    int run(const QString &password = u"1234"_s);
    QStringList outLines() const { return m_out.split(u'\n', Qt::SkipEmptyParts); }

    ScriptedVicidial *m_server = nullptr;
    QString m_out;
    QString m_err;
};

void TestStatusCommand::init()
{
    m_server = new ScriptedVicidial(this);
    QVERIFY(m_server->start());
    m_server->script.screenActsAfterMs = 0;
    m_out.clear();
    m_err.clear();
}

void TestStatusCommand::cleanup()
{
    delete m_server;
}

int TestStatusCommand::run(const QString &password)
{
    const ServerConfig server = m_server->clientConfig(password);
    SessionOptions options;
    options.parkIvrModes.insert(u"TESTCAMP"_s, ParkIvrMode::Enabled);
    QTextStream out(&m_out);
    QTextStream err(&m_err);
    StatusCommand command(server, u"1000"_s, options, out, err);
    return runCliCommand(&command);
}

void TestStatusCommand::printsTheStateAndEveryValue()
{
    QCOMPARE(run(), 0);
    QCOMPARE(m_err, QString());
    const QStringList expected{
        u"agent 1000: INCALL, no sub status, lead 12345, campaign TESTCAMP"_s,
        u"source: direct polling"_s,
        u"connection: connected"_s,
        u"server: agent API 240429-2220, non-agent API 241004-1518"_s,
        u"park IVR: campaign TESTCAMP, mode ENABLED"_s,
        u"PARK_CUSTOMER              enabled: Park the customer: they hear hold music until grabbed back"_s,
        u"GRAB_CUSTOMER              off: The customer is not parked"_s,
        u"PARK_IVR_CUSTOMER          enabled: Send the customer to the park IVR of campaign TESTCAMP; they come back by themselves when it ends"_s,
        u"GRAB_IVR_CUSTOMER          off: The customer is not in the park IVR"_s,
        u"PARK_XFER                  enabled: Park the third-party line, if there is one: the server does not report whether a third party is on the call"_s,
        u"GRAB_XFER                  off: No third party was parked from this bar (one parked in the VICIdial screen cannot be seen here)"_s,
        u"SWAP_PARK_CUSTOMER         off: No third party was parked from this bar to swap with"_s,
        u"SWAP_PARK_XFER             off: The customer is not parked"_s,
        u"HANGUP_XFER_GRAB_CUSTOMER  off: The customer is not parked"_s,
    };
    QCOMPARE(outLines(), expected);
    QCOMPARE(m_server->count(u"park_call"_s), 0);
}

void TestStatusCommand::printsAParkedCustomer()
{
    m_server->agent.subStatus = u"PARK"_s;
    QCOMPARE(run(), 0);
    const QStringList lines = outLines();
    QCOMPARE(lines.at(0), u"agent 1000: INCALL, sub status PARK, lead 12345, campaign TESTCAMP"_s);
    QVERIFY(lines.contains(u"PARK_CUSTOMER              off: The customer is already parked"_s));
    QVERIFY(lines.contains(u"GRAB_CUSTOMER              enabled: Bring the parked customer back"_s));
}

void TestStatusCommand::printsAnAgentWhoIsNotLoggedIn()
{
    m_server->agent.loggedIn = false;
    QCOMPARE(run(), 0);
    const QStringList lines = outLines();
    QCOMPARE(lines.at(0), u"agent 1000: not logged in"_s);
    QCOMPARE(lines.size(), 4 + 9); // agent, source, connection, server, then the nine values
    QCOMPARE(lines.last(), u"HANGUP_XFER_GRAB_CUSTOMER  off: Agent 1000 is not logged in"_s);
}

void TestStatusCommand::printsAnAgentWithoutLead()
{
    m_server->agent.status = u"PAUSED"_s;
    m_server->agent.leadId = u"0"_s;
    QCOMPARE(run(), 0);
    const QStringList lines = outLines();
    QCOMPARE(lines.at(0), u"agent 1000: PAUSED, no sub status, no lead, campaign TESTCAMP"_s);
    QCOMPARE(lines.at(5), u"PARK_CUSTOMER              off: No lead on the agent's screen"_s);
}

void TestStatusCommand::aWrongPasswordExitsSignedOutAfterOneRequest()
{
    QCOMPARE(run(u"wrongpass"_s), 4);
    QCOMPARE(m_out, QString());
    QCOMPARE(m_err, u"parkbar: Signed out: wrong API user or password.\n"_s);
    QCOMPARE(m_server->count(u"agent_status"_s), 1);
}

void TestStatusCommand::anUnreachableServerExitsWithTheReason()
{
    m_server->goOffline();
    QCOMPARE(run(), 3);
    QCOMPARE(m_out, QString());
    QVERIFY2(m_err.startsWith(u"parkbar: Cannot reach the server: "_s), qPrintable(m_err));
    QCOMPARE(m_err.count(u'\n'), 1);
}

void TestStatusCommand::anUnknownAgentExitsWithTheReason()
{
    m_server->agent.exists = false;
    QCOMPARE(run(), 1);
    QCOMPARE(m_out, QString());
    QCOMPARE(m_err, u"parkbar: There is no agent 1000 on this server.\n"_s);
}

void TestStatusCommand::runsFromTheCommandLineAsMainWould()
{
    QCommandLineParser parser;
    CliArguments::addOptions(parser);
    QVERIFY(parser.parse({u"parkbar"_s, u"--status"_s, u"--agent"_s, u"1000"_s, u"--server"_s, m_server->baseUrl().toString(),
                          u"--user"_s, u"6666"_s}));
    QProcessEnvironment environment;
    environment.insert(u"PARKBAR_PASSWORD"_s, u"1234"_s);
    const CliArguments::Outcome outcome = CliArguments::read(parser, environment);
    QVERIFY2(outcome.request, qPrintable(outcome.error));
    QVERIFY(outcome.request->missing().isEmpty());
    QTextStream out(&m_out);
    QTextStream err(&m_err);
    CliCommand *command = createCliCommand(*outcome.request, out, err, this);
    QVERIFY(command);
    QCOMPARE(runCliCommand(command), 0);
    QCOMPARE(outLines().first(), u"agent 1000: INCALL, no sub status, lead 12345, campaign TESTCAMP"_s);
    QCOMPARE(m_server->http()->received().last().field(u"pass"_s), u"1234"_s);
    delete command;
}

QTEST_GUILESS_MAIN(TestStatusCommand)
#include "TestStatusCommand.moc"
