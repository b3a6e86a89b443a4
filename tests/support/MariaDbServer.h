#pragma once

#include "demo/SimDatabaseMirror.h"
#include "hub/DatabaseSourceOptions.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// A private MariaDB for tests: its own data folder, socket and port on
// 127.0.0.1, VICIdial's floor tables in the database "asterisk", a
// read-only account (SELECT on those six tables only, and of vicidial_users
// only the four columns the hub reads, as the README says) and an admin
// account for the simulator's mirror. The server runs in a time zone other than
// UTC, as a dialer's often does. It stops with this object, and with the
// test process if that dies first.
//
// Fast enough to start in every test binary that needs it: MyISAM only
// (VICIdial's engine; InnoDB is off), no test database, about a second.
class MariaDbServer final
{
public:
    static constexpr const char *kReadOnlyUser = "parkbar_ro";
    static constexpr const char *kAdminUser = "parkbar_admin";
    static constexpr const char *kTimeZone = "-03:00";

    MariaDbServer();
    ~MariaDbServer();
    MariaDbServer(const MariaDbServer &) = delete;
    MariaDbServer &operator=(const MariaDbServer &) = delete;

    // False with errorString() saying why (a missing mariadbd, a failed
    // start with the server's own log lines).
    bool start();
    void stop();
    QString errorString() const { return m_error; }

    quint16 port() const { return m_port; }
    // The mariadbd process, for benchmarks that watch its CPU; 0 when stopped.
    qint64 pid() const { return m_server.processId(); }
    QString socketPath() const;

    // The read-only account over TCP, as the hub would use it.
    DatabaseSourceOptions readOnlyOptions(const QString &database = QStringLiteral("asterisk")) const;
    // The admin account, for SimDatabaseMirror.
    SimDatabaseMirror::Connection adminConnection(const QString &database = QStringLiteral("asterisk")) const;
    // Options for another account made with createAccount.
    DatabaseSourceOptions optionsFor(const QString &user, const QString &password, const QString &database = QStringLiteral("asterisk")) const;

    // Runs statements as root; false with errorString() on the first failure.
    bool execAsRoot(const QStringList &statements);
    // The first column of a query's rows, as root; empty on failure (with errorString()).
    QStringList selectAsRoot(const QString &sql);
    // Another database with the floor tables, readable by the read-only account.
    bool createFloorDatabase(const QString &name);
    bool createAccount(const QString &user, const QString &password, const QStringList &grants);

private:
    bool installDataDir(const QString &installer);
    bool waitUntilReady();
    bool createSchemaAndAccounts();
    bool fail(const QString &error);
    QStringList serverArguments() const;
    QString tmpdirArgument() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_server;
    QString m_serverLog;
    QSqlDatabase m_root;
    QString m_rootConnection;
    quint16 m_port = 0;
    QString m_readOnlyPassword;
    QString m_adminPassword;
    QString m_error;
};
