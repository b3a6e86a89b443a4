#pragma once

#include "state/CallLegs.h"
#include "vicidial/AgentSnapshot.h"

#include <QString>

// Plain words for an agent's status and call ("In call, customer parked",
// "Paused (LUNCH)"), from the snapshot and the call legs. Translated.
QString agentStateText(const AgentSnapshot &snapshot, const CallLegs &legs);
