#pragma once

#include "demo/SimRequest.h"
#include "vicidial/LiveAgentReport.h"

#include <QStringList>

class SimFloor;
struct SimAgent;
struct SimApiUser;

// /vicidial/non_agent_api.php: version, agent_status and logged_in_agents
// (PROTOCOL.md sections 3, 4, 6 and 7). Any other function, once logged in,
// gets "ERROR: NO FUNCTION SPECIFIED", as from the real script.
class NonAgentApiHandler final
{
public:
    explicit NonAgentApiHandler(SimFloor *floor) : m_floor(floor) {}

    SimReply handle(const SimRequest &request) const;

private:
    struct Table
    {
        QChar delimiter;
        bool header = false;
    };
    SimReply version() const;
    QByteArray authenticate(const QString &user, const QString &pass) const;
    // Source, function permission and report access, shared by both data functions.
    QByteArray refusal(const QString &function, const QString &source, const SimApiUser &apiUser) const;
    SimReply agentStatus(const SimRequest &request, const SimApiUser &apiUser, const Table &table) const;
    SimReply loggedInAgents(const SimRequest &request, const SimApiUser &apiUser, const Table &table) const;
    // report: the sub status and lead the server derives (SimLiveView).
    static QStringList agentStatusFields(const SimAgent &agent, const LiveAgentReport &report, bool withIp);
    static QStringList loggedInAgentsFields(const SimAgent &agent, const LiveAgentReport &report, bool withSubStatus);

    SimFloor *m_floor;
};
