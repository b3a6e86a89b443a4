#pragma once

#include "vicidial/LiveAgentReport.h"
#include "vicidial/ParkIvrMode.h"

#include <QHash>
#include <QList>
#include <QString>

// One vicidial_live_agents row, as the database source reads it.
struct LiveAgentDbRow : LiveAgentColumns
{
    QString user;
    QString campaign;
    QString callerId;
    int callsToday = 0;
    qint64 agentLogId = 0;
    QString confExten;
    QString extension;
};

// The first vicidial_auto_calls row with a callerid.
struct AutoCallDbRow : AutoCallColumns
{
    bool inParkIvr = false; // some row with this callerid has extension PARK_IVR
};

struct UserDbRow
{
    QString fullName;
    QString userGroup;
    int userLevel = 0;
};

// Everything one floor reading is made of, as plain values: this poll's
// rows and what is cached from earlier polls (names, groups, campaign modes,
// pause codes that no longer change).
struct FloorTables
{
    QList<LiveAgentDbRow> liveAgents;                  // every logged-in agent, unfiltered
    QHash<QString, qint64> parkedAtSecondsByCallerId;  // parked_channels by channel_group; 0: no parked_time
    QHash<QString, AutoCallDbRow> autoCallsByCallerId;
    QHash<qint64, QString> pauseCodesByAgentLogId;     // vicidial_agent_log.sub_status
    QHash<QString, UserDbRow> users;
    QHash<QString, ParkIvrMode> campaignIvrModes;
};
