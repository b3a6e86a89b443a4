#include "vicidial/ServerCapabilities.h"

std::optional<ServerBuild> ServerCapabilities::newestBuild() const
{
    if (agentApiBuild && nonAgentApiBuild)
        return std::max(*agentApiBuild, *nonAgentApiBuild);
    return agentApiBuild ? agentApiBuild : nonAgentApiBuild;
}

bool ServerCapabilities::supports(ParkAction action) const
{
    const std::optional<ServerBuild> newest = newestBuild();
    if (!newest)
        return true;
    const int needed = parkActionFirstBuild(action);
    if (needed >= 240624 && screenSupportsSwapAndHangup)
        return true;
    return newest->date >= needed;
}
