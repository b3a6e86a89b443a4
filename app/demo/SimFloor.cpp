#include "demo/SimFloor.h"

#include "demo/AgentScreen.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QDateTime>

SimFloor::SimFloor(Clock *clock, QObject *parent) : QObject(parent), m_clock(clock), m_loginGuard(clock)
{
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &SimFloor::processDue);
}

SimFloor::~SimFloor() = default;

qint64 SimFloor::nowMs() const
{
    return m_clock->monotonicMs();
}

qint64 SimFloor::epochSeconds() const
{
    return m_clock->msecsSinceEpoch() / 1000;
}

QString SimFloor::serverDateTime() const
{
    const qint64 local = epochSeconds() + qint64(m_gmtOffsetHours * 3600);
    return QDateTime::fromSecsSinceEpoch(local, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

void SimFloor::clear()
{
    m_users.clear();
    m_agents.clear();
    m_campaigns.clear();
    m_loginGuard.clear();
    m_pending.clear();
    m_ivrReturnDueMs.clear();
    resetCommandCounters();
    m_wake.stop();
}

void SimFloor::addApiUser(const SimApiUser &user)
{
    m_users[user.user] = user;
}

SimApiUser *SimFloor::apiUser(const QString &user)
{
    const auto it = m_users.find(user);
    return it == m_users.end() ? nullptr : &it->second;
}

void SimFloor::addCampaign(const SimCampaign &campaign)
{
    m_campaigns.insert(campaign.id, campaign);
}

const SimCampaign *SimFloor::campaign(const QString &id) const
{
    const auto it = m_campaigns.constFind(id);
    return it == m_campaigns.cend() ? nullptr : &*it;
}

QList<SimCampaign> SimFloor::campaigns() const
{
    QList<SimCampaign> list = m_campaigns.values();
    std::sort(list.begin(), list.end(), [](const SimCampaign &a, const SimCampaign &b) { return a.id < b.id; });
    return list;
}

SimAgent &SimFloor::addAgent(const SimAgent &agent)
{
    SimAgent &stored = m_agents[agent.user];
    stored = agent;
    followLegs(stored);
    return stored;
}

SimAgent *SimFloor::agent(const QString &user)
{
    const auto it = m_agents.find(user);
    return it == m_agents.end() ? nullptr : &it->second;
}

QList<SimAgent *> SimFloor::agents()
{
    QList<SimAgent *> list;
    list.reserve(qsizetype(m_agents.size()));
    for (auto &[user, agent] : m_agents)
        list.append(&agent);
    return list;
}

SimAgent *SimFloor::agentByAltUser(const QString &altUser)
{
    for (auto &[user, agent] : m_agents) {
        if (!agent.altUser.isEmpty() && agent.altUser == altUser)
            return &agent;
    }
    return nullptr;
}

void SimFloor::storeCommand(const QString &agent, const QString &value)
{
    m_pending.insert(agent, {value, nowMs() + m_screenDelayMs});
    scheduleWake();
}

std::optional<QString> SimFloor::pendingCommand(const QString &agent) const
{
    const auto it = m_pending.constFind(agent);
    return it == m_pending.cend() ? std::nullopt : std::optional<QString>(it->value);
}

void SimFloor::setAgentScreenClosed(const QString &agent, bool closed)
{
    if (SimAgent *found = this->agent(agent)) {
        found->screenClosed = closed;
        processDue();
    }
}

void SimFloor::hangUpCustomer(const QString &agent)
{
    SimAgent *found = this->agent(agent);
    if (!found || found->customer == CustomerLeg::None || found->customer == CustomerLeg::HungUp)
        return;
    found->customer = CustomerLeg::HungUp;
    noteAgentChanged(agent);
}

std::optional<qint64> SimFloor::lastCommandAtMs(const QString &agent) const
{
    const auto it = m_lastCommandMs.constFind(agent);
    return it == m_lastCommandMs.cend() ? std::nullopt : std::optional<qint64>(*it);
}

void SimFloor::resetCommandCounters()
{
    m_carriedOut.clear();
    m_ignored.clear();
    m_lastCommandMs.clear();
}

void SimFloor::noteAgentChanged(const QString &agent)
{
    if (SimAgent *found = this->agent(agent))
        followLegs(*found);
    Q_EMIT agentChanged(agent);
}

void SimFloor::followLegs(SimAgent &agent)
{
    // The park time is the floor's to keep, whoever moved the customer.
    if (!agent.customerParked())
        agent.parkedAtMs = 0;
    else if (agent.parkedAtMs == 0)
        agent.parkedAtMs = m_clock->msecsSinceEpoch();

    if (agent.customer != CustomerLeg::InParkIvr) {
        m_ivrReturnDueMs.remove(agent.user);
    } else if (!m_ivrReturnDueMs.contains(agent.user)) {
        m_ivrReturnDueMs.insert(agent.user, nowMs() + m_ivrReturnMs);
        scheduleWake();
    }
}

void SimFloor::carryOut(SimAgent &agent, const Pending &pending)
{
    const SimCampaign *found = campaign(agent.campaign);
    const ParkIvrMode ivrMode = found ? found->parkIvr : ParkIvrMode::Disabled;
    m_lastCommandMs.insert(agent.user, nowMs());
    if (AgentScreen::carryOut(agent, pending.value, ivrMode, screenBuild())) {
        ++m_carriedOut[agent.user];
        qCDebug(lcSim) << "screen of" << agent.user << "carried out" << pending.value;
        noteAgentChanged(agent.user);
    } else {
        ++m_ignored[agent.user];
        qCDebug(lcSim) << "screen of" << agent.user << "ignored" << pending.value;
    }
}

void SimFloor::processDue()
{
    const qint64 now = nowMs();
    const QStringList withCommands = m_pending.keys();
    for (const QString &user : withCommands) {
        SimAgent *found = agent(user);
        if (!found || !found->loggedIn) {
            m_pending.remove(user); // the session ended with the command unread
            continue;
        }
        const Pending pending = m_pending.value(user);
        if (found->screenClosed || pending.dueMs > now)
            continue;
        m_pending.remove(user);
        carryOut(*found, pending);
    }
    const QStringList inIvr = m_ivrReturnDueMs.keys();
    for (const QString &user : inIvr) {
        SimAgent *found = agent(user);
        if (!found || found->customer != CustomerLeg::InParkIvr) {
            m_ivrReturnDueMs.remove(user);
            continue;
        }
        if (m_ivrReturnDueMs.value(user) > now)
            continue;
        m_ivrReturnDueMs.remove(user);
        found->customer = CustomerLeg::OnLine; // the IVR ended: back to the agent
        noteAgentChanged(user);
    }
    scheduleWake();
}

void SimFloor::scheduleWake()
{
    std::optional<qint64> earliest;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        const SimAgent *found = agent(it.key());
        if (found && !found->screenClosed)
            earliest = std::min(earliest.value_or(it->dueMs), it->dueMs);
    }
    for (qint64 due : std::as_const(m_ivrReturnDueMs))
        earliest = std::min(earliest.value_or(due), due);
    if (!earliest) {
        m_wake.stop();
        return;
    }
    // With a manual clock nothing becomes due by waiting; the timer then only
    // re-checks now and then, and requests apply what the clock says is due.
    const qint64 wait = std::clamp<qint64>(*earliest - nowMs(), 1, 60 * 60 * 1000);
    m_wake.start(int(wait));
}
