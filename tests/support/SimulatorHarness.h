#pragma once

#include "SessionTestKit.h"

#include "state/SessionOptions.h"
#include "vicidial/ServerConfig.h"

#include <memory>

class AgentSession;
class CapabilityProbe;
class Clock;
class ParkCallService;
class VicidialSimulator;
class WireClient;

// The in-process simulator on 127.0.0.1 and the client stack in front of
// it, as the program builds them: a WireClient (API user 6666), a
// ParkCallService, the server's capability probe, and sessions with short
// poll intervals.
class SimulatorHarness final
{
public:
    SimulatorHarness();
    ~SimulatorHarness();
    SimulatorHarness(const SimulatorHarness &) = delete;
    SimulatorHarness &operator=(const SimulatorHarness &) = delete;

    VicidialSimulator &sim() const { return *m_sim; }
    bool listen();
    // Builds the client for the simulator; call after configuring it.
    void connect(const QString &password = QStringLiteral("1234"));
    WireClient *wire() const { return m_wire.get(); }
    // The server goes away: its port closes and its connections drop.
    void destroyServer() { m_sim.reset(); }
    ParkCallService *service() const { return m_service.get(); }
    CapabilityProbe *probe() const { return m_probe.get(); }

    // A session for the agent, not started; owned by the caller.
    AgentSession *makeSession(const QString &agent, const SessionOptions &options = fastSessionOptions(), Clock *clock = nullptr) const;

private:
    std::unique_ptr<VicidialSimulator> m_sim;
    std::unique_ptr<WireClient> m_wire;
    std::unique_ptr<ParkCallService> m_service;
    std::unique_ptr<CapabilityProbe> m_probe;
};
