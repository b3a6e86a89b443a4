#include "demo/SimScenarios.h"

#include "demo/SimFloor.h"

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
    agent.campaign = campaign;
    agent.sessionId = session;
    return agent;
}

void putInCall(SimAgent &agent, qint64 lead, const QString &callerId, int callsToday)
{
    agent.loggedIn = true;
    agent.startCall(lead, callerId);
    agent.callsToday = callsToday;
    agent.phoneNumber = QStringLiteral("312555") + QString::number(lead % 10000).rightJustified(4, QLatin1Char('0'));
    agent.vendorLeadCode = QStringLiteral("VLC") + QString::number(lead);
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
    QStringList users;
    for (int i = 1; i <= 19; ++i) {
        const QString user = QString::number(2000 + i);
        SimAgent agent = baseAgent(user, campaigns.at(i % campaigns.size()), QString::number(8600100 + i));
        agent.userGroup = i % 2 ? QStringLiteral("AGENTS") : QStringLiteral("SALESTEAM");
        agent.loggedIn = true;
        agent.status = QStringLiteral("READY");
        agent.callsToday = i % 7;
        agent.computerIp = QStringLiteral("10.10.20.") + QString::number(i);
        floor.addAgent(agent);
        users.append(user);
    }
    return users;
}

void SimScenarios::loadFloor(SimFloor &floor, int count)
{
    loadUsersAndCampaigns(floor);
    floor.addCampaign({QStringLiteral("SALES"), ParkIvrMode::EnabledParkOnly});
    const QStringList campaigns{QStringLiteral("TESTCAMP"), QStringLiteral("SALES"), QStringLiteral("NOIVR")};
    const QStringList groups{QStringLiteral("AGENTS"), QStringLiteral("SALESTEAM"), QStringLiteral("SUPPORT")};
    const QString date = dateCode(floor);
    for (int i = 0; i < count; ++i) {
        const QString user = QString::number(10000 + i);
        SimAgent agent = baseAgent(user, campaigns.at(i % campaigns.size()), QString::number(8700000 + i));
        agent.userGroup = groups.at((i / 3) % groups.size());
        agent.loggedIn = true;
        agent.computerIp = QStringLiteral("10.20.%1.%2").arg(i / 250).arg(i % 250 + 1);
        const qint64 lead = 100000 + i;
        switch (i % 10) {
        case 4: // parked
            putInCall(agent, lead, SimAgent::makeCallerId(date, lead), i % 23);
            agent.customer = CustomerLeg::Parked;
            break;
        case 5:
            agent.status = QStringLiteral("PAUSED");
            agent.pauseCode = i % 20 == 5 ? QStringLiteral("LUNCH") : QStringLiteral("BREAK");
            break;
        case 6: agent.status = QStringLiteral("READY"); break;
        case 7: // the customer hung up
            putInCall(agent, lead, SimAgent::makeCallerId(date, lead), i % 23);
            agent.customer = CustomerLeg::HungUp;
            break;
        case 8: // writing the disposition
            putInCall(agent, lead, SimAgent::makeCallerId(date, lead), i % 23);
            agent.status = QStringLiteral("PAUSED");
            agent.customer = CustomerLeg::None;
            agent.scenarioSubStatus = QStringLiteral("DISPO");
            break;
        case 9: agent.status = i % 20 == 9 ? QStringLiteral("QUEUE") : QStringLiteral("CLOSER"); break;
        default: putInCall(agent, lead, SimAgent::makeCallerId(date, lead), i % 23); break;
        }
        floor.addAgent(agent);
    }
}
