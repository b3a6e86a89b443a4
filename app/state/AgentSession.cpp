// Placeholder until the state layer lands; replaced by the real implementation.
#include "state/AgentSession.h"

class AgentSession::Private
{
};

AgentSession::~AgentSession() = default;
