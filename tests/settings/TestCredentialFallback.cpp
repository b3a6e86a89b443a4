#include "audit/AuditRecorder.h"
#include "settings/CredentialStore.h"
#include "settings/SettingsStore.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Without a usable keychain, a password is kept in memory for the run and
// written nowhere; the person is told why in plain words.
class TestCredentialFallback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void withoutAKeychainThePasswordStaysInMemoryOnly();
    void aNewRunHasToAskAgain();
    void nothingOnDiskHoldsThePassword();
    void theEnvironmentVariableAnswersEveryRead();
    void aStoreToldNotToUseTheKeychainNeverTouchesIt();

private:
    static PasswordLookup read(CredentialStore &store, const QString &key);
    static PasswordWriteResult write(CredentialStore &store, const QString &key, const QString &password);

    QTemporaryDir m_home;
    const QString m_password = u"Fallback-Secret_42"_s;
};

void TestCredentialFallback::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Our own folders, so the scan below sees everything this test wrote.
    qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toLocal8Bit());
    qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", m_home.filePath(u"cache"_s).toLocal8Bit());
    qputenv("HOME", m_home.path().toLocal8Bit());
    // No Secret Service: a session bus that does not exist.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/parkbar-test-bus");
    qunsetenv("DISPLAY");
    qunsetenv("PARKBAR_PASSWORD");
    QCoreApplication::setOrganizationName(u"ParkBar"_s);
    QCoreApplication::setApplicationName(u"ParkBar"_s);
}

PasswordLookup TestCredentialFallback::read(CredentialStore &store, const QString &key)
{
    std::optional<PasswordLookup> result;
    QObject context;
    store.readPassword(key, &context, [&result](const PasswordLookup &lookup) { result = lookup; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 15000))
        return {PasswordLookup::Status::Unavailable, PasswordLookup::Source::None, {}, u"no answer"_s};
    return *result;
}

PasswordWriteResult TestCredentialFallback::write(CredentialStore &store, const QString &key, const QString &password)
{
    std::optional<PasswordWriteResult> result;
    QObject context;
    store.writePassword(key, password, &context, [&result](const PasswordWriteResult &written) { result = written; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 15000))
        return {false, u"no answer"_s};
    return *result;
}

void TestCredentialFallback::withoutAKeychainThePasswordStaysInMemoryOnly()
{
    CredentialStore store;
    QSignalSpy backendChanged(&store, &CredentialStore::backendChanged);
    const PasswordWriteResult written = write(store, u"parkbar@dialer.example.com"_s, m_password);
    QVERIFY(!written.savedToKeychain);
    QCOMPARE(written.message, CredentialStore::noKeychainExplanation());
    QVERIFY(written.message.contains(u"ask for the password each time it starts"_s));
    QCOMPARE(store.backend(), CredentialStore::Backend::MemoryOnly);
    QCOMPARE(backendChanged.size(), 1);
    QCOMPARE(store.storageDescription(), CredentialStore::noKeychainExplanation());

    const PasswordLookup lookup = read(store, u"parkbar@dialer.example.com"_s);
    QVERIFY(lookup.found());
    QCOMPARE(lookup.source, PasswordLookup::Source::Memory);
    QCOMPARE(lookup.password, m_password);
    QCOMPARE(store.cachedPassword(u"parkbar@dialer.example.com"_s), std::optional<QString>(m_password));
}

void TestCredentialFallback::aNewRunHasToAskAgain()
{
    CredentialStore nextRun;
    const PasswordLookup lookup = read(nextRun, u"parkbar@dialer.example.com"_s);
    QCOMPARE(lookup.status, PasswordLookup::Status::Unavailable);
    QVERIFY(lookup.password.isEmpty());
    QCOMPARE(lookup.message, CredentialStore::noKeychainExplanation());
}

void TestCredentialFallback::nothingOnDiskHoldsThePassword()
{
    // Everything a run writes: the settings, the audit log, the keychain attempt.
    SettingsStore settings;
    QVERIFY(settings.setProfileValue(settings.activeProfileId(), Setting::ApiUser, u"parkbar"_s));
    QVERIFY(settings.save());
    QVERIFY(settings.userFileName().startsWith(m_home.path()));
    {
        AuditRecorder recorder;
        recorder.setContext({u"Default"_s, u"dialer.example.com"_s, u"parkbar"_s}, m_password);
        CommandRecord record;
        record.result.agent = u"1000"_s;
        record.result.answer.kind = ResultKind::BadCredentials;
        record.result.answer.text = u"ERROR: Invalid Username/Password: |parkbar|"_s + m_password + u"|0|1|BAD|"_s;
        recorder.recordFinished(record);
        QVERIFY(recorder.path().startsWith(m_home.path()));
    }
    CredentialStore store;
    QCOMPARE(write(store, u"parkbar@dialer.example.com"_s, m_password).savedToKeychain, false);

    int files = 0;
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(!content.contains(m_password.toUtf8()), qPrintable(file.fileName()));
        ++files;
    }
    QVERIFY(files >= 2); // the settings file and the audit log were scanned
}

void TestCredentialFallback::theEnvironmentVariableAnswersEveryRead()
{
    qputenv("PARKBAR_PASSWORD", "from-the-environment");
    CredentialStore store;
    const PasswordLookup lookup = read(store, u"anyone@anywhere"_s);
    qunsetenv("PARKBAR_PASSWORD");
    QVERIFY(lookup.found());
    QCOMPARE(lookup.source, PasswordLookup::Source::Environment);
    QCOMPARE(lookup.password, u"from-the-environment"_s);
    QVERIFY(!lookup.message.contains(lookup.password));
}

void TestCredentialFallback::aStoreToldNotToUseTheKeychainNeverTouchesIt()
{
    CredentialStore::Options options;
    options.useKeychain = false;
    CredentialStore store(options);
    QCOMPARE(store.backend(), CredentialStore::Backend::MemoryOnly);
    QCOMPARE(read(store, u"k"_s).status, PasswordLookup::Status::Unavailable);
    QVERIFY(!write(store, u"k"_s, u"p"_s).savedToKeychain);
    QCOMPARE(read(store, u"k"_s).password, u"p"_s);
}

QTEST_GUILESS_MAIN(TestCredentialFallback)
#include "TestCredentialFallback.moc"
