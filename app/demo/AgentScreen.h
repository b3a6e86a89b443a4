#pragma once

#include "demo/SimAgent.h"
#include "vicidial/ParkIvrMode.h"
#include "vicidial/ServerBuild.h"

// The agent's VICIdial browser screen picking up a stored park_call value and
// acting on the call legs. A value that does not fit the legs is ignored, as a
// real screen ignores it; so are the SWAP and HANGUP values on a screen older
// than 240624 and values no screen knows.
class AgentScreen final
{
public:
    // Returns true when the value changed the legs.
    static bool carryOut(SimAgent &agent, const QString &value, ParkIvrMode ivrMode, const ServerBuild &screenBuild);
};
