#pragma once

#include "hub/FloorTables.h"
#include "vicidial/AgentSnapshot.h"

#include <QHash>
#include <QList>
#include <QStringList>

// The part of the floor a hub serves: only these campaigns and user groups
// (empty: all). A database reader has no server-side visibility limit
// (PROTOCOL.md section 8), so the hub applies its own.
struct FloorFilter
{
    QStringList campaigns;
    QStringList userGroups;

    bool admits(const QString &campaign, const QString &userGroup) const
    {
        return (campaigns.isEmpty() || campaigns.contains(campaign)) && (userGroups.isEmpty() || userGroups.contains(userGroup));
    }
};

// Builds what agent_status would report for every logged-in agent from the
// tables' rows, by the server's rules (reportLiveAgent), plus what only the
// database knows: the phone extension, when the customer was parked and
// whether they are in the park IVR. Agents in user order.
namespace FloorAssembler {
QList<AgentSnapshot> agents(const FloorTables &tables, const FloorFilter &filter);
// The campaigns' park IVR modes the filter admits.
QHash<QString, ParkIvrMode> campaignIvrModes(const FloorTables &tables, const FloorFilter &filter);
} // namespace FloorAssembler
