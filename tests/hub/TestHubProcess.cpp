#include "HubTestRig.h"
#include "RawHubClient.h"
#include "demo/VicidialSimulator.h"
#include "hub/HubProtocol.h"
#include "hub/TokenFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <signal.h>
#endif

using namespace Qt::StringLiterals;

// The parkbar-hub program itself, as an administrator runs it.
class TestHubProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void checkConfigReadsTheSourceOnceAndSaysWhatItWouldServe();
    void checkConfigRefusesABrokenFile_data();
    void checkConfigRefusesABrokenFile();
    void issueTokenPrintsTheTokenOnceAndKeepsOnlyItsHash();
    void issueTokensBindsOneTokenToEachPhoneAndKeepsOnlyTheirHashes();
    void issueTokensCanWriteThemToAFileOnlyTheOwnerReads();
    void checkConfigSaysTheModeAndWarnsAboutPhonesOnAnApiHub();
    void theServiceServesReloadsOnSighupAndStopsOnSigterm();
    void theServiceRefusesPlainWsOffLoopback();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    // Runs the program to its end while this thread's event loop (and the simulator) runs.
    Run run(const QStringList &arguments);
    QString writeConfig(const QByteArray &extra, const QUrl &server = {});
    QString issue(const QString &name, const QString &role);

    QString m_program;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<VicidialSimulator> m_sim;
};

void TestHubProcess::initTestCase()
{
#ifndef Q_OS_UNIX
    QSKIP("parkbar-hub is built for Linux servers only");
#endif
    m_program = qEnvironmentVariable("PARKBAR_HUB_BINARY");
    if (m_program.isEmpty())
        m_program = QDir(QCoreApplication::applicationDirPath() + u"/.."_s).absoluteFilePath(u"parkbar-hub"_s);
    QVERIFY2(QFileInfo(m_program).isExecutable(), qPrintable(u"parkbar-hub not found at "_s + m_program));
}

void TestHubProcess::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_sim = std::make_unique<VicidialSimulator>();
    m_sim->setScenario(SimScenario::Floor, 25);
    QVERIFY(m_sim->listen());
    QFile password(m_dir->filePath(u"api-password"_s));
    QVERIFY(password.open(QIODevice::WriteOnly));
    password.write("1234\n"); // the simulator's documented demo password
    password.close();
    password.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile tokens(m_dir->filePath(u"tokens"_s));
    QVERIFY(tokens.open(QIODevice::WriteOnly));
}

TestHubProcess::Run TestHubProcess::run(const QStringList &arguments)
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(m_program, arguments);
    Run result;
    if (!finished.wait(30000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString TestHubProcess::writeConfig(const QByteArray &extra, const QUrl &server)
{
    const QString path = m_dir->filePath(u"parkbar-hub.conf"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write("[hub]\nlisten=127.0.0.1\nport=0\nmetricsPort=0\ncampaigns=TESTCAMP,SALES\ntokensFile=" + m_dir->filePath(u"tokens"_s).toUtf8()
               + "\n[source]\nkind=api\n[api]\nurl=" + (server.isEmpty() ? m_sim->baseUrl() : server).toString().toUtf8()
               + "\nuser=6666\npasswordFile=" + m_dir->filePath(u"api-password"_s).toUtf8() + "\n" + extra);
    return path;
}

QString TestHubProcess::issue(const QString &name, const QString &role)
{
    const Run issued = run({u"--issue-token"_s, name, u"--role"_s, role, u"--config"_s, m_dir->filePath(u"parkbar-hub.conf"_s)});
    return issued.exitCode == 0 ? issued.out.trimmed() : QString();
}

void TestHubProcess::checkConfigReadsTheSourceOnceAndSaysWhatItWouldServe()
{
    const QString config = writeConfig({});
    QVERIFY(!issue(u"desk-1"_s, u"bar"_s).isEmpty());
    QVERIFY(!issue(u"desk-2"_s, u"bar"_s).isEmpty());
    QVERIFY(!issue(u"sups"_s, u"supervisor"_s).isEmpty());
    m_sim->resetCounters();
    const Run check = run({u"--check-config"_s, u"--config"_s, config});
    QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    QVERIFY2(check.out.contains(u"Source: api, logged_in_agents from "_s + m_sim->baseUrl().toString() + u" as API user 6666"_s), qPrintable(check.out));
    QVERIFY(check.out.contains(u"Listen: ws://127.0.0.1:0"_s));
    QVERIFY(check.out.contains(u"Serves: campaigns TESTCAMP, SALES; user groups all"_s));
    QVERIFY(check.out.contains(u"Tokens: 2 bar, 1 supervisor"_s));
    // Agents of TESTCAMP and SALES among the floor scenario's 25 (campaigns taken in turn).
    QVERIFY2(check.out.contains(u"Read: 17 logged-in agents in "_s), qPrintable(check.out));
    QVERIFY(check.out.contains(u"The configuration is good."_s));
    QCOMPARE(m_sim->requestCount(u"logged_in_agents"_s), 1);
    QCOMPARE(m_sim->requestCount(), 1);
    QVERIFY(!check.out.contains(u"1234"_s) && !check.err.contains(u"1234"_s));
}

void TestHubProcess::checkConfigRefusesABrokenFile_data()
{
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("unreachable");
    QTest::addColumn<QString>("why");
    QTest::newRow("a password in the file") << QByteArray("password=1234\n") << u"1234"_s << false << u"passwords are never read"_s;
    QTest::newRow("the database unreachable")
        << QByteArray("[source]\nkind=database\n[database]\nuser=parkbar_ro\nport=1\n") << u"1234"_s << false
        << u"the source could not be read"_s;
    QTest::newRow("a wrong API password") << QByteArray() << u"wrongpass"_s << false << u"the source could not be read"_s;
    QTest::newRow("the server unreachable") << QByteArray() << u"1234"_s << true << u"the source could not be read"_s;
    QTest::newRow("an unknown source") << QByteArray("[source]\nkind=ldap\n") << u"1234"_s << false << u"source/kind must be database or api"_s;
}

void TestHubProcess::checkConfigRefusesABrokenFile()
{
    QFETCH(QByteArray, extra);
    QFETCH(QString, password);
    QFETCH(bool, unreachable);
    QFETCH(QString, why);
    QFile file(m_dir->filePath(u"api-password"_s));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(password.toUtf8());
    file.close();
    const QString config = writeConfig(extra, unreachable ? QUrl(u"http://127.0.0.1:1"_s) : QUrl());
    const Run check = run({u"--check-config"_s, u"--config"_s, config});
    QCOMPARE(check.exitCode, 1);
    QVERIFY2(check.out.contains(why), qPrintable(check.out + check.err));
    QVERIFY(check.out.contains(u"The configuration is not usable."_s));
    QVERIFY2(!check.out.contains(password) && !check.err.contains(password), qPrintable(check.out + check.err));
    QVERIFY(m_sim->requestCount() <= 1);
    QCOMPARE(run({u"--check-config"_s, u"--config"_s, m_dir->filePath(u"missing.conf"_s)}).exitCode, 1);
}

void TestHubProcess::issueTokenPrintsTheTokenOnceAndKeepsOnlyItsHash()
{
    writeConfig({});
    const Run issued = run({u"--issue-token"_s, u"floor2-sups"_s, u"--role"_s, u"supervisor"_s, u"--campaigns"_s, u"SALES,SUPPORT"_s,
                            u"--config"_s, m_dir->filePath(u"parkbar-hub.conf"_s)});
    QCOMPARE(issued.exitCode, 0);
    const QString token = issued.out.trimmed();
    QVERIFY2(QRegularExpression(u"^pbh1_[A-Za-z0-9_-]{43}$"_s).match(token).hasMatch(), qPrintable(issued.out));
    QVERIFY(issued.err.contains(u"shown only this once"_s));
    QFile tokens(m_dir->filePath(u"tokens"_s));
    QVERIFY(tokens.open(QIODevice::ReadOnly));
    const QByteArray stored = tokens.readAll();
    QVERIFY(stored.startsWith("floor2-sups supervisor "));
    QVERIFY(stored.contains(" campaigns=SALES,SUPPORT "));
    QVERIFY(!stored.contains(token.toUtf8()));

    QCOMPARE(run({u"--issue-token"_s, u"x"_s, u"--role"_s, u"admin"_s, u"--tokens-file"_s, m_dir->filePath(u"tokens"_s)}).exitCode, 2);
    QCOMPARE(run({u"--issue-token"_s, u"floor2-sups"_s, u"--role"_s, u"bar"_s, u"--tokens-file"_s, m_dir->filePath(u"tokens"_s)}).exitCode, 1);
}

void TestHubProcess::issueTokensBindsOneTokenToEachPhoneAndKeepsOnlyTheirHashes()
{
    writeConfig({});
    QFile phones(m_dir->filePath(u"phones"_s));
    QVERIFY(phones.open(QIODevice::WriteOnly));
    phones.write("SIP/1000\n\n# the training room\nSIP/1001\n");
    phones.close();
    const Run issued = run({u"--issue-tokens"_s, u"--phones"_s, phones.fileName(), u"--tokens"_s, m_dir->filePath(u"tokens"_s)});
    QVERIFY2(issued.exitCode == 0, qPrintable(issued.err));
    const QStringList lines = issued.out.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 2);
    static const QRegularExpression line(u"^(desk-SIP-100[01]) (SIP/100[01]) (pbh1_[A-Za-z0-9_-]{43})$"_s);
    QVERIFY2(!issued.out.contains(QRegularExpression(u"[0-9a-f]{64}"_s)), "a hash was printed");

    const TokenFile::Contents contents = TokenFile::read(m_dir->filePath(u"tokens"_s));
    QVERIFY2(contents.errors.isEmpty(), qPrintable(contents.errors.join(u'\n')));
    QCOMPARE(contents.tokens.size(), 2);
    QFile stored(m_dir->filePath(u"tokens"_s));
    QVERIFY(stored.open(QIODevice::ReadOnly));
    const QByteArray storedText = stored.readAll();

    // Each printed token authenticates at a hub as a bar bound to its phone.
    HubTestRig rig;
    rig.server().setTokens(contents.tokens);
    QVERIFY(!rig.start().has_value());
    for (const QString &text : lines) {
        const QRegularExpressionMatch match = line.match(text);
        QVERIFY2(match.hasMatch(), qPrintable(text));
        QVERIFY(!storedText.contains(match.captured(3).toUtf8()));
        RawHubClient desk;
        desk.open(rig.url());
        QVERIFY(desk.waitConnected());
        QVERIFY(desk.authenticate(match.captured(3)));
        const QJsonObject welcome = desk.messages(u"welcome"_s).first();
        QCOMPARE(welcome.value(u"name"_s).toString(), match.captured(1));
        QCOMPARE(welcome.value(u"role"_s).toString(), u"bar"_s);
        QCOMPARE(welcome.value(u"phone"_s).toString(), match.captured(2));
    }

    // Issuing again for a phone that has a token refuses that one.
    QCOMPARE(run({u"--issue-tokens"_s, u"--phones"_s, phones.fileName(), u"--tokens"_s, m_dir->filePath(u"tokens"_s)}).exitCode, 1);
    QCOMPARE(TokenFile::read(m_dir->filePath(u"tokens"_s)).tokens.size(), 2);
}

void TestHubProcess::issueTokensCanWriteThemToAFileOnlyTheOwnerReads()
{
    writeConfig({});
    QFile phones(m_dir->filePath(u"phones"_s));
    QVERIFY(phones.open(QIODevice::WriteOnly));
    phones.write("SIP/2000\n");
    phones.close();
    const QString out = m_dir->filePath(u"new-tokens"_s);
    const Run issued = run({u"--issue-tokens"_s, u"--phones"_s, phones.fileName(), u"--out"_s, out, u"--config"_s,
                            m_dir->filePath(u"parkbar-hub.conf"_s)});
    QVERIFY2(issued.exitCode == 0, qPrintable(issued.err));
    QVERIFY(!issued.out.contains(u"pbh1_"_s));
    QFile written(out);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(written.readAll()).trimmed();
    QVERIFY2(text.startsWith(u"desk-SIP-2000 SIP/2000 pbh1_"_s), qPrintable(text));
    QCOMPARE(written.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    const HubToken token = TokenFile::read(m_dir->filePath(u"tokens"_s)).tokens.value(0);
    QCOMPARE(token.phone, u"SIP/2000"_s);
    QCOMPARE(token.sha256Hex, TokenFile::hashOf(text.section(u' ', 2)));
}

void TestHubProcess::checkConfigSaysTheModeAndWarnsAboutPhonesOnAnApiHub()
{
    const QString config = writeConfig("[gateway]\nenabled=true\nauditFile=" + m_dir->filePath(u"audit.jsonl"_s).toUtf8() + "\n");
    QCOMPARE(run({u"--issue-token"_s, u"desk-SIP-1000"_s, u"--role"_s, u"bar"_s, u"--phone"_s, u"SIP/1000"_s, u"--config"_s, config}).exitCode, 0);
    const Run check = run({u"--check-config"_s, u"--config"_s, config});
    QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    QVERIFY2(check.out.contains(u"Mode: gateway"_s), qPrintable(check.out));
    QVERIFY2(check.out.contains(u"warning: 1 tokens are bound to a phone, but the API source"_s), qPrintable(check.out));

    const Run feed = run({u"--check-config"_s, u"--config"_s, writeConfig({})});
    QVERIFY2(feed.out.contains(u"Mode: feed"_s), qPrintable(feed.out));
}

void TestHubProcess::theServiceServesReloadsOnSighupAndStopsOnSigterm()
{
    const QString config = writeConfig({});
    const QString first = issue(u"desk-1"_s, u"bar"_s);
    QProcess hub;
    hub.setProcessChannelMode(QProcess::SeparateChannels);
    hub.start(m_program, {u"--config"_s, config});
    QVERIFY(hub.waitForStarted(10000));
    QString log;
    static const QRegularExpression listening(u"listening on (ws://127\\.0\\.0\\.1:\\d+)"_s);
    QVERIFY(QTest::qWaitFor([&] {
        log += QString::fromUtf8(hub.readAllStandardError());
        return listening.match(log).hasMatch() || hub.state() != QProcess::Running;
    }, 10000));
    const QUrl url(listening.match(log).captured(1));
    QVERIFY2(url.isValid(), qPrintable(log));

    RawHubClient bar;
    bar.open(url, first);
    QVERIFY(bar.waitFor(u"welcome"_s));
    bar.send(HubProtocol::subscribeAgents({u"10000"_s}));
    QVERIFY(bar.waitFor(u"snapshot"_s));

    const QString second = issue(u"desk-2"_s, u"bar"_s);
    RawHubClient early;
    early.open(url, second);
    QVERIFY(early.waitClosed()); // not accepted before a reload
#ifdef Q_OS_UNIX
    ::kill(pid_t(hub.processId()), SIGHUP);
#endif
    QVERIFY(QTest::qWaitFor([&] {
        log += QString::fromUtf8(hub.readAllStandardError());
        return log.contains(u"reloaded: 2 tokens"_s);
    }, 10000));
    RawHubClient later;
    later.open(url, second);
    QVERIFY(later.waitFor(u"welcome"_s));

    QSignalSpy finished(&hub, &QProcess::finished);
    hub.terminate();
    QVERIFY(finished.wait(10000));
    QCOMPARE(hub.exitStatus(), QProcess::NormalExit);
    QCOMPARE(hub.exitCode(), 0);
    QVERIFY(bar.waitClosed());
    QCOMPARE(bar.closeCode(), 1001); // going away
    log += QString::fromUtf8(hub.readAllStandardError());
    QVERIFY(!log.contains(first) && !log.contains(second) && !log.contains(u"1234"_s));
}

void TestHubProcess::theServiceRefusesPlainWsOffLoopback()
{
    const QString config = writeConfig("[hub]\nlisten=0.0.0.0\n");
    const Run refused = run({u"--config"_s, config});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"not a loopback address"_s), qPrintable(refused.err));
}

QTEST_GUILESS_MAIN(TestHubProcess)
#include "TestHubProcess.moc"
