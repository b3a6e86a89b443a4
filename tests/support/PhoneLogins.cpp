#include "PhoneLogins.h"

#include "demo/SimFloor.h"
#include "demo/VicidialSimulator.h"

bool logInOnPhone(VicidialSimulator *simulator, const QString &user, const QString &phone)
{
    SimAgent *agent = simulator->agent(user);
    if (!agent)
        return false;
    agent->loggedIn = true;
    agent->extension = phone;
    agent->status = QStringLiteral("READY");
    agent->campaign = QStringLiteral("TESTCAMP");
    agent->sessionId = QStringLiteral("8600099");
    simulator->noteAgentChanged(user);
    return true;
}
