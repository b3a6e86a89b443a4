#include "state/CommandHistory.h"

void CommandHistory::store(const CommandRecord &record)
{
    for (qsizetype i = m_records.size() - 1; i >= 0; --i) {
        if (m_records.at(i).id == record.id) {
            m_records[i] = record;
            return;
        }
    }
    m_records.append(record);
    while (m_records.size() > m_limit)
        m_records.removeFirst();
}
