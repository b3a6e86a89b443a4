#include "hub/DatabaseFloorWorker.h"

#include "hub/DatabaseGrants.h"
#include "hub/DatabaseSchemaCheck.h"
#include "hub/FloorQueries.h"
#include "util/Clock.h"
#include "util/Logging.h"
#include "vicidial/Redactor.h"

#include <QAtomicInteger>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString kDriver = QStringLiteral("QMYSQL");

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("parkbar-hub-database-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

DatabaseFloorWorker::DatabaseFloorWorker(const DatabaseSourceOptions &options)
    : m_options(options), m_filter{options.campaigns, options.userGroups}, m_connectionName(nextConnectionName())
{
}

DatabaseFloorWorker::~DatabaseFloorWorker()
{
    disconnect();
}

QString DatabaseFloorWorker::where() const
{
    const QString place = m_options.socket.isEmpty() ? QStringLiteral("%1:%2").arg(m_options.host).arg(m_options.port) : m_options.socket;
    return QStringLiteral("%1 on %2").arg(m_options.database, place);
}

void DatabaseFloorWorker::fail(const QString &reason)
{
    Q_EMIT readFailed(Redactor(m_options.password).redact(reason));
}

void DatabaseFloorWorker::disconnect()
{
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connected = false;
}

std::optional<QString> DatabaseFloorWorker::connectIfNeeded()
{
    if (m_connected && m_db.isOpen())
        return std::nullopt;
    disconnect();
    if (!QSqlDatabase::isDriverAvailable(kDriver))
        return tr("Qt's MySQL driver (QMYSQL) is not installed; on Debian it is the package libqt6sql6-mysql.");
    m_db = QSqlDatabase::addDatabase(kDriver, m_connectionName);
    m_db.setDatabaseName(m_options.database);
    m_db.setUserName(m_options.user);
    m_db.setPassword(m_options.password);
    // The client library takes the socket only without a host (or with "localhost").
    m_db.setHostName(m_options.socket.isEmpty() ? m_options.host : QString());
    m_db.setPort(m_options.port);
    // A server that stops answering must not hold the worker for ever.
    const int timeout = std::max(1, m_options.connectTimeoutSeconds);
    QString connectOptions = QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=%1;MYSQL_OPT_READ_TIMEOUT=%2;MYSQL_OPT_WRITE_TIMEOUT=%2")
                                 .arg(timeout)
                                 .arg(timeout * 2);
    if (!m_options.socket.isEmpty())
        connectOptions += QStringLiteral(";UNIX_SOCKET=") + m_options.socket;
    m_db.setConnectOptions(connectOptions);
    if (!m_db.open()) {
        const QString error = m_db.lastError().text();
        disconnect();
        return tr("Cannot connect to the database %1 as %2: %3").arg(where(), m_options.user, error);
    }
    if (const std::optional<QString> missing = checkSchema()) {
        disconnect();
        return missing;
    }
    warnAboutGrants();
    // The database's own measure of each query (PROTOCOL.md section 8 was measured the same way).
    QSqlQuery profiling(m_db);
    m_profiling = profiling.exec(QStringLiteral("SET profiling = 1")) && profiling.exec(QStringLiteral("SET profiling_history_size = 100"));
    m_lastProfileId = 0;
    QString error;
    qint64 ignored = 0;
    if (m_profiling)
        m_profiling = FloorQueries::profiledMicroseconds(m_db, m_lastProfileId, ignored, error);
    if (!m_profiling)
        qCInfo(lcHubDatabase) << "the database does not profile queries; the hub's own timing stands in for the database time";
    m_connected = true;
    qCInfo(lcHubDatabase).noquote() << "connected to" << where() << "as" << m_options.user;
    return std::nullopt;
}

std::optional<QString> DatabaseFloorWorker::checkSchema()
{
    QList<QPair<QString, QString>> columns;
    QString error;
    if (!FloorQueries::schemaColumns(m_db, columns, error))
        return tr("Cannot read the tables of the database %1: %2").arg(where(), error);
    const QStringList missing = DatabaseSchemaCheck::missing(columns);
    if (missing.isEmpty())
        return std::nullopt;
    return tr("The database %1 lacks %2 (an older VICIdial, or the account may not read them).")
        .arg(where(), missing.join(QStringLiteral(", ")));
}

void DatabaseFloorWorker::warnAboutGrants()
{
    if (m_grantsChecked)
        return;
    m_grantsChecked = true;
    QStringList lines;
    QString error;
    if (!FloorQueries::grants(m_db, lines, error)) {
        qCInfo(lcHubDatabase).noquote() << "cannot read the account's grants:" << Redactor(m_options.password).redact(error);
        return;
    }
    const QStringList beyond = DatabaseGrants::beyondSelect(lines);
    if (!beyond.isEmpty()) {
        qCWarning(lcHubDatabase).noquote() << "the database account" << m_options.user
                                           << "can do more than SELECT:" << beyond.join(QStringLiteral("; "))
                                           << "- the hub needs only SELECT on six tables (README, Large floors)";
    }
}

std::optional<QString> DatabaseFloorWorker::readTables(FloorTables &tables)
{
    QString error;
    if (!FloorQueries::liveAgents(m_db, tables.liveAgents, error) || !FloorQueries::parkedChannels(m_db, tables.parkedAtSecondsByCallerId, error)
        || !FloorQueries::autoCalls(m_db, tables.autoCallsByCallerId, error)) {
        return error;
    }
    m_cache.beginPoll(tables.liveAgents);
    QHash<qint64, QString> pauseCodes;
    if (!FloorQueries::pauseCodes(m_db, m_cache.agentLogIdsToRead(), pauseCodes, error))
        return error;
    m_cache.storePauseCodes(pauseCodes);
    QHash<QString, UserDbRow> users;
    if (!FloorQueries::users(m_db, m_cache.usersToRead(), users, error))
        return error;
    m_cache.storeUsers(users);
    if (m_cache.campaignsDue()) {
        QHash<QString, ParkIvrMode> modes;
        if (!FloorQueries::campaignIvrModes(m_db, modes, error))
            return error;
        m_cache.storeCampaignModes(modes);
    }
    m_cache.fill(tables);
    return std::nullopt;
}

void DatabaseFloorWorker::readFloor()
{
    if (const std::optional<QString> failure = connectIfNeeded()) {
        fail(*failure);
        return;
    }
    QElapsedTimer wall;
    wall.start();
    FloorTables tables;
    std::optional<QString> failure = readTables(tables);
    qint64 microseconds = wall.nsecsElapsed() / 1000;
    QString error;
    if (!failure && m_profiling && !FloorQueries::profiledMicroseconds(m_db, m_lastProfileId, microseconds, error))
        failure = error;
    if (failure) {
        // Whatever broke, the next read starts from a fresh connection.
        disconnect();
        fail(tr("Reading the floor from the database %1 failed: %2").arg(where(), *failure));
        return;
    }
    FloorReading reading;
    reading.agents = FloorAssembler::agents(tables, m_filter);
    reading.campaignIvrModes = FloorAssembler::campaignIvrModes(tables, m_filter);
    reading.readAtMs = Clock::system()->msecsSinceEpoch();
    reading.sourceMicroseconds = microseconds;
    Q_EMIT readingReady(reading);
}
