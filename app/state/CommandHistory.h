#pragma once

#include "state/CommandRecord.h"

#include <QList>

// The latest commands of one session, newest last, at most limit() of them.
// A record that comes back (answered, settled) replaces the one with its id.
class CommandHistory final
{
public:
    explicit CommandHistory(qsizetype limit = 50) : m_limit(limit) {}

    void store(const CommandRecord &record);
    const QList<CommandRecord> &records() const { return m_records; }
    qsizetype limit() const { return m_limit; }

private:
    qsizetype m_limit;
    QList<CommandRecord> m_records;
};
