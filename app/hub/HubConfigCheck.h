#pragma once

#include "hub/HubConfigReader.h"
#include "hub/TokenFile.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTextStream>

class Clock;
class FloorSource;

// parkbar-hub --check-config: the file's verdict, one reading of the source,
// and what the hub would serve. Finishes with 0 (good) or 1.
class HubConfigCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HubConfigCheck)

public:
    // out and clock must outlive the check.
    HubConfigCheck(const QString &path, QTextStream &out, Clock *clock, QObject *parent = nullptr);

    // Prints the verdict on the file and, when it is good, starts the one read.
    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void printSummary(const HubConfigReader::Result &result, const TokenFile::Contents &tokens);
    void finish(int exitCode);

    QString m_path;
    QTextStream &m_out;
    Clock *m_clock;
    FloorSource *m_source = nullptr;
    QElapsedTimer m_elapsed;
};
