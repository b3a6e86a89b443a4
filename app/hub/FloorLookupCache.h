#pragma once

#include "hub/FloorTables.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

// What the database source reads less often than every poll, and when it
// reads it again (PROTOCOL.md section 8's costs: vicidial_users is wide,
// vicidial_agent_log is long, and both change rarely).
// - Names, groups and levels: a user not seen before is read at once; the
//   others are read again a slice per poll, so each is at most
//   kUserRefreshPolls polls old and no poll pays for the whole floor.
// - Pause codes: VICIdial writes a row's vicidial_agent_log.sub_status only
//   while it is empty (vdc_db_query.php: "... WHERE agent_log_id >= ... AND
//   (sub_status IS NULL OR sub_status='')"), during a pause. So a row is
//   read once, and again every poll only while its code is empty and its
//   agent is paused; a code once read is kept while the row is live.
// - Campaign modes: every kCampaignRefreshPolls polls, and at once when an
//   agent shows a campaign not read yet.
class FloorLookupCache final
{
public:
    static constexpr int kUserRefreshPolls = 60;
    static constexpr int kCampaignRefreshPolls = 60;

    // Starts a poll with this poll's live agents; returns what to read.
    void beginPoll(const QList<LiveAgentDbRow> &liveAgents);
    const QStringList &usersToRead() const { return m_usersToRead; }
    const QList<qint64> &agentLogIdsToRead() const { return m_agentLogIdsToRead; }
    bool campaignsDue() const { return m_campaignsDue; }

    // What the poll's queries found. Users asked for and not found are kept
    // as unknown (no name, no group) until their next refresh.
    void storeUsers(const QHash<QString, UserDbRow> &found);
    void storePauseCodes(const QHash<qint64, QString> &found);
    void storeCampaignModes(const QHash<QString, ParkIvrMode> &modes);

    // Fills the cached parts of a reading.
    void fill(FloorTables &tables) const;

private:
    QHash<QString, UserDbRow> m_users;
    QStringList m_usersToRead;
    qsizetype m_userCursor = 0;

    QHash<qint64, QString> m_pauseCodes; // by agent_log_id, for the live rows
    QList<qint64> m_agentLogIdsToRead;

    QHash<QString, ParkIvrMode> m_campaignModes;
    QSet<QString> m_liveCampaigns;
    QSet<QString> m_campaignsAsked; // the agents' campaigns when the modes were last read
    bool m_campaignsRead = false;
    bool m_campaignsDue = true;
    int m_pollsSinceCampaigns = 0;
};
