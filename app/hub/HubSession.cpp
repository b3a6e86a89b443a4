#include "hub/HubSession.h"

#include "hub/HubAgentFeed.h"
#include "hub/HubClient.h"
#include "services/CapabilityProbe.h"
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

void adoptHubBuilds(HubClient *hub, CapabilityProbe *probe)
{
    if (!hub || !probe)
        return;
    const auto adopt = [hub, probe] { probe->adopt(hub->serverCapabilities().value_or(ServerCapabilities{})); };
    QObject::disconnect(hub, nullptr, probe, nullptr); // once, however often the profile reconnects
    QObject::connect(hub, &HubClient::serverCapabilitiesChanged, probe, adopt);
    adopt();
}
