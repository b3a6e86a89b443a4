#include "SimulatorHarness.h"

#include "demo/VicidialSimulator.h"
#include "services/CapabilityProbe.h"
#include "services/ParkCallService.h"
#include "session/PollingSession.h"
#include "util/Clock.h"
#include "vicidial/WireClient.h"

SimulatorHarness::SimulatorHarness() : m_sim(std::make_unique<VicidialSimulator>())
{
    m_sim->setAgentScreenDelayMs(100);
}

SimulatorHarness::~SimulatorHarness()
{
    // The service and the client go before the server they talk to.
    m_service.reset();
    m_wire.reset();
}

bool SimulatorHarness::listen()
{
    return m_sim->listen();
}

void SimulatorHarness::connect(const QString &password)
{
    ServerConfig config = m_sim->clientConfig();
    config.password = password;
    m_wire = std::make_unique<WireClient>(config);
    m_service = std::make_unique<ParkCallService>(m_wire.get());
    m_probe = std::make_unique<CapabilityProbe>(m_wire.get());
}

AgentSession *SimulatorHarness::makeSession(const QString &agent, const SessionOptions &options, Clock *clock) const
{
    return createPollingSession(m_wire.get(), m_probe.get(), m_service.get(), agent, options, clock);
}
