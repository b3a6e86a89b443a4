#include "MariaDbServer.h"
#include "WireCalls.h"

#include "hub/DatabaseFloorSource.h"
#include "vicidial/AgentTableParser.h"
#include "vicidial/Redactor.h"
#include "vicidial/WireClient.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// parkbar-sim --mirror-db, as the hub's end-to-end tests and an
// administrator trying the hub start it: the floor it serves is the floor
// in the database.
class TestSimMirrorProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void theProgramsFloorIsInTheDatabase();
    void anUnreadablePasswordFileIsRefused();

private:
    QString m_program;
    std::unique_ptr<MariaDbServer> m_server;
};

void TestSimMirrorProcess::initTestCase()
{
    const QDir buildDir(QCoreApplication::applicationDirPath() + u"/.."_s);
    m_program = buildDir.absoluteFilePath(u"parkbar-sim"_s);
    QVERIFY2(QFileInfo(m_program).isExecutable(), qPrintable(u"parkbar-sim not found at "_s + m_program));
    m_server = std::make_unique<MariaDbServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestSimMirrorProcess::cleanupTestCase()
{
    m_server.reset();
}

void TestSimMirrorProcess::theProgramsFloorIsInTheDatabase()
{
    QTemporaryDir secrets;
    const SimDatabaseMirror::Connection admin = m_server->adminConnection();
    QFile passwordFile(secrets.filePath(u"mirror-password"_s));
    QVERIFY(passwordFile.open(QIODevice::WriteOnly));
    passwordFile.write(admin.password.toUtf8() + '\n');
    passwordFile.close();

    QProcess sim;
    sim.start(m_program, {u"--scenario"_s, u"floor"_s, u"--agents"_s, u"60"_s, u"--mirror-db"_s, admin.database, u"--mirror-db-port"_s,
                          QString::number(admin.port), u"--mirror-db-user"_s, admin.user, u"--mirror-db-password-file"_s,
                          passwordFile.fileName()});
    QVERIFY(sim.waitForStarted(10000));
    QStringList lines;
    while (lines.size() < 2 && sim.state() == QProcess::Running) {
        if (!sim.canReadLine() && !sim.waitForReadyRead(20000))
            break;
        while (sim.canReadLine())
            lines.append(QString::fromUtf8(sim.readLine()).trimmed());
    }
    QVERIFY2(lines.size() == 2, qPrintable(lines.join(u'\n') + QString::fromUtf8(sim.readAllStandardError())));
    const QRegularExpressionMatch url = QRegularExpression(u"^parkbar-sim listening on (http://127\\.0\\.0\\.1:\\d+)$"_s).match(lines.at(0));
    QVERIFY(url.hasMatch());
    QCOMPARE(lines.at(1), u"parkbar-sim mirroring the floor into the database asterisk"_s);

    WireClient wire(WireCalls::configFor(QUrl(url.captured(1))));
    const WireResponse response = WireCalls::sendAndWait(wire, ApiRequest::loggedInAgents({}, {}));
    const QList<AgentSnapshot> api = parseLoggedInAgents(response.body, Redactor(u"1234"_s)).agents;
    QCOMPARE(api.size(), 60);

    DatabaseFloorSource source(m_server->readOnlyOptions());
    QSignalSpy ready(&source, &FloorSource::readingReady);
    source.read();
    QVERIFY(ready.wait(20000));
    const QList<AgentSnapshot> database = ready.first().first().value<FloorReading>().agents;
    QCOMPARE(database.size(), api.size());
    for (qsizetype i = 0; i < api.size(); ++i) {
        AgentSnapshot read = database.at(i);
        QCOMPARE(read.extension, u"SIP/"_s + read.user);
        read.extension.clear();
        read.parkedAtMs = 0;
        read.inParkIvr.reset();
        QCOMPARE(read, api.at(i));
    }

    sim.terminate();
    QVERIFY(sim.waitForFinished(10000));
    const QByteArray everything = sim.readAll() + sim.readAllStandardError();
    QVERIFY(!everything.contains(admin.password.toUtf8()));
}

void TestSimMirrorProcess::anUnreadablePasswordFileIsRefused()
{
    QProcess sim;
    sim.start(m_program, {u"--mirror-db"_s, u"asterisk"_s, u"--mirror-db-password-file"_s, u"/nonexistent/parkbar-password"_s});
    QVERIFY(sim.waitForFinished(10000));
    QCOMPARE(sim.exitCode(), 2);
    QVERIFY(sim.readAllStandardError().contains("password file"));
}

QTEST_GUILESS_MAIN(TestSimMirrorProcess)
#include "TestSimMirrorProcess.moc"
