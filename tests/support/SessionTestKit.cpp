#include "SessionTestKit.h"

#include "services/StatePoller.h"
#include "session/AgentSession.h"

SessionOptions fastSessionOptions()
{
    SessionOptions options;
    options.confirmingPollMs = 40;
    options.loggedInPollMs = 100;
    options.loggedOutPollMs = 200;
    options.maxBackoffMs = 400;
    options.confirmTimeoutMs = 1500;
    options.staleAfterMs = 10000;
    options.slowLatencyMs = 5000;
    // The simulator's and the scripted server's campaign has a park IVR.
    options.parkIvrModes.insert(QStringLiteral("TESTCAMP"), ParkIvrMode::Enabled);
    return options;
}

StatePoller *statePollerOf(const AgentSession *session)
{
    return qobject_cast<StatePoller *>(session->stateFeed());
}
