#include "settings/CredentialStore.h"

#include "util/Logging.h"

#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace {

template<typename Result, typename Callback>
void deliverLater(QObject *context, Callback done, Result result)
{
    if (!done)
        return;
    QMetaObject::invokeMethod(context, [done = std::move(done), result = std::move(result)] { done(result); }, Qt::QueuedConnection);
}

bool meansNoKeychain(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented || error == QKeychain::OtherError;
}

} // namespace

CredentialStore::CredentialStore(QObject *parent) : CredentialStore(Options(), parent) {}

CredentialStore::CredentialStore(const Options &options, QObject *parent) : QObject(parent), m_options(options)
{
    if (!m_options.useKeychain) {
        m_backend = Backend::MemoryOnly;
        m_fallbackReason = noKeychainExplanation();
    }
}

CredentialStore::~CredentialStore() = default;

QString CredentialStore::noKeychainExplanation()
{
    return tr("No keychain is available on this computer, so ParkBar will ask for the password each time it starts "
              "and never writes it to disk.");
}

namespace {
constexpr const char *kPasswordVariable = "PARKBAR_PASSWORD";

QString &takenEnvironmentPassword()
{
    static QString taken;
    return taken;
}
} // namespace

std::optional<QString> CredentialStore::takeEnvironmentPassword()
{
    const QString password = qEnvironmentVariable(kPasswordVariable);
    if (!password.isEmpty())
        takenEnvironmentPassword() = password;
    qunsetenv(kPasswordVariable);
    return environmentPassword();
}

std::optional<QString> CredentialStore::environmentPassword()
{
    QString password = qEnvironmentVariable(kPasswordVariable);
    if (password.isEmpty())
        password = takenEnvironmentPassword();
    if (password.isEmpty())
        return std::nullopt;
    return password;
}

QString CredentialStore::storageDescription() const
{
    if (m_options.useEnvironment && environmentPassword())
        return tr("The password comes from the PARKBAR_PASSWORD environment variable and is not stored.");
    switch (m_backend) {
    case Backend::MemoryOnly:
        return m_fallbackReason;
    case Backend::Keychain:
    case Backend::Unknown:
        break;
    }
#ifdef Q_OS_WIN
    return tr("The password is kept in the Windows Credential Manager, never in a settings file.");
#elif defined(Q_OS_MACOS)
    return tr("The password is kept in the macOS Keychain, never in a settings file.");
#else
    return tr("The password is kept in the desktop keyring (Secret Service), never in a settings file.");
#endif
}

std::optional<QString> CredentialStore::cachedPassword(const QString &key) const
{
    if (m_options.useEnvironment) {
        if (const std::optional<QString> fromEnvironment = environmentPassword())
            return fromEnvironment;
    }
    return cachedSecret(key);
}

std::optional<QString> CredentialStore::cachedSecret(const QString &key) const
{
    const auto it = m_memory.constFind(key);
    if (it == m_memory.cend())
        return std::nullopt;
    return *it;
}

void CredentialStore::setBackend(Backend backend)
{
    if (m_backend == backend)
        return;
    m_backend = backend;
    Q_EMIT backendChanged(backend);
}

void CredentialStore::fallBackToMemory(const QString &why)
{
    m_fallbackReason = why;
    setBackend(Backend::MemoryOnly);
}

void CredentialStore::startJob(QKeychain::Job *job, QObject *context, std::function<void(QKeychain::Job *, bool)> finish)
{
    job->setInsecureFallback(false); // never a plain file
    // No parent: a job the keychain still works on must outlive this store
    // (its callback would find it freed); it deletes itself when done, and
    // the connections below go with this store.
    job->setAutoDelete(true);
    auto settled = std::make_shared<bool>(false);
    QPointer<QObject> guard(context);
    auto once = [settled, guard, finish = std::move(finish)](QKeychain::Job *finishedJob, bool timedOut) {
        if (*settled || !guard)
            return;
        *settled = true;
        finish(finishedJob, timedOut);
    };
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, job, once] {
        qCWarning(lcSettings) << "the keychain did not answer within" << m_options.timeoutMs << "ms; keeping passwords in memory";
        fallBackToMemory(noKeychainExplanation());
        once(job, true);
    });
    connect(job, &QKeychain::Job::finished, this, [once](QKeychain::Job *finishedJob) { once(finishedJob, false); });
    timer->start(m_options.timeoutMs);
    job->start();
}

void CredentialStore::readPassword(const QString &key, QObject *context, ReadCallback done)
{
    if (m_options.useEnvironment) {
        if (const std::optional<QString> password = environmentPassword()) {
            const PasswordLookup lookup{PasswordLookup::Status::Found, PasswordLookup::Source::Environment, *password,
                                        tr("The password comes from the PARKBAR_PASSWORD environment variable.")};
            deliverLater(context, std::move(done), lookup);
            return;
        }
    }
    readSecret(key, context, std::move(done));
}

void CredentialStore::readSecret(const QString &key, QObject *context, ReadCallback done)
{
    PasswordLookup lookup;
    if (const auto it = m_memory.constFind(key); it != m_memory.cend()) {
        lookup = {PasswordLookup::Status::Found, PasswordLookup::Source::Memory, *it, {}};
        deliverLater(context, std::move(done), lookup);
        return;
    }
    if (m_backend == Backend::MemoryOnly || key.isEmpty()) {
        lookup.status = key.isEmpty() ? PasswordLookup::Status::NotFound : PasswordLookup::Status::Unavailable;
        lookup.message = key.isEmpty() ? tr("Enter the server address and API user first.") : m_fallbackReason;
        deliverLater(context, std::move(done), lookup);
        return;
    }

    auto *job = new QKeychain::ReadPasswordJob(m_options.service);
    job->setKey(key);
    startJob(job, context, [this, key, done = std::move(done)](QKeychain::Job *finished, bool timedOut) {
        PasswordLookup result;
        const QKeychain::Error error = timedOut ? QKeychain::OtherError : finished->error();
        if (!timedOut && error == QKeychain::NoError) {
            setBackend(Backend::Keychain);
            result.status = PasswordLookup::Status::Found;
            result.source = PasswordLookup::Source::Keychain;
            result.password = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
            m_memory.insert(key, result.password);
        } else if (!timedOut && error == QKeychain::EntryNotFound) {
            setBackend(Backend::Keychain);
            result.status = PasswordLookup::Status::NotFound;
            result.message = tr("No password is saved for %1 yet.").arg(key);
        } else {
            if (!timedOut) {
                qCWarning(lcSettings) << "keychain read failed:" << error << finished->errorString();
                fallBackToMemory(meansNoKeychain(error)
                                     ? noKeychainExplanation()
                                     : tr("The keychain refused access, so ParkBar will ask for the password each time it "
                                          "starts and never writes it to disk."));
            }
            result.status = PasswordLookup::Status::Unavailable;
            result.message = m_fallbackReason;
        }
        if (done)
            done(result);
    });
}

void CredentialStore::writePassword(const QString &key, const QString &password, QObject *context, WriteCallback done)
{
    m_memory.insert(key, password);
    if (m_backend == Backend::MemoryOnly || key.isEmpty()) {
        deliverLater(context, std::move(done), PasswordWriteResult{false, m_fallbackReason});
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_options.service);
    job->setKey(key);
    job->setTextData(password);
    startJob(job, context, [this, done = std::move(done)](QKeychain::Job *finished, bool timedOut) {
        PasswordWriteResult result;
        if (!timedOut && finished->error() == QKeychain::NoError) {
            setBackend(Backend::Keychain);
            result.savedToKeychain = true;
            result.message = storageDescription();
        } else {
            if (!timedOut) {
                qCWarning(lcSettings) << "keychain write failed:" << finished->error() << finished->errorString();
                fallBackToMemory(noKeychainExplanation());
            }
            result.message = m_fallbackReason;
        }
        if (done)
            done(result);
    });
}

void CredentialStore::removePassword(const QString &key, QObject *context, WriteCallback done)
{
    m_memory.remove(key);
    if (m_backend == Backend::MemoryOnly || key.isEmpty()) {
        deliverLater(context, std::move(done), PasswordWriteResult{false, m_fallbackReason});
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_options.service);
    job->setKey(key);
    startJob(job, context, [done = std::move(done)](QKeychain::Job *finished, bool timedOut) {
        PasswordWriteResult result;
        result.savedToKeychain = !timedOut
            && (finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound);
        if (done)
            done(result);
    });
}
