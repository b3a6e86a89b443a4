#include "demo/SimScenarios.h"

#include "demo/SimFloor.h"
#include "util/Clock.h"

#include <QDateTime>

namespace {

SimApiUser apiUser(const QString &user, int level, bool viewReports, const QString &group,
                   const QStringList &functions = {QStringLiteral("ALL_FUNCTIONS")})
{
    SimApiUser apiUser;
    apiUser.user = user;
    apiUser.password = QStringLiteral("1234");
    apiUser.userLevel = level;
    apiUser.viewReports = viewReports;
    apiUser.userGroup = group;
    apiUser.allowedFunctions = functions;
    return apiUser;
}

SimAgent baseAgent(const QString &user, const QString &campaign, const QString &session)
{
    SimAgent agent;
    agent.user = user;
    agent.fullName = QStringLiteral("Agent ") + user;
    agent.extension = QStringLiteral("SIP/") + user;
    agent.campaign = campaign;
    agent.sessionId = session;
    return agent;
}

void giveLead(SimAgent &agent, qint64 lead)
{
    agent.phoneNumber = QStringLiteral("312555") + QString::number(lead % 10000).rightJustified(4, QLatin1Char('0'));
    agent.vendorLeadCode = QStringLiteral("VLC") + QString::number(lead);
}

void putInCall(SimAgent &agent, qint64 lead, const QString &callerId, int callsToday)
{
    agent.loggedIn = true;
    agent.startCall(lead, callerId);
    agent.callsToday = callsToday;
    giveLead(agent, lead);
}

// The second agent of a three-way call: INCALL on the host's lead under a
// callerid of its own that has no customer call, so the server shows DEAD
// for it and 3-WAY for the host (PROTOCOL.md section 8).
void joinThreeWay(SimAgent &agent, SimAgent &host, const QString &dateCode)
{
    putInCall(agent, host.leadId, QLatin1Char('Y') + SimAgent::makeCallerId(dateCode, host.leadId).mid(1), agent.callsToday);
    agent.customer = CustomerLeg::None;
    host.thirdParty = ThirdPartyLeg::OnLine;
}

// A call ringing the phone of an on-hook agent: RING.
void ringOnHook(SimAgent &agent, qint64 lead, const QString &callerId)
{
    putInCall(agent, lead, callerId, agent.callsToday);
    agent.status = QStringLiteral("QUEUE");
    agent.onHookAgent = true;
    agent.ringCallerId = callerId;
    agent.customer = CustomerLeg::Ringing;
}

// A manual dial not answered yet: DIAL.
void dialManually(SimAgent &agent, qint64 lead, const QString &callerId)
{
    putInCall(agent, lead, callerId, agent.callsToday);
    agent.comments = QStringLiteral("MANUAL");
    agent.customer = CustomerLeg::Dialing;
}

// Paused with a lead on the screen for preview: PREVIEW.
void showPreview(SimAgent &agent, qint64 lead)
{
    agent.loggedIn = true;
    agent.status = QStringLiteral("PAUSED");
    agent.previewLeadId = lead;
    giveLead(agent, lead);
}

} // namespace

QString SimScenarios::name(SimScenario scenario)
{
    switch (scenario) {
    case SimScenario::Static: return QStringLiteral("static");
    case SimScenario::Demo: return QStringLiteral("demo");
    case SimScenario::Floor: return QStringLiteral("floor");
    }
    return {};
}

std::optional<SimScenario> SimScenarios::fromName(QStringView name)
{
    for (SimScenario scenario : {SimScenario::Static, SimScenario::Demo, SimScenario::Floor}) {
        if (name.compare(SimScenarios::name(scenario), Qt::CaseInsensitive) == 0)
            return scenario;
    }
    return std::nullopt;
}

QString SimScenarios::dateCode(const SimFloor &floor)
{
    return QDateTime::fromSecsSinceEpoch(floor.epochSeconds(), Qt::UTC).toString(QStringLiteral("MMddHHmmss"));
}

void SimScenarios::loadUsersAndCampaigns(SimFloor &floor)
{
    floor.addApiUser(apiUser(QStringLiteral("6666"), 9, true, QStringLiteral("ADMIN")));
    floor.addApiUser(apiUser(QStringLiteral("6667"), 9, true, QStringLiteral("ADMIN")));
    floor.addApiUser(apiUser(QStringLiteral("7777"), 8, true, QStringLiteral("ADMIN"),
                             {QStringLiteral("agent_status"), QStringLiteral("logged_in_agents")}));
    floor.addApiUser(apiUser(QStringLiteral("5555"), 4, false, QStringLiteral("AGENTS")));
    floor.addApiUser(apiUser(QStringLiteral("5556"), 8, false, QStringLiteral("ADMIN")));
    floor.addCampaign({QStringLiteral("TESTCAMP"), ParkIvrMode::Enabled});
    floor.addCampaign({QStringLiteral("NOIVR"), ParkIvrMode::Disabled});
}

void SimScenarios::loadStatic(SimFloor &floor)
{
    loadUsersAndCampaigns(floor);

    SimAgent inCall = baseAgent(QStringLiteral("1000"), QStringLiteral("TESTCAMP"), QStringLiteral("8600051"));
    putInCall(inCall, 12345, QStringLiteral("M1234567890000012345"), 3);
    inCall.phoneNumber = QStringLiteral("3125550100");
    inCall.vendorLeadCode = QStringLiteral("VLC12345");
    inCall.computerIp = QStringLiteral("10.10.10.100");
    floor.addAgent(inCall);

    SimAgent paused = baseAgent(QStringLiteral("1001"), QStringLiteral("TESTCAMP"), QStringLiteral("8600052"));
    paused.loggedIn = true;
    paused.status = QStringLiteral("PAUSED");
    paused.pauseCode = QStringLiteral("LOGIN");
    paused.callsToday = 1;
    paused.computerIp = QStringLiteral("10.10.10.101");
    floor.addAgent(paused);

    SimAgent loggedOut = baseAgent(QStringLiteral("1002"), QStringLiteral("TESTCAMP"), QString());
    floor.addAgent(loggedOut);

    SimAgent noIvr = baseAgent(QStringLiteral("1003"), QStringLiteral("NOIVR"), QStringLiteral("8600053"));
    putInCall(noIvr, 12346, QStringLiteral("M1234567890000012346"), 2);
    noIvr.computerIp = QStringLiteral("10.10.10.103");
    floor.addAgent(noIvr);
}

QStringList SimScenarios::loadDemo(SimFloor &floor)
{
    loadStatic(floor);
    floor.addCampaign({QStringLiteral("SALES"), ParkIvrMode::EnabledParkOnly});
    const QStringList campaigns{QStringLiteral("TESTCAMP"), QStringLiteral("SALES"), QStringLiteral("NOIVR")};
    const QString date = dateCode(floor);
    QList<SimAgent> agents;
    for (int i = 1; i <= 19; ++i) {
        const QString user = QString::number(2000 + i);
        SimAgent agent = baseAgent(user, campaigns.at(i % campaigns.size()), QString::number(8600100 + i));
        agent.userGroup = i % 2 ? QStringLiteral("AGENTS") : QStringLiteral("SALESTEAM");
        agent.loggedIn = true;
        agent.status = QStringLiteral("READY");
        agent.callsToday = i % 7;
        agent.computerIp = QStringLiteral("10.10.20.") + QString::number(i);
        agents.append(agent);
    }
    // 2001-2013 follow the demo's loop; 2014-2019 hold the moments the loop
    // does not reach, so every sub status is on the floor at once.
    constexpr int kScripted = 13;
    SimAgent &host = agents[13];
    putInCall(host, 19014, SimAgent::makeCallerId(date, 19014), 4);
    joinThreeWay(agents[14], host, date);
    ringOnHook(agents[15], 19016, SimAgent::makeCallerId(date, 19016));
    showPreview(agents[16], 19017);
    dialManually(agents[17], 19018, SimAgent::makeCallerId(date, 19018));
    agents[18].campaign = QStringLiteral("TESTCAMP"); // park IVR with grab back
    putInCall(agents[18], 19019, SimAgent::makeCallerId(date, 19019), 2);
    agents[18].customer = CustomerLeg::InParkIvr;

    QStringList scripted;
    for (int i = 0; i < agents.size(); ++i) {
        floor.addAgent(agents.at(i));
        if (i < kScripted)
            scripted.append(agents.at(i).user);
    }
    return scripted;
}

void SimScenarios::loadFloor(SimFloor &floor, int count)
{
    loadUsersAndCampaigns(floor);
    floor.addCampaign({QStringLiteral("SALES"), ParkIvrMode::EnabledParkOnly});
    const QStringList campaigns{QStringLiteral("TESTCAMP"), QStringLiteral("SALES"), QStringLiteral("NOIVR")};
    const QStringList groups{QStringLiteral("AGENTS"), QStringLiteral("SALESTEAM"), QStringLiteral("SUPPORT")};
    const QString date = dateCode(floor);
    const qint64 now = floor.clock()->msecsSinceEpoch();
    QList<SimAgent> agents;
    agents.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QString user = QString::number(10000 + i);
        SimAgent agent = baseAgent(user, campaigns.at(i % campaigns.size()), QString::number(8700000 + i));
        agent.userGroup = groups.at((i / 3) % groups.size());
        agent.loggedIn = true;
        agent.computerIp = QStringLiteral("10.20.%1.%2").arg(i / 250).arg(i % 250 + 1);
        const qint64 lead = 100000 + i;
        const QString callerId = SimAgent::makeCallerId(date, lead);
        switch (i % 20) {
        case 4:
        case 14: // parked, on hold; in a campaign with a park IVR the second one is in the IVR
            putInCall(agent, lead, callerId, i % 23);
            agent.customer = i % 20 == 14 && floor.campaign(agent.campaign)->hasParkIvr() ? CustomerLeg::InParkIvr : CustomerLeg::Parked;
            agent.parkedAtMs = now - (i % 300) * 1000; // parked a while ago
            break;
        case 5:
        case 15: agent.status = QStringLiteral("PAUSED"); agent.pauseCode = i % 20 == 5 ? QStringLiteral("BREAK") : QStringLiteral("LUNCH"); break;
        case 6:
        case 16: agent.status = QStringLiteral("READY"); break;
        case 7: // the customer hung up
            putInCall(agent, lead, callerId, i % 23);
            agent.customer = CustomerLeg::HungUp;
            break;
        case 8:
        case 18: // writing the disposition: paused with the lead
            putInCall(agent, lead, callerId, i % 23);
            agent.status = QStringLiteral("PAUSED");
            agent.customer = CustomerLeg::None;
            break;
        case 9: agent.status = QStringLiteral("QUEUE"); break;
        case 19: agent.status = QStringLiteral("CLOSER"); break;
        case 3: // joined the call of the agent before: 3-WAY for that one, DEAD for this one
            joinThreeWay(agent, agents.last(), date);
            break;
        case 11: dialManually(agent, lead, callerId); break;
        case 13: ringOnHook(agent, lead, callerId); break;
        case 17: showPreview(agent, lead); break;
        default: putInCall(agent, lead, callerId, i % 23); break;
        }
        agents.append(agent);
    }
    for (const SimAgent &agent : std::as_const(agents))
        floor.addAgent(agent);
    // Agents who have logged out for the day: in vicidial_users, not on the floor.
    for (int i = 0; i < std::max(1, count / 100); ++i) {
        SimAgent gone = baseAgent(QString::number(10000 + count + i), campaigns.at(i % campaigns.size()), QString());
        gone.userGroup = groups.at(i % groups.size());
        floor.addAgent(gone);
    }
}
