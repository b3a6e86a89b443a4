#pragma once

#include "hub/DatabaseSourceOptions.h"
#include "hub/FloorSource.h"

#include <QThread>

class DatabaseFloorWorker;

// The hub's source for large floors: reads the whole floor from VICIdial's
// database with a read-only account, through Qt SQL's MySQL driver, in a
// few set-based queries (PROTOCOL.md section 8; FloorQueries). The queries
// block, so they run on a thread of the source's own that owns the
// connection; the caller's event loop never waits. One read in flight at
// most. After any failure the connection is dropped and the next read()
// connects again; the hub's poller decides when that is.
class DatabaseFloorSource final : public FloorSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseFloorSource)

public:
    explicit DatabaseFloorSource(const DatabaseSourceOptions &options, QObject *parent = nullptr);
    // Waits for a read in flight (bounded by the connection's timeouts).
    ~DatabaseFloorSource() override;

    QString kind() const override { return QStringLiteral("database"); }

    bool knowsPhones() const override { return true; }
    void read() override;
    bool isReading() const override { return m_reading; }

private:
    QThread m_thread;
    DatabaseFloorWorker *m_worker; // lives on m_thread, deleted there when it finishes
    bool m_reading = false;
};
