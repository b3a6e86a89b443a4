#pragma once

#include "state/SessionOptions.h"

class AgentSession;
class StatePoller;

// The session options every test rig uses: short poll intervals and
// timeouts, so a test waits tens of milliseconds where a desk waits seconds.
// A test that needs another value sets it on the copy it gets.
SessionOptions fastSessionOptions();

// The agent_status poller of a session made by createPollingSession().
StatePoller *statePollerOf(const AgentSession *session);
