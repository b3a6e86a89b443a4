#pragma once

#include "vicidial/AgentSnapshot.h"

// Agents as a floor shows them, with everything a bar must never see filled in.
namespace HubAgents {

inline AgentSnapshot inCall(const QString &user, const QString &campaign = QStringLiteral("TESTCAMP"),
                            const QString &group = QStringLiteral("AGENTS"))
{
    AgentSnapshot agent;
    agent.user = user;
    agent.status = QStringLiteral("INCALL");
    agent.leadId = QStringLiteral("5") + user;
    agent.callerId = QStringLiteral("M12061015000005") + user;
    agent.campaign = campaign;
    agent.userGroup = group;
    agent.callsToday = 3;
    agent.fullName = QStringLiteral("Renata Quixotic ") + user;
    agent.userLevel = 1;
    agent.phoneNumber = QStringLiteral("3125557") + user.right(3);
    agent.vendorLeadCode = QStringLiteral("VENDOR") + user;
    agent.sessionId = QStringLiteral("86000") + user;
    agent.computerIp = QStringLiteral("10.0.0.7");
    agent.extension = QStringLiteral("SIP/") + user;
    return agent;
}

inline AgentSnapshot paused(const QString &user, const QString &campaign = QStringLiteral("TESTCAMP"))
{
    AgentSnapshot agent = inCall(user, campaign);
    agent.status = QStringLiteral("PAUSED");
    agent.leadId = QStringLiteral("0");
    agent.callerId.clear();
    agent.phoneNumber.clear();
    agent.vendorLeadCode.clear();
    agent.pauseCode = QStringLiteral("BREAK");
    return agent;
}

} // namespace HubAgents
