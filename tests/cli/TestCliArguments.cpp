#include "cli/CliArguments.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ParkAction)

// The shared options of the headless modes: what they accept, what they
// refuse and why, and that the password only ever comes from the environment.
class TestCliArguments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAStatusRequest();
    void readsASendRequest_data();
    void readsASendRequest();
    void refusesBadCombinations_data();
    void refusesBadCombinations();
    void refusesAPasswordOnTheCommandLine_data();
    void refusesAPasswordOnTheCommandLine();
    void takesThePasswordFromTheEnvironmentOnly();
    void saysWhatIsMissing();
    void getIsAllowedWithAWarning();

private:
    static CliArguments::Outcome parse(const QStringList &arguments, const QString &password = u"1234"_s);
};

CliArguments::Outcome TestCliArguments::parse(const QStringList &arguments, const QString &password)
{
    QCommandLineParser parser;
    CliArguments::addOptions(parser);
    const QStringList all = QStringList{u"parkbar"_s} + arguments;
    if (!parser.parse(all)) {
        CliArguments::Outcome failed;
        failed.error = CliArguments::parseErrorMessage(parser, all);
        return failed;
    }
    QProcessEnvironment environment;
    if (!password.isNull())
        environment.insert(u"PARKBAR_PASSWORD"_s, password);
    return CliArguments::read(parser, environment);
}

void TestCliArguments::readsAStatusRequest()
{
    const auto outcome = parse({u"--status"_s, u"--agent"_s, u"1000"_s, u"--server"_s, u"https://dialer.example.com/agc/api.php"_s,
                                u"--user"_s, u"6666"_s, u"--source"_s, u"qa-desk"_s, u"--timeout"_s, u"1500"_s});
    QVERIFY2(outcome.request, qPrintable(outcome.error));
    const CliRequest &request = *outcome.request;
    QCOMPARE(request.mode, CliRequest::Mode::Status);
    QCOMPARE(request.agent, u"1000"_s);
    QCOMPARE(request.server.baseUrl, QUrl(u"https://dialer.example.com"_s));
    QCOMPARE(request.server.apiUser, u"6666"_s);
    QCOMPARE(request.server.password, u"1234"_s);
    QCOMPARE(request.server.source, u"qa-desk"_s);
    QCOMPARE(request.server.timeoutMs, 1500);
    QCOMPARE(request.server.method, ServerConfig::Method::Post);
    QVERIFY(request.missing().isEmpty());
    QVERIFY(outcome.warnings.isEmpty());
}

void TestCliArguments::readsASendRequest_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("confirm");
    QTest::addColumn<ParkAction>("action");
    QTest::newRow("PARK_CUSTOMER") << u"PARK_CUSTOMER"_s << false << ParkAction::ParkCustomer;
    QTest::newRow("lower case, confirmed") << u"grab_customer"_s << true << ParkAction::GrabCustomer;
    QTest::newRow("HANGUP_XFER_GRAB_CUSTOMER") << u"HANGUP_XFER_GRAB_CUSTOMER"_s << true << ParkAction::HangupXferGrabCustomer;
}

void TestCliArguments::readsASendRequest()
{
    QFETCH(QString, value);
    QFETCH(bool, confirm);
    QStringList arguments{u"--send"_s, value, u"--agent"_s, u"1000"_s, u"--server"_s, u"http://10.0.0.5"_s, u"--user"_s, u"6666"_s};
    if (confirm)
        arguments.append(u"--confirm"_s);
    const auto outcome = parse(arguments);
    QVERIFY2(outcome.request, qPrintable(outcome.error));
    QCOMPARE(outcome.request->mode, CliRequest::Mode::Send);
    QTEST(outcome.request->action, "action");
    QCOMPARE(outcome.request->confirm, confirm);
}

void TestCliArguments::refusesBadCombinations_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    QTest::newRow("both modes") << QStringList{u"--status"_s, u"--send"_s, u"PARK_CUSTOMER"_s}
                                << u"--status and --send cannot be used together."_s;
    QTest::newRow("confirm alone") << QStringList{u"--status"_s, u"--confirm"_s} << u"--confirm only goes with --send."_s;
    QTest::newRow("unknown value") << QStringList{u"--send"_s, u"PARK"_s}
                                   << u"--send: \"PARK\" is not a park_call value; use one of PARK_CUSTOMER, GRAB_CUSTOMER, "
                                      "PARK_IVR_CUSTOMER, GRAB_IVR_CUSTOMER, PARK_XFER, GRAB_XFER, SWAP_PARK_CUSTOMER, "
                                      "SWAP_PARK_XFER, HANGUP_XFER_GRAB_CUSTOMER."_s;
    QTest::newRow("timeout not a number") << QStringList{u"--status"_s, u"--timeout"_s, u"soon"_s}
                                          << u"--timeout: give a number of milliseconds from 100 to 120000."_s;
    QTest::newRow("timeout too long") << QStringList{u"--status"_s, u"--timeout"_s, u"999999"_s}
                                      << u"--timeout: give a number of milliseconds from 100 to 120000."_s;
    QTest::newRow("short source") << QStringList{u"--status"_s, u"--source"_s, u"x"_s}
                                  << u"--source: the source name must be 2 to 20 characters."_s;
    QTest::newRow("not http") << QStringList{u"--status"_s, u"--server"_s, u"ftp://dialer"_s}
                              << u"--server: \"ftp://dialer\" is not an http or https address."_s;
    QTest::newRow("password in the URL") << QStringList{u"--status"_s, u"--server"_s, u"https://6666:1234@dialer"_s}
                                         << u"--server: put no user or password in the address; use --user and PARKBAR_PASSWORD."_s;
}

void TestCliArguments::refusesBadCombinations()
{
    QFETCH(QStringList, arguments);
    const auto outcome = parse(arguments);
    QVERIFY(!outcome.request);
    QTEST(outcome.error, "error");
}

void TestCliArguments::refusesAPasswordOnTheCommandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("--password VALUE") << QStringList{u"--status"_s, u"--password"_s, u"s3cret"_s};
    QTest::newRow("--password=VALUE") << QStringList{u"--status"_s, u"--password=s3cret"_s};
    QTest::newRow("--password without a value") << QStringList{u"--status"_s, u"--password"_s};
}

void TestCliArguments::refusesAPasswordOnTheCommandLine()
{
    QFETCH(QStringList, arguments);
    const auto outcome = parse(arguments);
    QVERIFY(!outcome.request);
    QCOMPARE(outcome.error, CliArguments::passwordRefusal());
    QVERIFY(outcome.error.contains(u"PARKBAR_PASSWORD"_s));
    QVERIFY(outcome.error.contains(u"shell history"_s));
    QVERIFY(!outcome.error.contains(u"s3cret"_s));
}

void TestCliArguments::takesThePasswordFromTheEnvironmentOnly()
{
    const auto without = parse({u"--status"_s, u"--agent"_s, u"1000"_s}, QString());
    QVERIFY(without.request);
    QVERIFY(!without.request->passwordGiven);
    QVERIFY(without.request->server.password.isEmpty());
    const auto with = parse({u"--status"_s, u"--agent"_s, u"1000"_s}, u"pa ss&word"_s);
    QVERIFY(with.request->passwordGiven);
    QCOMPARE(with.request->server.password, u"pa ss&word"_s);
}

void TestCliArguments::saysWhatIsMissing()
{
    const auto outcome = parse({u"--status"_s}, QString());
    QVERIFY(outcome.request);
    QCOMPARE(outcome.request->missing(),
             (QStringList{u"--server URL"_s, u"--user USER"_s, u"PARKBAR_PASSWORD"_s, u"--agent AGENT"_s}));
    QCOMPARE(outcome.request->missingMessage(),
             u"Missing: --server URL, --user USER, PARKBAR_PASSWORD, --agent AGENT (the saved profile does not have it; the "
             "API password comes from the keychain, where the window saves it, or from the environment variable "
             "PARKBAR_PASSWORD)."_s);
}

void TestCliArguments::getIsAllowedWithAWarning()
{
    const auto outcome = parse({u"--status"_s, u"--get"_s});
    QVERIFY(outcome.request);
    QCOMPARE(outcome.request->server.method, ServerConfig::Method::Get);
    QCOMPARE(outcome.warnings, QStringList{u"Note: --get puts the API password into the server's access logs."_s});
}

QTEST_GUILESS_MAIN(TestCliArguments)
#include "TestCliArguments.moc"
