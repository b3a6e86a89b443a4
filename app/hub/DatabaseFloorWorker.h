#pragma once

#include "hub/DatabaseSourceOptions.h"
#include "hub/FloorAssembler.h"
#include "hub/FloorLookupCache.h"
#include "hub/FloorReading.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// The database source's half that lives on its own thread: Qt SQL blocks,
// so the connection, the queries and the caches all belong to this thread.
// Connects on the first read and after every failure; on a connection's
// first read it checks the schema (and, once per source, the grants).
class DatabaseFloorWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseFloorWorker)

public:
    explicit DatabaseFloorWorker(const DatabaseSourceOptions &options);
    ~DatabaseFloorWorker() override; // closes the connection: delete it on its own thread

    // Reads the floor once; emits exactly one of the two signals.
    void readFloor();

Q_SIGNALS:
    void readingReady(const FloorReading &reading);
    void readFailed(const QString &reason);

private:
    std::optional<QString> connectIfNeeded();
    std::optional<QString> checkSchema();
    void warnAboutGrants();
    std::optional<QString> readTables(FloorTables &tables);
    void disconnect();
    QString where() const;
    void fail(const QString &reason);

    DatabaseSourceOptions m_options;
    FloorFilter m_filter;
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_connected = false;
    bool m_grantsChecked = false;
    bool m_profiling = false;
    qint64 m_lastProfileId = 0;
    FloorLookupCache m_cache;
};
