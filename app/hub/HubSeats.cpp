#include "hub/HubSeats.h"

namespace HubSeats {

std::optional<AgentSnapshot> seatedAt(const QHash<QString, AgentSnapshot> &agents, const QString &phone)
{
    if (phone.isEmpty())
        return std::nullopt;
    // Two agents on one phone should not happen; the lowest login wins, so every reading agrees.
    std::optional<AgentSnapshot> seated;
    for (const AgentSnapshot &agent : agents) {
        if (agent.extension.compare(phone, Qt::CaseInsensitive) == 0 && (!seated || agent.user < seated->user))
            seated = agent;
    }
    return seated;
}

} // namespace HubSeats
