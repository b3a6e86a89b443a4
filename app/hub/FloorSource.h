#pragma once

#include "hub/FloorReading.h"

#include <QObject>
#include <QString>

// Where a hub reads its floor from: a read-only database account or the
// non-agent API. One read in flight at most; the hub's poller asks for the
// next only when the previous one has answered or failed.
class FloorSource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FloorSource)

public:
    using QObject::QObject;
    ~FloorSource() override = default;

    // A stable name for logs and metrics: "database" or "api".
    virtual QString kind() const = 0;
    // Whether readings carry each agent's phone (AgentSnapshot::extension).
    virtual bool knowsPhones() const { return false; }
    // Starts one reading; ignored while one is in flight. Emits exactly one
    // of readingReady or readFailed.
    virtual void read() = 0;
    virtual bool isReading() const = 0;

Q_SIGNALS:
    void readingReady(const FloorReading &reading);
    // reason names what is wrong (unreachable, a missing table or column...),
    // never a password. The poller backs off and reads again.
    void readFailed(const QString &reason);
};
