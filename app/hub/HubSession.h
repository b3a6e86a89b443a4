#pragma once

#include "session/AgentSession.h"

class HubClient;
class WireClient;

// A bar's session fed by a parkbar-hub. With a wire client (feed mode: the
// password is on the desk), the bar polls agent_status itself while the hub
// cannot be relied on (FallbackFeed), and returns to the hub when it can;
// without one (gateway mode), the hub is the only source. hub, wire, probe
// and commands must outlive the session; probe may be null.
AgentSession *createHubSession(HubClient *hub, WireClient *wire, CapabilityProbe *probe, CommandSender *commands,
                               const QString &agent, const SessionOptions &options, Clock *clock,
                               QObject *parent = nullptr);

// Behind a hub, the probe takes the builds the hub read (unknown until it
// says, or when it has none) and asks VICIdial nothing itself.
void adoptHubBuilds(HubClient *hub, CapabilityProbe *probe);
