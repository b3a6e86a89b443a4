#include "hub/DatabaseFloorSource.h"

#include "hub/DatabaseFloorWorker.h"

DatabaseFloorSource::DatabaseFloorSource(const DatabaseSourceOptions &options, QObject *parent)
    : FloorSource(parent), m_worker(new DatabaseFloorWorker(options))
{
    qRegisterMetaType<FloorReading>();
    m_thread.setObjectName(QStringLiteral("hub-database"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &DatabaseFloorWorker::readingReady, this, [this](const FloorReading &reading) {
        m_reading = false;
        Q_EMIT readingReady(reading);
    });
    connect(m_worker, &DatabaseFloorWorker::readFailed, this, [this](const QString &reason) {
        m_reading = false;
        Q_EMIT readFailed(reason);
    });
    m_thread.start();
}

DatabaseFloorSource::~DatabaseFloorSource()
{
    m_thread.quit();
    m_thread.wait();
}

void DatabaseFloorSource::read()
{
    if (m_reading)
        return;
    m_reading = true;
    QMetaObject::invokeMethod(m_worker, &DatabaseFloorWorker::readFloor, Qt::QueuedConnection);
}
