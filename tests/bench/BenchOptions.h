#pragma once

#include <QStringList>

// What the command line asked for.
struct BenchOptions
{
    QString parkbar;      // the parkbar binary
    int startupRuns = 10;
    int clicks = 1000;
    int liveSeconds = 60; // idle CPU, server load and supervisor traffic are watched this long
    int floorPolls = 300;
    int curlRuns = 100;
    QStringList only;     // figure groups to run; empty: all

    bool wants(const QString &group) const { return only.isEmpty() || only.contains(group); }
};
