#include "FakeFloorSource.h"

#include <QDateTime>

void FakeFloorSource::read()
{
    if (m_reading)
        return;
    m_reading = true;
    ++m_reads;
    Q_EMIT readRequested();
    if (m_autoAnswer)
        QMetaObject::invokeMethod(this, [this] { answer(); }, Qt::QueuedConnection);
}

qint64 FakeFloorSource::answer()
{
    if (!m_reading)
        return 0;
    m_reading = false;
    if (!m_failure.isEmpty()) {
        Q_EMIT readFailed(m_failure);
        return 0;
    }
    FloorReading reading = m_next;
    // Strictly increasing, so each reading is told apart by its time.
    reading.readAtMs = std::max(QDateTime::currentMSecsSinceEpoch(), m_lastReadAtMs + 1);
    m_lastReadAtMs = reading.readAtMs;
    reading.sourceMicroseconds = 1200;
    Q_EMIT readingReady(reading);
    return reading.readAtMs;
}
