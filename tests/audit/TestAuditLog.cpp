#include "audit/AuditRecorder.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The audit log a supervisor hands to QA: one JSON line per command, every
// field present, rotated at its size limit, and never a password in it.
class TestAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void aLineHoldsEveryField();
    void theTimeIsIso8601WithItsOffset();
    void aFailedCommandIsWrittenAtOnce();
    void aSuccessIsWrittenWhenItsVerdictIsKnown();
    void aCommandStillWaitingIsWrittenAtShutdown();
    void aVerdictAfterAnEarlyLineAddsNoSecondLine();
    void rotatesAtTheSizeLimitKeepingThreeOldFiles();
    void thePathIsInTheApplicationDataFolder();
    void theEchoedPasswordNeverReachesTheLog();
    void readsTheNewestLinesFirst();

private:
    static CommandRecord record(quint64 id, ResultKind kind, Confirmation confirmation, const QString &text);
    QList<QJsonObject> lines() const;
    QString logPath() const { return m_dir->filePath(u"audit.jsonl"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
    const AuditContext m_context{u"Main floor"_s, u"dialer.example.com"_s, u"parkbar"_s};
};

void TestAuditLog::initTestCase()
{
    QCoreApplication::setOrganizationName(u"ParkBar"_s);
    QCoreApplication::setApplicationName(u"ParkBar"_s);
}

void TestAuditLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

CommandRecord TestAuditLog::record(quint64 id, ResultKind kind, Confirmation confirmation, const QString &text)
{
    CommandRecord r;
    r.id = id;
    r.result.agent = u"1000"_s;
    r.result.action = ParkAction::ParkCustomer;
    r.result.answer.kind = kind;
    r.result.answer.text = text;
    r.result.latencyMs = 87;
    r.result.sentAtMs = 1795689177123; // 2026-11-26T10:32:57.123Z
    r.result.reachedServer = true;
    r.confirmation = confirmation;
    r.finished = true;
    return r;
}

QList<QJsonObject> TestAuditLog::lines() const
{
    QList<QJsonObject> result;
    QFile file(logPath());
    if (!file.open(QIODevice::ReadOnly))
        return result;
    const QList<QByteArray> raw = file.readAll().split('\n');
    for (const QByteArray &line : raw) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError)
            qFatal("not JSON: %s", line.constData());
        result.append(document.object());
    }
    return result;
}

void TestAuditLog::aLineHoldsEveryField()
{
    {
        AuditRecorder recorder(logPath());
        recorder.setContext(m_context, u"1234"_s);
        CommandRecord r = record(1, ResultKind::NoLead, Confirmation::NotApplicable,
                                 u"ERROR: agent_user does not have a lead on their screen - 1000"_s);
        recorder.recordFinished(r);
    }
    const QList<QJsonObject> written = lines();
    QCOMPARE(written.size(), 1);
    const QJsonObject line = written.first();
    QCOMPARE(line.keys(), (QStringList{u"agent"_s, u"answer"_s, u"api_user"_s, u"confirmation"_s, u"latency_ms"_s, u"origin"_s,
                                       u"profile"_s, u"result"_s, u"server"_s, u"time"_s, u"value"_s}));
    QCOMPARE(line.value(u"agent"_s).toString(), u"1000"_s);
    QCOMPARE(line.value(u"origin"_s).toString(), u"window"_s);
    QCOMPARE(line.value(u"api_user"_s).toString(), u"parkbar"_s);
    QCOMPARE(line.value(u"value"_s).toString(), u"PARK_CUSTOMER"_s);
    QCOMPARE(line.value(u"result"_s).toString(), u"no_lead"_s);
    QCOMPARE(line.value(u"answer"_s).toString(), u"ERROR: agent_user does not have a lead on their screen - 1000"_s);
    QCOMPARE(line.value(u"latency_ms"_s).toInt(), 87);
    QCOMPARE(line.value(u"confirmation"_s).toString(), u"not_applicable"_s);
    QCOMPARE(line.value(u"server"_s).toString(), u"dialer.example.com"_s);
    QCOMPARE(line.value(u"profile"_s).toString(), u"Main floor"_s);
    QCOMPARE(QDateTime::fromString(line.value(u"time"_s).toString(), Qt::ISODateWithMs).toMSecsSinceEpoch(), 1795689177123);
    // One compact line.
    QFile file(logPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), 1);
}

void TestAuditLog::theTimeIsIso8601WithItsOffset()
{
    const QString text = auditTimestamp(1795689177123);
    QVERIFY2(QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}[+-]\\d\\d:\\d\\d$"_s).match(text).hasMatch(), qPrintable(text));
    QCOMPARE(QDateTime::fromString(text, Qt::ISODateWithMs).toMSecsSinceEpoch(), 1795689177123);
    qputenv("TZ", "UTC");
    QCOMPARE(auditTimestamp(1795689177123), u"2026-11-26T10:32:57.123+00:00"_s);
    qputenv("TZ", "America/Sao_Paulo");
    QCOMPARE(auditTimestamp(1795689177123), u"2026-11-26T07:32:57.123-03:00"_s);
    qunsetenv("TZ");
}

void TestAuditLog::aFailedCommandIsWrittenAtOnce()
{
    AuditRecorder recorder(logPath());
    recorder.setContext(m_context, u"1234"_s);
    recorder.recordFinished(record(1, ResultKind::NotLoggedIn, Confirmation::NotApplicable, u"ERROR: agent_user is not logged in - 1000"_s));
    QCOMPARE(lines().size(), 1); // flushed per line, before the recorder goes away
    QCOMPARE(recorder.pendingCount(), 0);
}

void TestAuditLog::aSuccessIsWrittenWhenItsVerdictIsKnown()
{
    AuditRecorder recorder(logPath());
    recorder.setContext(m_context, u"1234"_s);
    CommandRecord r = record(7, ResultKind::Success, Confirmation::Waiting, u"SUCCESS: park_call function set - PARK_CUSTOMER|1000"_s);
    recorder.recordFinished(r);
    QCOMPARE(lines().size(), 0);
    QCOMPARE(recorder.pendingCount(), 1);
    // The window switches profile meanwhile: the line keeps where it was sent.
    recorder.setContext({u"Other"_s, u"other.example.com"_s, u"other"_s}, u"x"_s);
    r.confirmation = Confirmation::Confirmed;
    recorder.recordSettled(r);
    const QList<QJsonObject> written = lines();
    QCOMPARE(written.size(), 1);
    QCOMPARE(written.first().value(u"confirmation"_s).toString(), u"confirmed"_s);
    QCOMPARE(written.first().value(u"result"_s).toString(), u"success"_s);
    QCOMPARE(written.first().value(u"server"_s).toString(), u"dialer.example.com"_s);
    QCOMPARE(recorder.pendingCount(), 0);
}

void TestAuditLog::aCommandStillWaitingIsWrittenAtShutdown()
{
    {
        AuditRecorder recorder(logPath());
        recorder.setContext(m_context, u"1234"_s);
        recorder.recordFinished(record(3, ResultKind::Success, Confirmation::Waiting, u"SUCCESS: park_call function set - PARK_CUSTOMER|1000"_s));
        QCOMPARE(lines().size(), 0);
    }
    const QList<QJsonObject> written = lines();
    QCOMPARE(written.size(), 1);
    QCOMPARE(written.first().value(u"confirmation"_s).toString(), u"waiting"_s);
}

void TestAuditLog::aVerdictAfterAnEarlyLineAddsNoSecondLine()
{
    AuditRecorder recorder(logPath());
    recorder.setContext(m_context, u"1234"_s);
    CommandRecord r = record(4, ResultKind::Timeout, Confirmation::Unknown, u"No answer within 5000 ms."_s);
    recorder.recordFinished(r);
    recorder.recordSettled(r);
    QCOMPARE(lines().size(), 1);
    QCOMPARE(lines().first().value(u"confirmation"_s).toString(), u"unknown"_s);
}

void TestAuditLog::rotatesAtTheSizeLimitKeepingThreeOldFiles()
{
    AuditRecorder recorder(logPath());
    recorder.setContext(m_context, u"1234"_s);
    const qint64 limit = 2000;
    recorder.setMaxBytes(limit);
    const QString text(300, u'x');
    for (quint64 id = 1; id <= 60; ++id)
        recorder.recordFinished(record(id, ResultKind::NoLead, Confirmation::NotApplicable, text));
    QVERIFY(QFileInfo(logPath()).size() <= limit);
    for (int n = 1; n <= 3; ++n) {
        const QFileInfo rotated(m_dir->filePath(u"audit.%1.jsonl"_s.arg(n)));
        QVERIFY2(rotated.exists(), qPrintable(rotated.fileName()));
        QVERIFY(rotated.size() <= limit);
        QVERIFY(rotated.size() > limit / 2);
    }
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"audit.4.jsonl"_s)));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).size(), 4);
    // Whole lines only: every file parses line by line.
    const QList<QJsonObject> recent = AuditLog::readRecent(logPath(), 1000);
    QVERIFY(recent.size() > 4);
    QVERIFY(recent.size() < 60); // the oldest are gone
}

void TestAuditLog::thePathIsInTheApplicationDataFolder()
{
    const QString path = AuditLog::defaultPath();
    QCOMPARE(QFileInfo(path).fileName(), u"audit.jsonl"_s);
    QCOMPARE(QFileInfo(path).absolutePath(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    QVERIFY(path.contains(u"ParkBar"_s));
    QCOMPARE(AuditRecorder().path(), path);
}

void TestAuditLog::theEchoedPasswordNeverReachesTheLog()
{
    const QString echo = u"ERROR: Invalid Username/Password: |6666|wrongpass|0|1|BAD|0|api|SELECT count(*) from vicidial_users "
                         "where user='6666' and pass='wrongpass' and user_level > 0 and active='Y';|"_s;
    {
        AuditRecorder recorder(logPath());
        recorder.setContext(m_context, u"wrongpass"_s);
        // Even if an unredacted answer slipped through upstream.
        recorder.recordFinished(record(1, ResultKind::BadCredentials, Confirmation::NotApplicable, echo));
        recorder.recordFinished(record(2, ResultKind::Unrecognised, Confirmation::NotApplicable, u"Contraseña wrongpass incorrecta"_s));
        // A password the context does not know is still blanked in the echo formats.
        recorder.setContext(m_context, u"other"_s);
        recorder.recordFinished(record(3, ResultKind::BadCredentials, Confirmation::NotApplicable, echo));
    }
    QFile file(logPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QCOMPARE(content.count('\n'), 3);
    QVERIFY2(!content.contains("wrongpass"), content.constData());
    QVERIFY(content.contains("Invalid Username/Password: |6666|********|"));
}

void TestAuditLog::readsTheNewestLinesFirst()
{
    AuditRecorder recorder(logPath());
    recorder.setContext(m_context, u"1234"_s);
    for (quint64 id = 1; id <= 5; ++id) {
        CommandRecord r = record(id, ResultKind::NoLead, Confirmation::NotApplicable, u"line %1"_s.arg(id));
        recorder.recordFinished(r);
    }
    const QList<QJsonObject> recent = AuditLog::readRecent(logPath(), 3);
    QCOMPARE(recent.size(), 3);
    QCOMPARE(recent.at(0).value(u"answer"_s).toString(), u"line 5"_s);
    QCOMPARE(recent.at(2).value(u"answer"_s).toString(), u"line 3"_s);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
