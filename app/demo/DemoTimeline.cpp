#include "demo/DemoTimeline.h"

#include "demo/SimFloor.h"
#include "demo/SimScenarios.h"

#include <array>

namespace {

// Ready, call, 3-way, park, grab, hang-up, dispo, pause, log out, log in.
constexpr std::array<qint64, DemoTimeline::kStepCount> kStepMs{6000, 8000, 6000, 6000, 6000, 5000, 5000, 6000, 6000, 6000};

} // namespace

DemoTimeline::DemoTimeline(SimFloor *floor, QObject *parent) : QObject(parent), m_floor(floor)
{
    connect(&m_timer, &QTimer::timeout, this, &DemoTimeline::tick);
}

qint64 DemoTimeline::stepMs(int step)
{
    return kStepMs[size_t(step % kStepCount)];
}

qint64 DemoTimeline::loopMs()
{
    qint64 total = 0;
    for (qint64 ms : kStepMs)
        total += ms;
    return total;
}

void DemoTimeline::addAgent(const QString &user, int firstStep, qint64 delayMs, bool catchUp)
{
    const Scripted scripted{user, firstStep % kStepCount, m_floor->nowMs() + delayMs, m_agents.size() % 2 == 1};
    if (SimAgent *agent = m_floor->agent(user); agent && catchUp) {
        for (int step = 0; step < scripted.step; ++step)
            apply(*agent, step, scripted.usesIvr);
        m_floor->noteAgentChanged(user);
    }
    m_agents.append(scripted);
}

void DemoTimeline::start(int tickMs)
{
    tick();
    m_timer.start(tickMs);
}

void DemoTimeline::stop()
{
    m_timer.stop();
}

bool DemoTimeline::isHeld(const QString &user) const
{
    if (m_floor->pendingCommand(user))
        return true;
    const std::optional<qint64> last = m_floor->lastCommandAtMs(user);
    return last && m_floor->nowMs() - *last < kHoldAfterCommandMs;
}

void DemoTimeline::tick()
{
    m_floor->processDue();
    const qint64 now = m_floor->nowMs();
    for (Scripted &scripted : m_agents) {
        if (now < scripted.nextAtMs)
            continue;
        SimAgent *agent = m_floor->agent(scripted.user);
        if (!agent)
            continue;
        if (isHeld(scripted.user)) {
            scripted.nextAtMs = now + 1000;
            continue;
        }
        apply(*agent, scripted.step, scripted.usesIvr);
        m_floor->noteAgentChanged(scripted.user);
        scripted.nextAtMs = now + stepMs(scripted.step);
        scripted.step = (scripted.step + 1) % kStepCount;
    }
}

void DemoTimeline::apply(SimAgent &agent, int step, bool usesIvr)
{
    const bool customerHere = agent.customer == CustomerLeg::OnLine || agent.customer == CustomerLeg::Parked
        || agent.customer == CustomerLeg::InParkIvr;
    switch (step) {
    case 0: // ready for the next call
        agent.loggedIn = true;
        agent.endCall(QStringLiteral("READY"));
        agent.pauseCode.clear();
        break;
    case 1: { // a lead arrives
        const qint64 lead = m_nextLead++;
        agent.loggedIn = true;
        agent.startCall(lead, SimAgent::makeCallerId(SimScenarios::dateCode(*m_floor), lead));
        agent.phoneNumber = QStringLiteral("312555") + QString::number(lead % 10000).rightJustified(4, QLatin1Char('0'));
        agent.vendorLeadCode = QStringLiteral("VLC") + QString::number(lead);
        break;
    }
    case 2: // a 3-way call starts
        if (agent.customer == CustomerLeg::OnLine)
            agent.thirdParty = ThirdPartyLeg::OnLine;
        break;
    case 3: { // the agent parks the customer from their own screen
        const SimCampaign *campaign = m_floor->campaign(agent.campaign);
        if (agent.customer == CustomerLeg::OnLine)
            agent.customer = usesIvr && campaign && campaign->hasParkIvr() ? CustomerLeg::InParkIvr : CustomerLeg::Parked;
        break;
    }
    case 4: // ...grabs them back and drops the third party
        if (customerHere)
            agent.customer = CustomerLeg::OnLine;
        agent.thirdParty = ThirdPartyLeg::None;
        break;
    case 5: // the customer hangs up
        if (customerHere)
            agent.customer = CustomerLeg::HungUp;
        break;
    case 6: // dispositioning the call: paused with the lead, which the server shows as DISPO
        agent.status = QStringLiteral("PAUSED");
        agent.customer = CustomerLeg::None;
        agent.thirdParty = ThirdPartyLeg::None;
        break;
    case 7: // a break
        agent.endCall(QStringLiteral("PAUSED"));
        agent.pauseCode = QStringLiteral("BREAK");
        break;
    case 8: // logged out
        agent.endCall(QStringLiteral("PAUSED"));
        agent.loggedIn = false;
        agent.pauseCode.clear();
        break;
    default: // logged back in, paused until ready
        agent.loggedIn = true;
        agent.status = QStringLiteral("PAUSED");
        agent.pauseCode = QStringLiteral("LOGIN");
        break;
    }
}
