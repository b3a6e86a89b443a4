#include "demo/VicidialSimulator.h"

#include "demo/AgentApiHandler.h"
#include "demo/DemoTimeline.h"
#include "demo/NonAgentApiHandler.h"
#include "demo/PhpInput.h"
#include "demo/PhpNoise.h"
#include "demo/SimFloor.h"
#include "demo/SimHttpFront.h"
#include "util/Clock.h"
#include "util/Logging.h"

namespace {

const QString kAgentApiPath = QStringLiteral("/agc/api.php");
const QString kNonAgentApiPath = QStringLiteral("/vicidial/non_agent_api.php");

} // namespace

VicidialSimulator::VicidialSimulator(QObject *parent) : VicidialSimulator(Clock::system(), parent)
{
}

VicidialSimulator::VicidialSimulator(Clock *clock, QObject *parent)
    : QObject(parent),

      m_floor(new SimFloor(clock, this)),
      m_front(new SimHttpFront([this](const SimRequest &request) { return serve(request); }, this)),
      m_agentApi(std::make_unique<AgentApiHandler>(m_floor)),
      m_nonAgentApi(std::make_unique<NonAgentApiHandler>(m_floor))
{
    qRegisterMetaType<SimRequestRecord>();
    connect(m_floor, &SimFloor::agentChanged, this, &VicidialSimulator::agentChanged);
    setScenario(SimScenario::Static);
}

VicidialSimulator::~VicidialSimulator() = default;

bool VicidialSimulator::listen(quint16 port, const QHostAddress &address)
{
    if (m_port != 0)
        return false;
    m_port = m_front->start(address, port);
    if (m_port == 0) {
        qCWarning(lcSim) << "cannot listen on" << address.toString() << "port" << port;
        return false;
    }
    m_address = address;
    qCDebug(lcSim).noquote() << "simulator listening on" << baseUrl().toString();
    return true;
}

QUrl VicidialSimulator::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    const bool anyAddress = m_address == QHostAddress::Any || m_address == QHostAddress::AnyIPv4
        || m_address == QHostAddress::AnyIPv6 || m_address.isNull();
    url.setHost(anyAddress || m_address == QHostAddress::LocalHost ? QStringLiteral("127.0.0.1") : m_address.toString());
    url.setPort(m_port);
    return url;
}

ServerConfig VicidialSimulator::clientConfig() const
{
    ServerConfig config;
    config.baseUrl = baseUrl();
    config.apiUser = QStringLiteral("6666");
    config.password = QStringLiteral("1234");
    return config;
}

void VicidialSimulator::setScenario(SimScenario scenario, int floorAgents)
{
    delete m_timeline;
    m_timeline = nullptr;
    m_floor->clear();
    m_floor->setScreenBuild(std::nullopt);
    m_scenario = scenario;
    switch (scenario) {
    case SimScenario::Static: SimScenarios::loadStatic(*m_floor); break;
    case SimScenario::Floor: SimScenarios::loadFloor(*m_floor, floorAgents); break;
    case SimScenario::Demo: {
        // Like the install of PROTOCOL.md section 3: the screens are as new as
        // the newest API, so every button a client enables also works.
        m_floor->setScreenBuild(std::max(m_floor->agentApiBuild(), m_floor->nonAgentApiBuild()));
        const QStringList scripted = SimScenarios::loadDemo(*m_floor);
        m_timeline = new DemoTimeline(m_floor, this);
        // Agent 1000 keeps its call for a while, then runs the loop from the 3-way step.
        m_timeline->addAgent(QStringLiteral("1000"), 2, 8000, false);
        for (qsizetype i = 0; i < scripted.size(); ++i)
            m_timeline->addAgent(scripted.at(i), int(i % DemoTimeline::kStepCount), (i * 1700) % 5000);
        m_timeline->start();
        break;
    }
    }
    Q_EMIT scenarioLoaded(scenario);
}

SimAgent *VicidialSimulator::agent(const QString &user)
{
    return m_floor->agent(user);
}

SimApiUser *VicidialSimulator::apiUser(const QString &user)
{
    return m_floor->apiUser(user);
}

SimAgent &VicidialSimulator::addAgent(const SimAgent &agent)
{
    return m_floor->addAgent(agent);
}

void VicidialSimulator::addApiUser(const SimApiUser &user)
{
    m_floor->addApiUser(user);
}

void VicidialSimulator::addCampaign(const SimCampaign &campaign)
{
    m_floor->addCampaign(campaign);
}

void VicidialSimulator::noteAgentChanged(const QString &agent)
{
    m_floor->noteAgentChanged(agent);
}

void VicidialSimulator::setAgentScreenClosed(const QString &agent, bool closed)
{
    m_floor->setAgentScreenClosed(agent, closed);
}

std::optional<QString> VicidialSimulator::pendingCommand(const QString &agent) const
{
    return m_floor->pendingCommand(agent);
}

void VicidialSimulator::hangUpCustomer(const QString &agent)
{
    m_floor->hangUpCustomer(agent);
}

void VicidialSimulator::setBuilds(const ServerBuild &agentApiBuild, const ServerBuild &nonAgentApiBuild)
{
    m_floor->setAgentApiBuild(agentApiBuild);
    m_floor->setNonAgentApiBuild(nonAgentApiBuild);
}

void VicidialSimulator::setAgentApiBuild(const ServerBuild &build)
{
    m_floor->setAgentApiBuild(build);
}

void VicidialSimulator::setScreenBuild(std::optional<ServerBuild> build)
{
    m_floor->setScreenBuild(build);
}

void VicidialSimulator::setAgentApiActive(bool active)
{
    m_floor->setAgentApiActive(active);
}

void VicidialSimulator::setAgentScreenDelayMs(int ms)
{
    m_floor->setAgentScreenDelayMs(ms);
}

void VicidialSimulator::setIvrReturnMs(int ms)
{
    m_floor->setIvrReturnMs(ms);
}

void VicidialSimulator::processDueEvents()
{
    if (m_timeline)
        m_timeline->tick(); // also carries out what is due
    else
        m_floor->processDue();
}

void VicidialSimulator::setFault(SimFault fault, const QString &function)
{
    m_faults.setFault(fault, function);
}

void VicidialSimulator::setLatencyMs(int ms, const QString &function)
{
    m_faults.setLatencyMs(ms, function);
}

void VicidialSimulator::setLoggedInAgentsServiceTimeUs(int microsecondsPerAgent)
{
    m_faults.setLoggedInAgentsServiceTimeUs(microsecondsPerAgent);
}

void VicidialSimulator::setAgentStatusServiceTimeUs(int microsecondsPerRequest)
{
    m_faults.setAgentStatusServiceTimeUs(microsecondsPerRequest);
}

void VicidialSimulator::clearFaults()
{
    m_faults.clear();
}

int VicidialSimulator::requestCount(const QString &function) const
{
    return m_counters.requests(function);
}

int VicidialSimulator::requestCount(const QString &function, const QString &agent) const
{
    return m_counters.requests(function, agent);
}

int VicidialSimulator::connectionsAccepted() const
{
    return m_front->connectionsAccepted();
}

int VicidialSimulator::commandsCarriedOut(const QString &agent) const
{
    return m_floor->commandsCarriedOut(agent);
}

int VicidialSimulator::commandsIgnored(const QString &agent) const
{
    return m_floor->commandsIgnored(agent);
}

void VicidialSimulator::resetCounters()
{
    m_counters.clear();
    m_modelledServiceUs = 0;
    m_front->resetConnectionCount();
    m_floor->resetCommandCounters();
}

SimDelivery VicidialSimulator::serve(const SimRequest &request)
{
    const bool agentApi = request.path == kAgentApiPath;
    if (!agentApi && request.path != kNonAgentApiPath) {
        SimDelivery notFound;
        notFound.status = 404;
        notFound.body = PhpNoise::notFoundPage(request.path.toUtf8());
        return notFound;
    }

    SimRequestRecord record;
    record.path = request.path;
    record.function = PhpInput::keepAlnumAnd(request.field(QStringLiteral("function")), u"-_");
    record.agent = request.field(QStringLiteral("agent_user"));
    record.value = request.field(QStringLiteral("value"));
    record.method = request.method;
    m_counters.record(record);
    Q_EMIT requestServed(record);

    const SimFault fault = m_faults.faultFor(record.function);
    if (!SimFaults::scriptRuns(fault))
        return SimFaults::failureWithoutScript(fault, m_faults.latencyFor(record.function));
    const SimReply reply = agentApi ? m_agentApi->handle(request) : m_nonAgentApi->handle(request);
    SimDelivery delivery =
        m_faults.deliver(record.function, reply, agentApi ? QByteArrayView("agc/api.php") : QByteArrayView("vicidial/non_agent_api.php"));
    m_modelledServiceUs += delivery.serviceUs;
    return delivery;
}
