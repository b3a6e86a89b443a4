#include "settings/CredentialStore.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Passwords in a real Secret Service (gnome-keyring in a private D-Bus
// session; see tests/support/with-test-keyring.sh). Skipped, saying why,
// where no Secret Service answers.
class TestCredentialKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void thePasswordIsReadBackByTheNextRun();
    void aMissingEntryIsNotFoundNotUnavailable();
    void aRemovedPasswordIsGone();

private:
    static CredentialStore::Options options();
    static PasswordLookup read(CredentialStore &store, const QString &key);
    static PasswordWriteResult write(CredentialStore &store, const QString &key, const QString &password);

    const QString m_key = u"parkbar@keychain-test.invalid"_s;
    const QString m_password = u"Keychain-Secret_7"_s;
};

CredentialStore::Options TestCredentialKeychain::options()
{
    CredentialStore::Options options;
    options.service = u"ParkBar-test"_s;
    options.timeoutMs = 10000;
    return options;
}

PasswordLookup TestCredentialKeychain::read(CredentialStore &store, const QString &key)
{
    std::optional<PasswordLookup> result;
    QObject context;
    store.readPassword(key, &context, [&result](const PasswordLookup &lookup) { result = lookup; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
        qWarning("the keychain did not answer in 20 s");
    return result.value_or(PasswordLookup{PasswordLookup::Status::Unavailable, {}, {}, u"no answer"_s});
}

PasswordWriteResult TestCredentialKeychain::write(CredentialStore &store, const QString &key, const QString &password)
{
    std::optional<PasswordWriteResult> result;
    QObject context;
    store.writePassword(key, password, &context, [&result](const PasswordWriteResult &written) { result = written; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
        qWarning("the keychain did not answer in 20 s");
    return result.value_or(PasswordWriteResult{false, u"no answer"_s});
}

void TestCredentialKeychain::initTestCase()
{
    qunsetenv("PARKBAR_PASSWORD");
    if (qEnvironmentVariableIsSet("DISPLAY"))
        QSKIP("DISPLAY is set: a locked keyring could prompt and hang. Run through tests/support/with-test-keyring.sh.");
    CredentialStore store(options());
    const PasswordWriteResult written = write(store, m_key, m_password);
    if (!written.savedToKeychain)
        QSKIP(qPrintable(u"No Secret Service is available here (%1)"_s.arg(written.message)));
    QCOMPARE(store.backend(), CredentialStore::Backend::Keychain);
}

void TestCredentialKeychain::thePasswordIsReadBackByTheNextRun()
{
    CredentialStore nextRun(options()); // empty memory: only the keychain can answer
    const PasswordLookup lookup = read(nextRun, m_key);
    QVERIFY2(lookup.found(), qPrintable(lookup.message));
    QCOMPARE(lookup.source, PasswordLookup::Source::Keychain);
    QCOMPARE(lookup.password, m_password);
}

void TestCredentialKeychain::aMissingEntryIsNotFoundNotUnavailable()
{
    CredentialStore store(options());
    const PasswordLookup lookup = read(store, u"nobody@keychain-test.invalid"_s);
    QCOMPARE(lookup.status, PasswordLookup::Status::NotFound);
    QCOMPARE(store.backend(), CredentialStore::Backend::Keychain);
}

void TestCredentialKeychain::aRemovedPasswordIsGone()
{
    CredentialStore store(options());
    std::optional<PasswordWriteResult> removed;
    QObject context;
    store.removePassword(m_key, &context, [&removed](const PasswordWriteResult &result) { removed = result; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20000);
    QVERIFY(removed->savedToKeychain);
    CredentialStore nextRun(options());
    QCOMPARE(read(nextRun, m_key).status, PasswordLookup::Status::NotFound);
}

QTEST_GUILESS_MAIN(TestCredentialKeychain)
#include "TestCredentialKeychain.moc"
