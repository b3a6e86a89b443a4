#include "hub/HubSession.h"

#include "hub/HubAgentFeed.h"
#include "services/FallbackFeed.h"
#include "services/StatePoller.h"
#include "util/Clock.h"

AgentSession *createHubSession(HubClient *hub, WireClient *wire, CapabilityProbe *probe, CommandSender *commands,
                               const QString &agent, const SessionOptions &options, Clock *clock, QObject *parent)
{
    Clock *time = clock ? clock : Clock::system();
    AgentFeed *feed = new HubAgentFeed(hub, agent, time);
    if (wire)
        feed = new FallbackFeed(feed, new StatePoller(wire, agent, options, time));
    return new AgentSession({feed, probe, commands}, agent, options, time, parent);
}
