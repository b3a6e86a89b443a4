#include "SimTestClient.h"

#include "vicidial/AnswerParser.h"
#include "vicidial/VersionInfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

// The parkbar-sim program itself, started as a user would start it.
class TestSimProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void printsItsUrlServesAndStopsCleanly();
    void theBuildOptionSetsTheAgentApiBuild();
    void helpAndVersionExitAtOnce();
    void refusesBadOptions_data();
    void refusesBadOptions();

private:
    // Starts the program and returns the URL from its one line, or an empty URL.
    QUrl start(QProcess &process, const QStringList &arguments);

    QString m_program;
};

void TestSimProcess::initTestCase()
{
    // The test binaries live in build/tests/, the program in build/.
    m_program = qEnvironmentVariable("PARKBAR_SIM_BINARY");
    if (m_program.isEmpty()) {
        const QDir buildDir(QCoreApplication::applicationDirPath() + u"/.."_s);
        m_program = buildDir.absoluteFilePath(u"parkbar-sim"_s);
#ifdef Q_OS_WIN
        m_program += u".exe"_s;
#endif
    }
    QVERIFY2(QFileInfo(m_program).isExecutable(), qPrintable(u"parkbar-sim not found at "_s + m_program));
}

QUrl TestSimProcess::start(QProcess &process, const QStringList &arguments)
{
    process.setProgram(m_program);
    process.setArguments(arguments);
    process.start();
    if (!process.waitForStarted(10000))
        return {};
    while (!process.canReadLine()) {
        if (process.state() != QProcess::Running || !process.waitForReadyRead(10000))
            return {};
    }
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    static const QRegularExpression pattern(u"^parkbar-sim listening on (http://127\\.0\\.0\\.1:\\d+)$"_s);
    const QRegularExpressionMatch match = pattern.match(line);
    return match.hasMatch() ? QUrl(match.captured(1)) : QUrl();
}

void TestSimProcess::printsItsUrlServesAndStopsCleanly()
{
    QProcess process;
    const QUrl url = start(process, {u"--port"_s, u"0"_s, u"--agent-screen-delay"_s, u"50"_s});
    QVERIFY(url.isValid());
    QVERIFY(url.port() > 0);

    WireClient client(simConfig(url));
    const WireResponse version = sendAndWait(client, ApiRequest::version(ApiRequest::Endpoint::AgentApi));
    QVERIFY(version.ok());
    const std::optional<VersionInfo> info = parseVersionAnswer(version.body);
    QVERIFY(info);
    QCOMPARE(info->build, (ServerBuild{240429, 2220}));
    const WireResponse park = sendAndWait(client, ApiRequest::parkCall(u"1000"_s, ParkAction::ParkCustomer));
    QCOMPARE(parseAnswer(park.body, client.redactor()).kind, ResultKind::Success);

    process.terminate(); // SIGTERM
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().isEmpty()); // exactly one line
}

void TestSimProcess::theBuildOptionSetsTheAgentApiBuild()
{
    QProcess process;
    const QUrl url = start(process, {u"--port"_s, u"0"_s, u"--build"_s, u"240624-0915"_s, u"--scenario"_s, u"floor"_s,
                                     u"--agents"_s, u"25"_s});
    QVERIFY(url.isValid());
    WireClient client(simConfig(url));
    const std::optional<VersionInfo> info =
        parseVersionAnswer(sendAndWait(client, ApiRequest::version(ApiRequest::Endpoint::AgentApi)).body);
    QVERIFY(info);
    QCOMPARE(info->build, (ServerBuild{240624, 915}));
    const WireResponse floor = sendAndWait(client, ApiRequest::loggedInAgents({}, {}));
    QCOMPARE(floor.body.count('\n'), 25);
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
}

void TestSimProcess::helpAndVersionExitAtOnce()
{
    QProcess help;
    help.start(m_program, {u"--help"_s});
    QVERIFY(help.waitForFinished(10000));
    QCOMPARE(help.exitCode(), 0);
    const QByteArray usage = help.readAllStandardOutput();
    QVERIFY(usage.contains("--agent-screen-delay"));
    QVERIFY(usage.contains("--scenario"));

    QProcess version;
    version.start(m_program, {u"--version"_s});
    QVERIFY(version.waitForFinished(10000));
    QCOMPARE(version.exitCode(), 0);
    QVERIFY(version.readAllStandardOutput().startsWith("parkbar-sim "));
}

void TestSimProcess::refusesBadOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("scenario") << QStringList{u"--scenario"_s, u"busy"_s};
    QTest::newRow("port") << QStringList{u"--port"_s, u"70000"_s};
    QTest::newRow("build") << QStringList{u"--build"_s, u"2024"_s};
    QTest::newRow("address") << QStringList{u"--bind"_s, u"not-an-address"_s};
}

void TestSimProcess::refusesBadOptions()
{
    QFETCH(QStringList, arguments);
    QProcess process;
    process.start(m_program, arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QVERIFY(!process.readAllStandardError().isEmpty());
}

QTEST_GUILESS_MAIN(TestSimProcess)
#include "TestSimProcess.moc"
