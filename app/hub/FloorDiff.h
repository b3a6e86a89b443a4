#pragma once

#include "vicidial/AgentSnapshot.h"
#include "vicidial/ParkIvrMode.h"

#include <QHash>
#include <QList>
#include <QMetaType>

// What changed between two readings of a floor, agent by agent, so that only
// changes are pushed. Agents are keyed by user.
struct FloorDiff
{
    struct Change
    {
        AgentSnapshot before;
        AgentSnapshot after;
    };

    QList<AgentSnapshot> added;
    QList<Change> changed;
    QList<AgentSnapshot> removed;    // as last seen
    bool ivrModesChanged = false;
    qint64 readAtMs = 0;             // of the reading that showed these changes
    quint64 sequence = 0;            // the hub's reading counter

    bool isEmpty() const { return added.isEmpty() && changed.isEmpty() && removed.isEmpty() && !ivrModesChanged; }

    static FloorDiff between(const QHash<QString, AgentSnapshot> &before, const QList<AgentSnapshot> &after);
};

Q_DECLARE_METATYPE(FloorDiff)
