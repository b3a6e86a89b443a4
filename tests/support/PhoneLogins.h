#pragma once

#include <QString>

class VicidialSimulator;

// Logs a simulated agent in on a phone (vicidial_live_agents.extension), ready
// in TESTCAMP, as an agent sitting down at a hot desk would. False when the
// simulator has no such agent.
bool logInOnPhone(VicidialSimulator *simulator, const QString &user, const QString &phone);
