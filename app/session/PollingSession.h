#pragma once

#include "session/AgentSession.h"

class WireClient;

// A session that reads its agent with its own agent_status polls (direct
// mode). probe: the server's shared capability probe, or nullptr to give the
// session one of its own. client, commands and a shared probe must outlive it.
AgentSession *createPollingSession(WireClient *client, CapabilityProbe *probe, CommandSender *commands,
                                   const QString &agent, const SessionOptions &options, Clock *clock,
                                   QObject *parent = nullptr);
