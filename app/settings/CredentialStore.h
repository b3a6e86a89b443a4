#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace QKeychain {
class Job;
}

// What a password read found. Never holds the password in message.
struct PasswordLookup
{
    enum class Status : quint8 { Found, NotFound, Unavailable };
    enum class Source : quint8 { None, Environment, Keychain, Memory };

    Status status = Status::NotFound;
    Source source = Source::None;
    QString password;
    QString message; // translated; why there is no password, or where it came from

    bool found() const { return status == Status::Found; }
};

struct PasswordWriteResult
{
    bool savedToKeychain = false; // false: kept in memory for this run only
    QString message;              // translated
};

// Passwords, keyed by CredentialStore's key (see credentialKey()), in the OS
// keychain through QtKeychain: the Secret Service on Linux, the Credential
// Manager on Windows. Never in a settings file: QtKeychain's insecure
// fallback stays off. Every call is asynchronous and each job has a timeout
// (a locked keyring can prompt forever). When the keychain is missing, fails
// or times out, the store keeps passwords in memory for the rest of the run
// and says so; the window then asks once per run.
// PARKBAR_PASSWORD, when set, answers every password read and is never
// stored; other secrets (a proxy's credentials) never come from it.
class CredentialStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    enum class Backend : quint8 { Unknown, Keychain, MemoryOnly };
    struct Options
    {
        QString service = QStringLiteral("ParkBar");
        int timeoutMs = 20000; // long enough for a person to unlock a keyring
        bool useKeychain = true;
        bool useEnvironment = true;
    };
    using ReadCallback = std::function<void(const PasswordLookup &)>;
    using WriteCallback = std::function<void(const PasswordWriteResult &)>;

    explicit CredentialStore(QObject *parent = nullptr);
    explicit CredentialStore(const Options &options, QObject *parent = nullptr);
    ~CredentialStore() override;

    // done runs once, later, in context's thread; never if context is gone.
    void readPassword(const QString &key, QObject *context, ReadCallback done);
    // The same for a secret that is not the API password: never from PARKBAR_PASSWORD.
    void readSecret(const QString &key, QObject *context, ReadCallback done);
    void writePassword(const QString &key, const QString &password, QObject *context, WriteCallback done = {});
    void removePassword(const QString &key, QObject *context, WriteCallback done = {});

    // A password read or written during this run, without asking the keychain.
    std::optional<QString> cachedPassword(const QString &key) const;
    std::optional<QString> cachedSecret(const QString &key) const;

    Backend backend() const { return m_backend; }
    // One sentence for the dialog: where a password entered now will be kept.
    QString storageDescription() const;
    static QString noKeychainExplanation();
    static std::optional<QString> environmentPassword();
    // Reads PARKBAR_PASSWORD once and removes it from the environment, so
    // programs ParkBar starts never inherit it; environmentPassword() still
    // answers with it. main() calls this first.
    static std::optional<QString> takeEnvironmentPassword();

Q_SIGNALS:
    void backendChanged(CredentialStore::Backend backend);

private:
    void startJob(QKeychain::Job *job, QObject *context, std::function<void(QKeychain::Job *, bool timedOut)> finish);
    void fallBackToMemory(const QString &why);
    void setBackend(Backend backend);

    Options m_options;
    Backend m_backend = Backend::Unknown;
    QString m_fallbackReason;
    QHash<QString, QString> m_memory;
};
