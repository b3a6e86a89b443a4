#pragma once

#include "vicidial/AgentSnapshot.h"

#include <QStringList>

// A part of the floor: agents of these campaigns and these user groups (an
// empty list means every one), combined like logged_in_agents' campaigns and
// user_groups filters. Used for what a hub serves at all and for what a
// supervisor token may see.
struct HubScope
{
    QStringList campaigns;
    QStringList userGroups;

    bool isWholeFloor() const { return campaigns.isEmpty() && userGroups.isEmpty(); }
    bool contains(const AgentSnapshot &agent) const;
    bool containsCampaign(const QString &campaign) const { return campaigns.isEmpty() || campaigns.contains(campaign); }
    // A stable key, so subscribers with the same scope share one message.
    QString key() const;

    bool operator==(const HubScope &) const = default;
};
