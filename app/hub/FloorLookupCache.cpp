#include "hub/FloorLookupCache.h"

#include <algorithm>

void FloorLookupCache::beginPoll(const QList<LiveAgentDbRow> &liveAgents)
{
    QStringList liveUsers;
    liveUsers.reserve(liveAgents.size());
    QSet<qint64> liveLogIds;
    m_liveCampaigns.clear();
    m_agentLogIdsToRead.clear();
    for (const LiveAgentDbRow &row : liveAgents) {
        liveUsers.append(row.user);
        if (!row.campaign.isEmpty())
            m_liveCampaigns.insert(row.campaign);
        if (liveLogIds.contains(row.agentLogId))
            continue;
        liveLogIds.insert(row.agentLogId);
        const auto code = m_pauseCodes.constFind(row.agentLogId);
        if (code == m_pauseCodes.cend() || (code->isEmpty() && row.status == QLatin1String("PAUSED")))
            m_agentLogIdsToRead.append(row.agentLogId);
    }
    for (auto it = m_pauseCodes.begin(); it != m_pauseCodes.end();)
        it = liveLogIds.contains(it.key()) ? std::next(it) : m_pauseCodes.erase(it);

    std::sort(liveUsers.begin(), liveUsers.end());
    liveUsers.erase(std::unique(liveUsers.begin(), liveUsers.end()), liveUsers.end());
    const QSet<QString> live(liveUsers.cbegin(), liveUsers.cend());
    for (auto it = m_users.begin(); it != m_users.end();)
        it = live.contains(it.key()) ? std::next(it) : m_users.erase(it);
    m_usersToRead.clear();
    QStringList known;
    for (const QString &user : std::as_const(liveUsers))
        (m_users.contains(user) ? known : m_usersToRead).append(user);
    if (!known.isEmpty()) {
        const qsizetype slice = (known.size() + kUserRefreshPolls - 1) / kUserRefreshPolls;
        m_userCursor %= known.size();
        for (qsizetype i = 0; i < slice; ++i)
            m_usersToRead.append(known.at((m_userCursor + i) % known.size()));
        m_userCursor += slice;
    }

    ++m_pollsSinceCampaigns;
    m_campaignsDue = !m_campaignsRead || m_pollsSinceCampaigns >= kCampaignRefreshPolls || !m_campaignsAsked.contains(m_liveCampaigns);
}

void FloorLookupCache::storeUsers(const QHash<QString, UserDbRow> &found)
{
    for (const QString &user : std::as_const(m_usersToRead))
        m_users.insert(user, found.value(user));
}

void FloorLookupCache::storePauseCodes(const QHash<qint64, QString> &found)
{
    for (qint64 id : std::as_const(m_agentLogIdsToRead))
        m_pauseCodes.insert(id, found.value(id));
}

void FloorLookupCache::storeCampaignModes(const QHash<QString, ParkIvrMode> &modes)
{
    m_campaignModes = modes;
    m_campaignsAsked = m_liveCampaigns;
    m_campaignsRead = true;
    m_pollsSinceCampaigns = 0;
}

void FloorLookupCache::fill(FloorTables &tables) const
{
    tables.users = m_users;
    tables.pauseCodesByAgentLogId = m_pauseCodes;
    tables.campaignIvrModes = m_campaignModes;
}
