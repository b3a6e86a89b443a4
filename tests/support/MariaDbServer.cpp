#include "MariaDbServer.h"

#include "hub/DatabaseSchemaCheck.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>

#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace {

QString findProgram(const QString &name)
{
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin"), QStringLiteral("/usr/bin")});
    return path;
}

QString randomPassword()
{
    static const QString letters = QStringLiteral("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QString password;
    for (int i = 0; i < 20; ++i)
        password += letters.at(int(QRandomGenerator::global()->bounded(qsizetype(letters.size()))));
    return password;
}

// A port free now, below the range the kernel hands out for outgoing
// connections, so that other tests' clients are unlikely to take it before
// mariadbd binds it; start() tries another if one is taken all the same.
quint16 freeLoopbackPort()
{
    for (int attempt = 0; attempt < 100; ++attempt) {
        const auto port = quint16(QRandomGenerator::global()->bounded(20000, 32000));
        QTcpServer probe;
        if (probe.listen(QHostAddress::LocalHost, port))
            return port;
    }
    return 0;
}

// mariadbd refuses to run as root unless told to; as anyone else it must not be told.
QStringList runAsArguments()
{
    return ::geteuid() == 0 ? QStringList{QStringLiteral("--user=root")} : QStringList{};
}

// Only the engines VICIdial's tables use: no InnoDB files to create, a start in a fraction of a second.
QStringList engineArguments()
{
    return {QStringLiteral("--skip-innodb"), QStringLiteral("--default-storage-engine=MyISAM")};
}

} // namespace

MariaDbServer::MariaDbServer()
    : m_rootConnection(QStringLiteral("mariadb-test-root-%1").arg(quintptr(this), 0, 16)), m_readOnlyPassword(randomPassword()),
      m_adminPassword(randomPassword())
{
}

MariaDbServer::~MariaDbServer()
{
    stop();
}

QString MariaDbServer::socketPath() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("mariadbd.sock")) : QString();
}

bool MariaDbServer::fail(const QString &error)
{
    m_error = error;
    return false;
}

bool MariaDbServer::start()
{
    const QString installer = findProgram(QStringLiteral("mariadb-install-db"));
    const QString server = findProgram(QStringLiteral("mariadbd"));
    if (installer.isEmpty() || server.isEmpty())
        return fail(QStringLiteral("mariadb-install-db or mariadbd not found: install mariadb-server (.ci/install-deps does)"));
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/parkbar-mariadb-XXXXXX"));
    if (!m_dir->isValid())
        return fail(QStringLiteral("cannot make a temporary folder: ") + m_dir->errorString());
    if (!installDataDir(installer))
        return false;
    m_server.setProcessChannelMode(QProcess::MergedChannels);
    // Stop with the test process, even when it crashes.
    m_server.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    for (int attempt = 0;; ++attempt) {
        m_port = freeLoopbackPort();
        if (m_port == 0)
            return fail(QStringLiteral("no free port on 127.0.0.1"));
        m_serverLog.clear();
        m_server.start(server, serverArguments());
        if (!m_server.waitForStarted(10000))
            return fail(QStringLiteral("mariadbd did not start: ") + m_server.errorString());
        if (waitUntilReady())
            return createSchemaAndAccounts();
        if (attempt == 2 || !m_serverLog.contains(QLatin1String("Address already in use")))
            return false;
        m_server.waitForFinished(5000);
    }
}

QString MariaDbServer::tmpdirArgument() const
{
    return QStringLiteral("--tmpdir=") + m_dir->filePath(QStringLiteral("tmp"));
}

bool MariaDbServer::installDataDir(const QString &installer)
{
    // Its own temporary files: servers started at the same moment elsewhere
    // on the machine (other test binaries, other containers sharing /tmp)
    // may pick the same temporary table names.
    if (!QDir(m_dir->path()).mkpath(QStringLiteral("tmp")))
        return fail(QStringLiteral("cannot make the server's temporary folder"));
    QProcess install;
    install.setProcessChannelMode(QProcess::MergedChannels);
    install.start(installer, QStringList{QStringLiteral("--no-defaults"), QStringLiteral("--datadir=") + m_dir->filePath(QStringLiteral("data")),
                                         QStringLiteral("--auth-root-authentication-method=normal"), QStringLiteral("--skip-test-db"),
                                         QStringLiteral("--skip-name-resolve"), tmpdirArgument()}
                                 + engineArguments() + runAsArguments());
    if (!install.waitForFinished(120000) || install.exitStatus() != QProcess::NormalExit || install.exitCode() != 0) {
        return fail(QStringLiteral("mariadb-install-db failed (%1): %2")
                        .arg(install.errorString(), QString::fromLocal8Bit(install.readAll()).right(2000)));
    }
    return true;
}

QStringList MariaDbServer::serverArguments() const
{
    return QStringList{QStringLiteral("--no-defaults"),
                       QStringLiteral("--datadir=") + m_dir->filePath(QStringLiteral("data")),
                       QStringLiteral("--socket=") + socketPath(),
                       QStringLiteral("--pid-file=") + m_dir->filePath(QStringLiteral("mariadbd.pid")),
                       QStringLiteral("--port=%1").arg(m_port),
                       QStringLiteral("--bind-address=127.0.0.1"),
                       QStringLiteral("--skip-name-resolve"),
                       tmpdirArgument(),
                       QStringLiteral("--default-time-zone=") + QLatin1String(kTimeZone),
                       QStringLiteral("--log-warnings=1"),
                       QStringLiteral("--key-buffer-size=8M")}
        + engineArguments() + runAsArguments();
}

bool MariaDbServer::waitUntilReady()
{
    const QDeadlineTimer deadline(30000);
    while (!m_serverLog.contains(QLatin1String("ready for connections"))) {
        if (m_server.state() == QProcess::NotRunning || deadline.hasExpired()) {
            m_serverLog += QString::fromLocal8Bit(m_server.readAll());
            return fail(QStringLiteral("mariadbd did not become ready: ") + m_serverLog.right(3000));
        }
        m_server.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        m_serverLog += QString::fromLocal8Bit(m_server.readAll());
    }
    m_root = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), m_rootConnection);
    m_root.setUserName(QStringLiteral("root"));
    m_root.setConnectOptions(QStringLiteral("UNIX_SOCKET=") + socketPath());
    if (!m_root.open())
        return fail(QStringLiteral("cannot connect as root: ") + m_root.lastError().text());
    return true;
}

bool MariaDbServer::execAsRoot(const QStringList &statements)
{
    QSqlQuery query(m_root);
    for (const QString &statement : statements) {
        if (!query.exec(statement))
            return fail(QStringLiteral("%1: %2").arg(statement.left(120), query.lastError().text()));
    }
    return true;
}

QStringList MariaDbServer::selectAsRoot(const QString &sql)
{
    QSqlQuery query(m_root);
    QStringList values;
    if (!query.exec(sql)) {
        fail(QStringLiteral("%1: %2").arg(sql.left(120), query.lastError().text()));
        return values;
    }
    while (query.next())
        values.append(query.value(0).toString());
    return values;
}

bool MariaDbServer::createSchemaAndAccounts()
{
    const QString ro = QLatin1String(kReadOnlyUser);
    const QString admin = QLatin1String(kAdminUser);
    return execAsRoot({QStringLiteral("CREATE USER '%1'@'%' IDENTIFIED BY '%2'").arg(ro, m_readOnlyPassword),
                       QStringLiteral("CREATE USER '%1'@'%' IDENTIFIED BY '%2'").arg(admin, m_adminPassword)})
        && createFloorDatabase(QStringLiteral("asterisk"));
}

bool MariaDbServer::createFloorDatabase(const QString &name)
{
    QStringList statements{QStringLiteral("CREATE DATABASE `%1`").arg(name), QStringLiteral("USE `%1`").arg(name)};
    statements += SimDatabaseMirror::schemaStatements();
    // The grants the README gives an administrator: SELECT on the six tables,
    // and of vicidial_users only the four columns read (not its passwords).
    for (const QString &table : DatabaseSchemaCheck::requiredTables()) {
        const QString columns = table == QLatin1String("vicidial_users") ? QStringLiteral(" (user, full_name, user_group, user_level)") : QString();
        statements.append(QStringLiteral("GRANT SELECT%1 ON `%2`.`%3` TO '%4'@'%'").arg(columns, name, table, QLatin1String(kReadOnlyUser)));
    }
    statements.append(QStringLiteral("GRANT ALL ON `%1`.* TO '%2'@'%'").arg(name, QLatin1String(kAdminUser)));
    return execAsRoot(statements);
}

bool MariaDbServer::createAccount(const QString &user, const QString &password, const QStringList &grants)
{
    QStringList statements{QStringLiteral("CREATE USER '%1'@'%' IDENTIFIED BY '%2'").arg(user, password)};
    for (const QString &grant : grants)
        statements.append(QStringLiteral("GRANT %1 TO '%2'@'%'").arg(grant, user));
    return execAsRoot(statements);
}

DatabaseSourceOptions MariaDbServer::optionsFor(const QString &user, const QString &password, const QString &database) const
{
    DatabaseSourceOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = m_port;
    options.database = database;
    options.user = user;
    options.password = password;
    options.connectTimeoutSeconds = 5;
    return options;
}

DatabaseSourceOptions MariaDbServer::readOnlyOptions(const QString &database) const
{
    return optionsFor(QLatin1String(kReadOnlyUser), m_readOnlyPassword, database);
}

SimDatabaseMirror::Connection MariaDbServer::adminConnection(const QString &database) const
{
    SimDatabaseMirror::Connection connection;
    connection.host = QStringLiteral("127.0.0.1");
    connection.port = m_port;
    connection.database = database;
    connection.user = QLatin1String(kAdminUser);
    connection.password = m_adminPassword;
    return connection;
}

void MariaDbServer::stop()
{
    if (m_root.isValid()) {
        m_root.close();
        m_root = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_rootConnection);
    }
    if (m_server.state() != QProcess::NotRunning) {
        m_server.terminate();
        if (!m_server.waitForFinished(15000)) {
            m_server.kill();
            m_server.waitForFinished(5000);
        }
    }
}
