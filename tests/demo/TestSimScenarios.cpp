#include "SimTestClient.h"

#include "demo/DemoTimeline.h"
#include "demo/VicidialSimulator.h"
#include "util/Clock.h"
#include "vicidial/AgentTableParser.h"
#include "vicidial/Redactor.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

// The scenarios: the static example data, a floor of thousands, and the demo's loop.
class TestSimScenarios : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theStaticScenarioHoldsTheDocumentationExamples();
    void aFloorOfTwoThousandAgentsParses();
    void theFloorIsTheSameEveryTime();
    void theDemoShowsEveryStateOfAgent1000WithinAMinute();
    void theDemoLeavesAnAgentAloneAfterACommand();
    void theDemoScreensCarryOutEveryValue();
    void theDemoFloorHasAboutTwentyAgentsInMixedStates();
    void theDemoStartsWithEverySubStatus();
    void aThreeWayCallShowsOnTheHostAndDeadOnTheSecondAgent();
    void scenarioNamesRoundTrip();

private:
    static LoggedInAgentsResult loggedIn(SimTestClient &client);
    static QSet<QString> everySubStatus();
};

QSet<QString> TestSimScenarios::everySubStatus()
{
    return {QString(), u"PARK"_s, u"DEAD"_s, u"DISPO"_s, u"3-WAY"_s, u"RING"_s, u"PREVIEW"_s, u"DIAL"_s};
}

LoggedInAgentsResult TestSimScenarios::loggedIn(SimTestClient &client)
{
    const RawAnswer answer = client.nonAgentApi(apiForm(u"6666"_s, u"1234"_s, u"logged_in_agents"_s, {{u"show_sub_status"_s, u"YES"_s}}));
    return parseLoggedInAgents(answer.body, Redactor());
}

void TestSimScenarios::theStaticScenarioHoldsTheDocumentationExamples()
{
    VicidialSimulator sim;
    QCOMPARE(sim.scenario(), SimScenario::Static);
    QCOMPARE(sim.apiUser(u"6666"_s)->userLevel, 9);
    QVERIFY(sim.apiUser(u"6666"_s)->mayUse(u"park_call"_s));
    QVERIFY(!sim.apiUser(u"7777"_s)->mayUse(u"park_call"_s));
    QCOMPARE(sim.apiUser(u"7777"_s)->userGroup, u"ADMIN"_s);
    QCOMPARE(sim.apiUser(u"5555"_s)->userLevel, 4);
    QVERIFY(!sim.apiUser(u"5555"_s)->viewReports);
    const SimAgent *agent = sim.agent(u"1000"_s);
    QCOMPARE(agent->callerId.size(), 20);
    QVERIFY(agent->callerId.startsWith(u'M'));
    QCOMPARE(agent->customer, CustomerLeg::OnLine);
    QVERIFY(!sim.agent(u"1002"_s)->loggedIn);
    QCOMPARE(sim.agent(u"1003"_s)->campaign, u"NOIVR"_s);
    QVERIFY(!sim.agent(u"9999"_s));
}

void TestSimScenarios::aFloorOfTwoThousandAgentsParses()
{
    VicidialSimulator sim;
    sim.setScenario(SimScenario::Floor, 2000);
    QVERIFY(sim.listen());
    SimTestClient client(sim.baseUrl());
    const LoggedInAgentsResult result = loggedIn(client);
    QCOMPARE(result.answer.kind, ResultKind::Success);
    QCOMPARE(result.agents.size(), 2000);
    QCOMPARE(result.malformedRows, 0);
    QSet<QString> subStatuses;
    QSet<QString> statuses;
    QSet<QString> campaigns;
    for (const AgentSnapshot &agent : result.agents) {
        subStatuses.insert(agent.subStatus);
        statuses.insert(agent.status);
        campaigns.insert(agent.campaign);
    }
    QCOMPARE(subStatuses, everySubStatus());
    QCOMPARE(statuses, (QSet<QString>{u"INCALL"_s, u"PAUSED"_s, u"READY"_s, u"QUEUE"_s, u"CLOSER"_s}));
    QCOMPARE(campaigns.size(), 3);

    const RawAnswer filtered = client.nonAgentApi(apiForm(u"6666"_s, u"1234"_s, u"logged_in_agents"_s,
                                                          {{u"campaigns"_s, u"SALES"_s}, {u"user_groups"_s, u"SUPPORT"_s}}));
    const LoggedInAgentsResult some = parseLoggedInAgents(filtered.body, Redactor());
    QVERIFY(some.agents.size() > 100 && some.agents.size() < 400);
}

void TestSimScenarios::theFloorIsTheSameEveryTime()
{
    ManualClock clock;
    VicidialSimulator first(&clock);
    VicidialSimulator second(&clock);
    first.setScenario(SimScenario::Floor, 50);
    second.setScenario(SimScenario::Floor, 50);
    QVERIFY(first.listen());
    QVERIFY(second.listen());
    SimTestClient one(first.baseUrl());
    SimTestClient two(second.baseUrl());
    QCOMPARE(loggedIn(one).agents, loggedIn(two).agents);
}

void TestSimScenarios::theDemoShowsEveryStateOfAgent1000WithinAMinute()
{
    ManualClock clock;
    VicidialSimulator sim(&clock);
    sim.setScenario(SimScenario::Demo);
    QVERIFY(sim.listen());
    SimTestClient client(sim.baseUrl());

    QSet<QString> seen;
    for (qint64 elapsed = 0; elapsed <= 60000; elapsed += 500) {
        const RawAnswer answer = client.nonAgentApi(apiForm(u"6666"_s, u"1234"_s, u"agent_status"_s, {{u"agent_user"_s, u"1000"_s}}));
        const AgentStatusResult result = parseAgentStatus(answer.body, Redactor(), u"1000"_s);
        if (result.answer.kind == ResultKind::NotLoggedIn)
            seen.insert(u"logged out"_s);
        else if (result.agent)
            seen.insert(result.agent->status + u'/' + result.agent->subStatus + (result.agent->hasLead() ? u"/lead"_s : u""_s));
        clock.advance(500);
        sim.processDueEvents();
    }
    const QSet<QString> expected{u"INCALL//lead"_s, u"INCALL/PARK/lead"_s, u"INCALL/DEAD/lead"_s, u"PAUSED/DISPO/lead"_s,
                                 u"PAUSED/"_s,      u"logged out"_s,        u"READY/"_s};
    QVERIFY(seen.contains(expected));
    QVERIFY(DemoTimeline::loopMs() <= 60000);
}

void TestSimScenarios::theDemoLeavesAnAgentAloneAfterACommand()
{
    ManualClock clock;
    VicidialSimulator sim(&clock);
    sim.setScenario(SimScenario::Demo);
    sim.setAgentScreenDelayMs(1000);
    QVERIFY(sim.listen());
    SimTestClient client(sim.baseUrl());
    clock.advance(7000);
    sim.processDueEvents();
    QCOMPARE(client.agentApi(apiForm(u"6666"_s, u"1234"_s, u"park_call"_s, {{u"agent_user"_s, u"1000"_s}, {u"value"_s, u"PARK_CUSTOMER"_s}})).body,
             "SUCCESS: park_call function set - PARK_CUSTOMER|1000\n");
    for (int i = 0; i < 40; ++i) { // 20 s: the script would have grabbed and hung up by now
        clock.advance(500);
        sim.processDueEvents();
        QCOMPARE(sim.agent(u"1000"_s)->customer, i < 1 ? CustomerLeg::OnLine : CustomerLeg::Parked);
    }
    // Then the loop goes on where it was: the script grabs the customer again.
    for (int i = 0; i < 40 && sim.agent(u"1000"_s)->customer == CustomerLeg::Parked; ++i) {
        clock.advance(500);
        sim.processDueEvents();
    }
    QCOMPARE(sim.agent(u"1000"_s)->customer, CustomerLeg::OnLine);
}

void TestSimScenarios::theDemoScreensCarryOutEveryValue()
{
    ManualClock clock;
    VicidialSimulator sim(&clock); // agent API 240429, non-agent API 241004
    sim.setScenario(SimScenario::Demo);
    sim.setAgentScreenDelayMs(0);
    QVERIFY(sim.listen());
    SimTestClient client(sim.baseUrl());
    sim.agent(u"1000"_s)->thirdParty = ThirdPartyLeg::Parked;
    QCOMPARE(client.agentApi(apiForm(u"6666"_s, u"1234"_s, u"park_call"_s, {{u"agent_user"_s, u"1000"_s}, {u"value"_s, u"SWAP_PARK_CUSTOMER"_s}})).body,
             "SUCCESS: park_call function set - SWAP_PARK_CUSTOMER|1000\n");
    sim.processDueEvents();
    QCOMPARE(sim.agent(u"1000"_s)->customer, CustomerLeg::Parked);
    QCOMPARE(sim.agent(u"1000"_s)->thirdParty, ThirdPartyLeg::OnLine);

    sim.setScenario(SimScenario::Static); // screens follow the agent API again: 240429 ignores SWAP
    sim.agent(u"1000"_s)->thirdParty = ThirdPartyLeg::Parked;
    client.agentApi(apiForm(u"6666"_s, u"1234"_s, u"park_call"_s, {{u"agent_user"_s, u"1000"_s}, {u"value"_s, u"SWAP_PARK_CUSTOMER"_s}}));
    sim.processDueEvents();
    QCOMPARE(sim.agent(u"1000"_s)->customer, CustomerLeg::OnLine);
    QCOMPARE(sim.commandsIgnored(u"1000"_s), 1);
}

void TestSimScenarios::theDemoFloorHasAboutTwentyAgentsInMixedStates()
{
    ManualClock clock;
    VicidialSimulator sim(&clock);
    sim.setScenario(SimScenario::Demo);
    QVERIFY(sim.listen());
    SimTestClient client(sim.baseUrl());
    for (int second = 0; second < 60; second += 15) {
        const LoggedInAgentsResult result = loggedIn(client);
        QVERIFY(result.agents.size() >= 15 && result.agents.size() <= 23);
        QSet<QString> states;
        for (const AgentSnapshot &agent : result.agents)
            states.insert(agent.status + u'/' + agent.subStatus);
        QVERIFY(states.size() >= 4);
        clock.advance(15000);
        sim.processDueEvents();
    }
}

void TestSimScenarios::theDemoStartsWithEverySubStatus()
{
    ManualClock clock;
    VicidialSimulator sim(&clock);
    sim.setScenario(SimScenario::Demo);
    QVERIFY(sim.listen());
    SimTestClient client(sim.baseUrl());
    QSet<QString> subStatuses;
    bool pausedWithCode = false;
    for (const AgentSnapshot &agent : loggedIn(client).agents) {
        subStatuses.insert(agent.subStatus);
        pausedWithCode = pausedWithCode || (agent.status == u"PAUSED"_s && !agent.pauseCode.isEmpty());
    }
    QCOMPARE(subStatuses, everySubStatus());
    QVERIFY(pausedWithCode);
    QVERIFY(!sim.agent(u"1002"_s)->loggedIn);
    QCOMPARE(sim.agent(u"2019"_s)->customer, CustomerLeg::InParkIvr);
    QVERIFY(sim.agent(u"2019"_s)->parkedAtMs > 0);
}

void TestSimScenarios::aThreeWayCallShowsOnTheHostAndDeadOnTheSecondAgent()
{
    ManualClock clock;
    VicidialSimulator sim(&clock);
    QVERIFY(sim.listen());
    SimTestClient client(sim.baseUrl());
    SimAgent *second = sim.agent(u"1001"_s);
    second->status = u"INCALL"_s;
    second->leadId = sim.agent(u"1000"_s)->leadId;
    second->callerId = u"Y1234567890000012345"_s;
    sim.noteAgentChanged(u"1001"_s);
    QHash<QString, QString> subStatus;
    for (const AgentSnapshot &agent : loggedIn(client).agents)
        subStatus.insert(agent.user, agent.subStatus);
    QCOMPARE(subStatus.value(u"1000"_s), u"3-WAY"_s);
    QCOMPARE(subStatus.value(u"1001"_s), u"DEAD"_s); // its own callerid has no customer call

    sim.agent(u"1000"_s)->customer = CustomerLeg::Parked; // PARK wins over 3-WAY
    sim.noteAgentChanged(u"1000"_s);
    for (const AgentSnapshot &agent : loggedIn(client).agents)
        subStatus.insert(agent.user, agent.subStatus);
    QCOMPARE(subStatus.value(u"1000"_s), u"PARK"_s);
}

void TestSimScenarios::scenarioNamesRoundTrip()
{
    for (SimScenario scenario : {SimScenario::Static, SimScenario::Demo, SimScenario::Floor})
        QCOMPARE(SimScenarios::fromName(SimScenarios::name(scenario)), scenario);
    QCOMPARE(SimScenarios::fromName(u"DEMO"), SimScenario::Demo);
    QCOMPARE(SimScenarios::fromName(u"busy"), std::nullopt);
}

QTEST_GUILESS_MAIN(TestSimScenarios)
#include "TestSimScenarios.moc"
