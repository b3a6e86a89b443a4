#include "settings/CredentialStore.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// A keychain that never answers (a session bus that accepts and stays
// silent, as a keyring waiting on an unseen prompt does) must not leave
// ParkBar waiting: after the timeout the password is kept in memory.
class TestCredentialTimeout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aSilentKeychainFallsBackToMemoryAfterTheTimeout();

private:
    QTemporaryDir m_dir;
    QLocalServer m_silentBus;
    QList<QLocalSocket *> m_held;
};

void TestCredentialTimeout::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString socket = m_dir.filePath(u"bus"_s);
    QVERIFY(m_silentBus.listen(socket));
    connect(&m_silentBus, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *connection = m_silentBus.nextPendingConnection())
            m_held.append(connection); // read nothing, answer nothing
    });
    qputenv("DBUS_SESSION_BUS_ADDRESS", (u"unix:path="_s + socket).toLocal8Bit());
    qunsetenv("DISPLAY");
    qunsetenv("PARKBAR_PASSWORD");
}

void TestCredentialTimeout::aSilentKeychainFallsBackToMemoryAfterTheTimeout()
{
    CredentialStore::Options options;
    options.timeoutMs = 500;
    CredentialStore store(options);
    QSignalSpy backendChanged(&store, &CredentialStore::backendChanged);
    std::optional<PasswordLookup> lookup;
    QObject context;
    store.readPassword(u"parkbar@dialer.example.com"_s, &context, [&lookup](const PasswordLookup &result) { lookup = result; });
    QTRY_VERIFY_WITH_TIMEOUT(lookup.has_value(), 10000);
    QCOMPARE(lookup->status, PasswordLookup::Status::Unavailable);
    QCOMPARE(lookup->message, CredentialStore::noKeychainExplanation());
    QCOMPARE(store.backend(), CredentialStore::Backend::MemoryOnly);
    QCOMPARE(backendChanged.size(), 1);

    // The person types it once; it is kept for the run, without the keychain.
    std::optional<PasswordWriteResult> written;
    store.writePassword(u"parkbar@dialer.example.com"_s, u"typed-once"_s, &context,
                        [&written](const PasswordWriteResult &result) { written = result; });
    QTRY_VERIFY(written.has_value());
    QVERIFY(!written->savedToKeychain);
    QCOMPARE(store.cachedPassword(u"parkbar@dialer.example.com"_s), std::optional<QString>(u"typed-once"_s));
}

QTEST_GUILESS_MAIN(TestCredentialTimeout)
#include "TestCredentialTimeout.moc"
