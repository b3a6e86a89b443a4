#include "session/PollingSession.h"

#include "services/CapabilityProbe.h"
#include "services/StatePoller.h"
#include "util/Clock.h"

AgentSession *createPollingSession(WireClient *client, CapabilityProbe *probe, CommandSender *commands,
                                   const QString &agent, const SessionOptions &options, Clock *clock, QObject *parent)
{
    Clock *time = clock ? clock : Clock::system();
    auto *poller = new StatePoller(client, agent, options, time);
    auto *ownProbe = probe ? nullptr : new CapabilityProbe(client);
    auto *session = new AgentSession({poller, probe ? probe : ownProbe, commands}, agent, options, time, parent);
    if (ownProbe)
        ownProbe->setParent(session);
    return session;
}
