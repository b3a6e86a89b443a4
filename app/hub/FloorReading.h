#pragma once

#include "vicidial/AgentSnapshot.h"
#include "vicidial/ParkIvrMode.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

// One reading of a whole floor by a hub source: every logged-in agent with
// exactly the fields agent_status would give (PROTOCOL.md section 8), plus
// what only a database reader knows (AgentSnapshot's extension, parkedAtMs,
// inParkIvr) and each campaign's park IVR mode.
struct FloorReading
{
    QList<AgentSnapshot> agents;                 // logged-in agents, in user order
    QHash<QString, ParkIvrMode> campaignIvrModes; // database source only; empty from the API
    qint64 readAtMs = 0;                         // the hub's wall clock when the reading was taken, epoch ms
    qint64 sourceMicroseconds = 0;               // the source's own cost: query time as the database
                                                 // measures it, or the API request's duration
};

Q_DECLARE_METATYPE(FloorReading)
