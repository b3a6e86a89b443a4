#include "settings/CredentialStore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// PARKBAR_PASSWORD is read once and leaves the environment: a program
// ParkBar starts (a file manager from the audit log) never inherits it,
// while ParkBar itself still answers password reads with it, and only those.
class TestEnvironmentPassword : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theVariableIsReadOnceAndRemoved();
    void programsStartedLaterDoNotInheritIt();
    void itAnswersPasswordReadsButNoOtherSecret();

private:
    static PasswordLookup read(CredentialStore &store, bool password);
};

PasswordLookup TestEnvironmentPassword::read(CredentialStore &store, bool password)
{
    PasswordLookup result;
    bool done = false;
    auto callback = [&](const PasswordLookup &lookup) {
        result = lookup;
        done = true;
    };
    if (password)
        store.readPassword(u"6666@dialer.example.com"_s, &store, callback);
    else
        store.readSecret(u"proxy:127.0.0.1:3128"_s, &store, callback);
    if (!QTest::qWaitFor([&done] { return done; }, 5000))
        result.message = u"no answer"_s;
    return result;
}

void TestEnvironmentPassword::theVariableIsReadOnceAndRemoved()
{
    qputenv("PARKBAR_PASSWORD", "from-the-environment");
    QCOMPARE(CredentialStore::takeEnvironmentPassword(), std::optional<QString>(u"from-the-environment"_s));
    QVERIFY(!qEnvironmentVariableIsSet("PARKBAR_PASSWORD"));
    QCOMPARE(CredentialStore::environmentPassword(), std::optional<QString>(u"from-the-environment"_s));
}

void TestEnvironmentPassword::programsStartedLaterDoNotInheritIt()
{
    QProcess env;
    env.start(u"env"_s, {});
    QVERIFY(env.waitForFinished(10000));
    const QByteArray inherited = env.readAllStandardOutput();
    QVERIFY(inherited.contains("PATH="));
    QVERIFY(!inherited.contains("PARKBAR_PASSWORD"));
    QVERIFY(!inherited.contains("from-the-environment"));
}

void TestEnvironmentPassword::itAnswersPasswordReadsButNoOtherSecret()
{
    CredentialStore::Options options;
    options.useKeychain = false;
    CredentialStore store(options);
    const PasswordLookup password = read(store, true);
    QVERIFY(password.found());
    QCOMPARE(password.source, PasswordLookup::Source::Environment);
    QCOMPARE(password.password, u"from-the-environment"_s);
    const PasswordLookup proxy = read(store, false);
    QVERIFY(!proxy.found());
}

QTEST_GUILESS_MAIN(TestEnvironmentPassword)
#include "TestEnvironmentPassword.moc"
