#include "hub/HubScope.h"

bool HubScope::contains(const AgentSnapshot &agent) const
{
    return containsCampaign(agent.campaign) && (userGroups.isEmpty() || userGroups.contains(agent.userGroup));
}

QString HubScope::key() const
{
    QStringList sortedCampaigns = campaigns;
    QStringList sortedGroups = userGroups;
    sortedCampaigns.sort();
    sortedGroups.sort();
    return sortedCampaigns.join(QLatin1Char(',')) + QLatin1Char('|') + sortedGroups.join(QLatin1Char(','));
}
