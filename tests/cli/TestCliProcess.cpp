#include "FixtureFiles.h"
#include "ForwardProxy.h"
#include "ScriptedVicidial.h"
#include "settings/SettingsStore.h"
#include "vicidial/TlsPins.h"

#include <QDir>
#include <QFile>
#include <QHostInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kSelfSignedKeyPin = u"sha256//ZnXivGxG9jUk4nYLapUSNJHMs8PC+hyaX33QvLaqqhM="_s;
} // namespace

// The parkbar program itself on the command line, with a saved profile in
// its own settings folder, against scripted servers in this process: what a
// person types and reads.
class TestCliProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void theSavedProfileWithAPinReachesATlsServer();
    void aOneOffPinOverridesTheSavedOne();
    void profilePicksAnotherSavedProfile();
    void aSchemelessServerIsRefusedWithBothForms();
    void plainHttpSaysOnceThatThePasswordTravelsUnencrypted();
    void controlCharactersFromTheServerAreRemoved();
    void sendIsWrittenToTheAuditLogAsFromTheCommandLine();
    void statusReachesTheServerThroughAProxy();
    void aProxyAskingForCredentialsSaysWhatIsMissing();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &arguments, const QString &password = u"1234"_s);
    // Saves a profile (the first one saved is the one in use) and returns its id.
    QString saveProfile(const QString &name, const QUrl &url, const QString &pins = {}, const QString &proxy = {});
    QString userSettingsFile() const { return m_home.filePath(u"config/ParkBar/ParkBar.conf"_s); }
    // The machine's own host name, when it resolves to loopback; empty otherwise.
    static QString loopbackHostName();

    QString m_program;
    QTemporaryDir m_home;
    int m_profilesSaved = 0;
    std::unique_ptr<ScriptedVicidial> m_server;
};

void TestCliProcess::initTestCase()
{
    // The test binaries live in build/tests/, the program in build/.
    m_program = QDir(QCoreApplication::applicationDirPath() + u"/.."_s).absoluteFilePath(u"parkbar"_s);
    QVERIFY2(QFileInfo(m_program).isExecutable(), qPrintable(u"parkbar not found at "_s + m_program));
}

void TestCliProcess::init()
{
    QVERIFY(m_home.isValid());
    QDir(m_home.path()).removeRecursively();
    QVERIFY(QDir().mkpath(m_home.filePath(u"config/ParkBar"_s)));
    QVERIFY(QDir().mkpath(m_home.filePath(u"etc/ParkBar"_s)));
    m_server = std::make_unique<ScriptedVicidial>();
    m_profilesSaved = 0;
}

void TestCliProcess::cleanup()
{
    m_server.reset();
}

TestCliProcess::Run TestCliProcess::run(const QStringList &arguments, const QString &password)
{
    QProcessEnvironment environment;
    environment.insert(u"PATH"_s, qEnvironmentVariable("PATH"));
    environment.insert(u"HOME"_s, m_home.path());
    environment.insert(u"LANG"_s, u"C.UTF-8"_s);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    environment.insert(u"XDG_CONFIG_DIRS"_s, m_home.filePath(u"etc"_s));
    environment.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
    // No keychain: its lookups fail at once instead of waiting on a prompt.
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent"_s);
    if (qEnvironmentVariableIsSet("PARKBAR_TEST_CHILD_LOG"))
        environment.insert(u"QT_LOGGING_RULES"_s, u"parkbar.*=true"_s);
    for (const char *name : {"ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"}) {
        if (qEnvironmentVariableIsSet(name))
            environment.insert(QString::fromLatin1(name), qEnvironmentVariable(name));
    }
    if (!password.isEmpty())
        environment.insert(u"PARKBAR_PASSWORD"_s, password);
    QProcess process;
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(m_program, arguments);
    Run result;
    if (!finished.wait(30000)) { // the scripted servers answer from this event loop
        process.kill();
        process.waitForFinished();
        result.err = QString::fromUtf8(process.readAllStandardError());
        qWarning() << "parkbar did not finish:" << result.err;
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString TestCliProcess::saveProfile(const QString &name, const QUrl &url, const QString &pins, const QString &proxy)
{
    SettingsStore store({userSettingsFile(), m_home.filePath(u"etc/ParkBar/ParkBar.conf"_s)});
    // The first profile saved is the one every settings file starts with, and the one in use.
    QString id = m_profilesSaved++ == 0 ? store.profiles().first().id : store.addProfile(name);
    store.renameProfile(id, name);
    store.setProfileValue(id, Setting::ServerUrl, url.toString());
    store.setProfileValue(id, Setting::ApiUser, u"6666"_s);
    store.setProfileValue(id, Setting::AgentUser, u"1000"_s);
    store.setProfileValue(id, Setting::TlsPinnedSha256, pins);
    if (!proxy.isEmpty())
        store.setProfileValue(id, Setting::Proxy, proxy);
    if (!store.save())
        qWarning() << "cannot save" << store.lastError();
    return id;
}

QString TestCliProcess::loopbackHostName()
{
    const QString name = QHostInfo::localHostName();
    for (const QHostAddress &address : QHostInfo::fromName(name).addresses()) {
        if (address.isLoopback())
            return name;
    }
    return {};
}

void TestCliProcess::theSavedProfileWithAPinReachesATlsServer()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("This Qt has no TLS backend.");
    QVERIFY(m_server->startTls(testDataPath(u"tls/selfsigned.pem"_s), testDataPath(u"tls/selfsigned.key"_s)));
    saveProfile(u"Main"_s, m_server->baseUrl(), kSelfSignedKeyPin);
    const Run status = run({u"--status"_s});
    QCOMPARE(status.err, QString());
    QCOMPARE(status.exitCode, 0);
    QCOMPARE(status.out.section(u'\n', 0, 0), u"agent 1000: INCALL, no sub status, lead 12345, campaign TESTCAMP"_s);
    QCOMPARE(m_server->count(u"agent_status"_s), 1);
}

void TestCliProcess::aOneOffPinOverridesTheSavedOne()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("This Qt has no TLS backend.");
    QVERIFY(m_server->startTls(testDataPath(u"tls/selfsigned.pem"_s), testDataPath(u"tls/selfsigned.key"_s)));
    saveProfile(u"Main"_s, m_server->baseUrl()); // no pin saved: refused
    const Run refused = run({u"--status"_s});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains(kSelfSignedKeyPin), qPrintable(refused.err)); // what to pin, said at once
    QCOMPARE(m_server->count(u"agent_status"_s), 0);
    const Run pinned = run({u"--status"_s, u"--pin"_s, kSelfSignedKeyPin});
    QCOMPARE(pinned.exitCode, 0);
}

void TestCliProcess::profilePicksAnotherSavedProfile()
{
    QVERIFY(m_server->start());
    QTcpServer dead;
    QVERIFY(dead.listen(QHostAddress::LocalHost));
    QUrl nowhere(u"https://127.0.0.1"_s);
    nowhere.setPort(dead.serverPort());
    dead.close();
    saveProfile(u"Day"_s, nowhere);
    saveProfile(u"Night shift"_s, m_server->baseUrl());
    const Run night = run({u"--status"_s, u"--profile"_s, u"Night shift"_s});
    QCOMPARE(night.exitCode, 0);
    QVERIFY(night.out.startsWith(u"agent 1000: "_s));
    const Run unknown = run({u"--status"_s, u"--profile"_s, u"Evening"_s});
    QCOMPARE(unknown.exitCode, 2);
    QCOMPARE(unknown.err, u"--profile: no saved profile is called \"Evening\". Saved profiles: Day, Night shift.\n"_s);
    const Run day = run({u"--status"_s});
    QCOMPARE(day.exitCode, 3); // the profile in use, unreachable
}

void TestCliProcess::aSchemelessServerIsRefusedWithBothForms()
{
    const Run refused = run({u"--status"_s, u"--server"_s, u"dialer.example.com"_s, u"--user"_s, u"6666"_s, u"--agent"_s, u"1000"_s});
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(refused.out, QString());
    QVERIFY2(refused.err.contains(u"https://dialer.example.com"_s) && refused.err.contains(u"http://dialer.example.com"_s),
             qPrintable(refused.err));
}

void TestCliProcess::plainHttpSaysOnceThatThePasswordTravelsUnencrypted()
{
    QVERIFY(m_server->start());
    const Run status = run({u"--status"_s, u"--server"_s, m_server->baseUrl().toString(), u"--user"_s, u"6666"_s, u"--agent"_s, u"1000"_s});
    QCOMPARE(status.exitCode, 0);
    QCOMPARE(status.err, u"Warning: %1 is plain http, so the API password travels unencrypted; use https:// if the server "
                         "offers it.\n"_s.arg(m_server->baseUrl().toString()));
}

void TestCliProcess::controlCharactersFromTheServerAreRemoved()
{
    QVERIFY(m_server->start());
    // Escape sequences that would retitle and clear a terminal.
    m_server->agent.campaign = u"TEST\x1b]0;owned\x07\x1b[2J\tX\x9b"_s;
    saveProfile(u"Main"_s, m_server->baseUrl());
    const Run status = run({u"--status"_s});
    QCOMPARE(status.exitCode, 0);
    for (const QChar c : status.out) {
        const char16_t code = c.unicode();
        QVERIFY2(code == u'\n' || (code >= 0x20 && code != 0x7f && !(code >= 0x80 && code <= 0x9f)),
                 qPrintable(u"control character %1 in the output"_s.arg(int(code))));
    }
    QVERIFY2(status.out.contains(u"campaign TEST]0;owned[2J X\n"_s), qPrintable(status.out));
}

void TestCliProcess::sendIsWrittenToTheAuditLogAsFromTheCommandLine()
{
    QVERIFY(m_server->start());
    m_server->script.screenActsAfterMs = 0;
    saveProfile(u"Main"_s, m_server->baseUrl());
    const Run sent = run({u"--send"_s, u"PARK_CUSTOMER"_s, u"--confirm"_s});
    QCOMPARE(sent.exitCode, 0);
    QVERIFY(sent.out.startsWith(u"answer: SUCCESS: park_call function set - PARK_CUSTOMER|1000\n"_s));
    QFile audit(m_home.filePath(u"data/ParkBar/ParkBar/audit.jsonl"_s));
    QVERIFY2(audit.open(QIODevice::ReadOnly), qPrintable(audit.fileName()));
    const QByteArray content = audit.readAll();
    QVERIFY(!content.contains("1234"));
    const QList<QByteArray> lines = content.trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    const QJsonObject line = QJsonDocument::fromJson(lines.first()).object();
    QCOMPARE(line.value(u"origin"_s).toString(), u"cli"_s);
    QCOMPARE(line.value(u"profile"_s).toString(), u"Main"_s);
    QCOMPARE(line.value(u"value"_s).toString(), u"PARK_CUSTOMER"_s);
    QCOMPARE(line.value(u"result"_s).toString(), u"success"_s);
    QCOMPARE(line.value(u"confirmation"_s).toString(), u"confirmed"_s);
    QCOMPARE(m_server->count(u"park_call"_s), 1);
}

void TestCliProcess::statusReachesTheServerThroughAProxy()
{
    const QString host = loopbackHostName();
    if (host.isEmpty())
        QSKIP("This machine's host name does not resolve to a loopback address.");
    QVERIFY(m_server->start());
    QTcpServer dead;
    QVERIFY(dead.listen(QHostAddress::LocalHost));
    ForwardProxy proxy;
    QVERIFY(proxy.start());
    proxy.addRoute(u"%1:%2"_s.arg(host).arg(dead.serverPort()), quint16(m_server->baseUrl().port()));
    QUrl url(u"http://"_s + host);
    url.setPort(dead.serverPort());
    saveProfile(u"Main"_s, url, {}, proxy.address());
    const Run status = run({u"--status"_s});
    QCOMPARE(status.exitCode, 0);
    QVERIFY(status.out.startsWith(u"agent 1000: "_s));
    QVERIFY(proxy.count("POST") >= 1);
    QCOMPARE(m_server->count(u"agent_status"_s), 1);
}

void TestCliProcess::aProxyAskingForCredentialsSaysWhatIsMissing()
{
    const QString host = loopbackHostName();
    if (host.isEmpty())
        QSKIP("This machine's host name does not resolve to a loopback address.");
    QVERIFY(m_server->start());
    QTcpServer dead;
    QVERIFY(dead.listen(QHostAddress::LocalHost));
    ForwardProxy proxy;
    QVERIFY(proxy.start());
    proxy.requireCredentials(u"desk7"_s, u"proxy-secret"_s);
    proxy.addRoute(u"%1:%2"_s.arg(host).arg(dead.serverPort()), quint16(m_server->baseUrl().port()));
    QUrl url(u"http://"_s + host);
    url.setPort(dead.serverPort());
    saveProfile(u"Main"_s, url, {}, proxy.address());
    const Run status = run({u"--status"_s});
    QCOMPARE(status.exitCode, 4);
    QVERIFY2(status.err.contains(u"The proxy 127.0.0.1:%1 asks for a user name and password."_s.arg(proxy.port())), qPrintable(status.err));
    QVERIFY2(status.err.contains(u"keychain"_s), qPrintable(status.err));
    QCOMPARE(m_server->count(u"agent_status"_s), 0);
}

QTEST_GUILESS_MAIN(TestCliProcess)
#include "TestCliProcess.moc"
