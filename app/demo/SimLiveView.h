#pragma once

#include "vicidial/LiveAgentReport.h"

#include <QHash>

class SimFloor;
struct SimAgent;

// What the server derives for the agents of a floor, with the floor-wide
// count the 3-WAY rule needs taken once.
class SimLiveView final
{
public:
    explicit SimLiveView(SimFloor &floor);
    // For one agent's request: counts that agent's lead only.
    SimLiveView(SimFloor &floor, const SimAgent &agent);
    // For a logged-in agent.
    LiveAgentReport report(const SimAgent &agent) const;

private:
    QHash<qint64, int> m_inCallAgentsByLead;
};
