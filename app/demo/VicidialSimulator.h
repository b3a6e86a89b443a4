#pragma once

#include "demo/SimAgent.h"
#include "demo/SimApiUser.h"
#include "demo/SimCampaign.h"
#include "demo/SimCounters.h"
#include "demo/SimFaults.h"
#include "demo/SimScenarios.h"
#include "vicidial/ServerBuild.h"
#include "vicidial/ServerConfig.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

class AgentApiHandler;
class Clock;
class DemoTimeline;
class NonAgentApiHandler;
class SimFloor;
class SimHttpFront;

// A VICIdial server in a box, for `parkbar --demo`, parkbar-sim and tests:
// serves /agc/api.php and /vicidial/non_agent_api.php over real HTTP with the
// answers of PROTOCOL.md byte for byte, simulates the agents' screens carrying
// out park_call commands, and injects faults on demand. Everything runs on the
// thread that owns it; time comes from the injected clock.
class VicidialSimulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VicidialSimulator)

public:
    // The static scenario on the system clock.
    explicit VicidialSimulator(QObject *parent = nullptr);
    // clock must outlive the simulator.
    explicit VicidialSimulator(Clock *clock, QObject *parent = nullptr);
    ~VicidialSimulator() override;

    // Listens on address:port (port 0 picks a free one). Loopback by default.
    bool listen(quint16 port = 0, const QHostAddress &address = QHostAddress::LocalHost);
    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QHostAddress address() const { return m_address; }
    // http://127.0.0.1:PORT (or the bound address): what a client puts as its server.
    QUrl baseUrl() const;
    // What a client needs to reach this server as the documentation's API
    // user 6666 with its example password (not a secret).
    ServerConfig clientConfig() const;

    // Replaces all data with the scenario's; floorAgents is used by Floor. The
    // screens follow the agent API's build, except in Demo, where they are as
    // new as the newest API (so every value a client enables works). Builds,
    // delays and faults are kept.
    void setScenario(SimScenario scenario, int floorAgents = 100);
    SimScenario scenario() const { return m_scenario; }

    // The model. Pointers stay valid until the next setScenario().
    SimFloor *floor() const { return m_floor; }
    SimAgent *agent(const QString &user);
    SimApiUser *apiUser(const QString &user);
    SimAgent &addAgent(const SimAgent &agent);
    void addApiUser(const SimApiUser &user);
    void addCampaign(const SimCampaign &campaign);
    // After changing an agent's fields directly: starts IVR timers, notifies.
    void noteAgentChanged(const QString &agent);
    void setAgentScreenClosed(const QString &agent, bool closed);
    // The park_call value stored for the agent's screen and not yet carried out.
    std::optional<QString> pendingCommand(const QString &agent) const;
    void hangUpCustomer(const QString &agent);
    void setBuilds(const ServerBuild &agentApiBuild, const ServerBuild &nonAgentApiBuild);
    void setAgentApiBuild(const ServerBuild &build);
    // The agents' screens' build; follows the agent API's build when unset.
    void setScreenBuild(std::optional<ServerBuild> build);
    void setAgentApiActive(bool active);
    void setAgentScreenDelayMs(int ms);
    void setIvrReturnMs(int ms);
    // Carries out the commands, IVR returns and demo steps that the clock says
    // are due. Timers do this in real time; with a manual clock, call it after
    // advancing the clock (requests also carry out due commands).
    void processDueEvents();

    // Faults, for every function or one ("park_call", "agent_status", ...).
    void setFault(SimFault fault, const QString &function = {});
    void setLatencyMs(int ms, const QString &function = {});
    void setLoggedInAgentsServiceTimeUs(int microsecondsPerAgent);
    void setAgentStatusServiceTimeUs(int microsecondsPerRequest);
    void clearFaults();

    // Counters.
    int requestCount(const QString &function = {}) const;
    int requestCount(const QString &function, const QString &agent) const;
    int connectionsAccepted() const;
    // The server work the service-time models stand for, summed over the requests answered.
    qint64 modelledServiceUs() const { return m_modelledServiceUs; }
    // Commands the agent's screen picked up and acted on / picked up and ignored.
    int commandsCarriedOut(const QString &agent) const;
    int commandsIgnored(const QString &agent) const;
    const QList<SimRequestRecord> &recentRequests() const { return m_counters.recent(); }
    void resetCounters();

Q_SIGNALS:
    void requestServed(const SimRequestRecord &record);
    void agentChanged(const QString &agent);
    // setScenario replaced all data.
    void scenarioLoaded(SimScenario scenario);

private:
    SimDelivery serve(const SimRequest &request);

    SimFloor *m_floor;
    SimHttpFront *m_front;
    DemoTimeline *m_timeline = nullptr;
    std::unique_ptr<AgentApiHandler> m_agentApi;
    std::unique_ptr<NonAgentApiHandler> m_nonAgentApi;
    SimFaults m_faults;
    SimCounters m_counters;
    SimScenario m_scenario = SimScenario::Static;
    QHostAddress m_address;
    quint16 m_port = 0;
    qint64 m_modelledServiceUs = 0;
};
