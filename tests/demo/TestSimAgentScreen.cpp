#include "SimTestClient.h"

#include "demo/VicidialSimulator.h"
#include "util/Clock.h"
#include "vicidial/AgentTableParser.h"
#include "vicidial/AnswerParser.h"
#include "vicidial/Redactor.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The agents' simulated browser screens: when and how a stored park_call
// value changes the call, as seen through agent_status.
class TestSimAgentScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void theScreenActsAfterItsDelay();
    void theScreenActsInRealTimeOnTheSystemClock();
    void aClosedScreenNeverActs();
    void aNewCommandReplacesOneNotYetCarriedOut();
    void eachValueChangesTheLegs_data();
    void eachValueChangesTheLegs();
    void theCustomerComesBackFromTheIvrByThemselves();
    void grabIvrBringsTheCustomerBackEarly();
    void ivrParkWithoutAParkIvrDropsTheCustomer();
    void aParkedCustomerCanHangUp();
    void oldBuildsRefuseOrIgnoreNewerValues_data();
    void oldBuildsRefuseOrIgnoreNewerValues();
    void commandsForALoggedOutAgentAreDropped();

private:
    QByteArray park(const QString &value, const QString &agent = u"1000"_s, const QString &user = u"6666"_s);
    AgentSnapshot status(const QString &agent = u"1000"_s);

    ManualClock *m_clock = nullptr;
    VicidialSimulator *m_sim = nullptr;
    SimTestClient *m_client = nullptr;
};

void TestSimAgentScreen::init()
{
    m_clock = new ManualClock();
    m_sim = new VicidialSimulator(m_clock, this);
    m_sim->setAgentScreenDelayMs(1000);
    m_sim->setIvrReturnMs(30000);
    m_sim->setAgentApiBuild({240624, 1200});
    QVERIFY(m_sim->listen());
    m_client = new SimTestClient(m_sim->baseUrl());
}

void TestSimAgentScreen::cleanup()
{
    delete m_client;
    delete m_sim;
    delete m_clock;
}

QByteArray TestSimAgentScreen::park(const QString &value, const QString &agent, const QString &user)
{
    return m_client->agentApi(apiForm(user, u"1234"_s, u"park_call"_s, {{u"agent_user"_s, agent}, {u"value"_s, value}})).body;
}

AgentSnapshot TestSimAgentScreen::status(const QString &agent)
{
    const RawAnswer answer = m_client->nonAgentApi(apiForm(u"6666"_s, u"1234"_s, u"agent_status"_s, {{u"agent_user"_s, agent}}));
    return parseAgentStatus(answer.body, Redactor(), agent).agent.value_or(AgentSnapshot());
}

void TestSimAgentScreen::theScreenActsAfterItsDelay()
{
    QCOMPARE(park(u"PARK_CUSTOMER"_s), "SUCCESS: park_call function set - PARK_CUSTOMER|1000\n");
    QCOMPARE(status().subStatus, QString());
    QCOMPARE(m_sim->pendingCommand(u"1000"_s), u"PARK_CUSTOMER"_s);
    m_clock->advance(999);
    QCOMPARE(status().subStatus, QString());
    m_clock->advance(1);
    const AgentSnapshot parked = status();
    QCOMPARE(parked.subStatus, u"PARK"_s);
    QCOMPARE(parked.status, u"INCALL"_s);
    QCOMPARE(m_sim->agent(u"1000"_s)->customer, CustomerLeg::Parked);
    QCOMPARE(m_sim->commandsCarriedOut(u"1000"_s), 1);
    QVERIFY(!m_sim->pendingCommand(u"1000"_s));
}

void TestSimAgentScreen::theScreenActsInRealTimeOnTheSystemClock()
{
    VicidialSimulator sim; // system clock
    sim.setAgentScreenDelayMs(30);
    QVERIFY(sim.listen());
    SimTestClient client(sim.baseUrl());
    QSignalSpy changed(&sim, &VicidialSimulator::agentChanged);
    QCOMPARE(client.agentApi(apiForm(u"6666"_s, u"1234"_s, u"park_call"_s, {{u"agent_user"_s, u"1000"_s}, {u"value"_s, u"PARK_CUSTOMER"_s}})).body,
             "SUCCESS: park_call function set - PARK_CUSTOMER|1000\n");
    QTRY_COMPARE(sim.agent(u"1000"_s)->customer, CustomerLeg::Parked);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toString(), u"1000"_s);
}

void TestSimAgentScreen::aClosedScreenNeverActs()
{
    m_sim->setAgentScreenClosed(u"1000"_s, true);
    QCOMPARE(park(u"PARK_CUSTOMER"_s), "SUCCESS: park_call function set - PARK_CUSTOMER|1000\n");
    m_clock->advance(60000);
    m_sim->processDueEvents();
    QCOMPARE(status().subStatus, QString());
    QCOMPARE(m_sim->agent(u"1000"_s)->customer, CustomerLeg::OnLine);
    QCOMPARE(m_sim->commandsCarriedOut(u"1000"_s), 0);
    QCOMPARE(m_sim->pendingCommand(u"1000"_s), u"PARK_CUSTOMER"_s);
}

void TestSimAgentScreen::aNewCommandReplacesOneNotYetCarriedOut()
{
    QCOMPARE(park(u"PARK_CUSTOMER"_s), "SUCCESS: park_call function set - PARK_CUSTOMER|1000\n");
    m_clock->advance(500);
    QCOMPARE(park(u"PARK_IVR_CUSTOMER"_s), "SUCCESS: park_call function set - PARK_IVR_CUSTOMER|1000\n");
    m_clock->advance(600);
    QCOMPARE(status().subStatus, QString()); // the replacement waits its own full delay
    m_clock->advance(400);
    QCOMPARE(status().subStatus, u"PARK"_s);
    QCOMPARE(m_sim->agent(u"1000"_s)->customer, CustomerLeg::InParkIvr);
    QCOMPARE(m_sim->commandsCarriedOut(u"1000"_s) + m_sim->commandsIgnored(u"1000"_s), 1);
}

void TestSimAgentScreen::eachValueChangesTheLegs_data()
{
    QTest::addColumn<CustomerLeg>("customer");
    QTest::addColumn<ThirdPartyLeg>("third");
    QTest::addColumn<QString>("value");
    QTest::addColumn<CustomerLeg>("customerAfter");
    QTest::addColumn<ThirdPartyLeg>("thirdAfter");
    QTest::addColumn<QString>("subStatus");

    using C = CustomerLeg;
    using T = ThirdPartyLeg;
    QTest::newRow("park") << C::OnLine << T::None << u"PARK_CUSTOMER"_s << C::Parked << T::None << u"PARK"_s;
    QTest::newRow("grab") << C::Parked << T::None << u"GRAB_CUSTOMER"_s << C::OnLine << T::None << QString();
    QTest::newRow("park ivr") << C::OnLine << T::None << u"PARK_IVR_CUSTOMER"_s << C::InParkIvr << T::None << u"PARK"_s;
    QTest::newRow("grab ivr") << C::InParkIvr << T::None << u"GRAB_IVR_CUSTOMER"_s << C::OnLine << T::None << QString();
    QTest::newRow("park xfer") << C::OnLine << T::OnLine << u"PARK_XFER"_s << C::OnLine << T::Parked << QString();
    QTest::newRow("grab xfer") << C::OnLine << T::Parked << u"GRAB_XFER"_s << C::OnLine << T::OnLine << QString();
    QTest::newRow("swap park customer") << C::OnLine << T::Parked << u"SWAP_PARK_CUSTOMER"_s << C::Parked << T::OnLine << u"PARK"_s;
    QTest::newRow("swap park xfer") << C::Parked << T::OnLine << u"SWAP_PARK_XFER"_s << C::OnLine << T::Parked << QString();
    QTest::newRow("hangup xfer grab") << C::Parked << T::OnLine << u"HANGUP_XFER_GRAB_CUSTOMER"_s << C::OnLine << T::None << QString();
    QTest::newRow("grab, not parked: ignored") << C::OnLine << T::None << u"GRAB_CUSTOMER"_s << C::OnLine << T::None << QString();
    QTest::newRow("park xfer, no third party: ignored") << C::OnLine << T::None << u"PARK_XFER"_s << C::OnLine << T::None << QString();
    QTest::newRow("park, already parked: ignored") << C::Parked << T::None << u"PARK_CUSTOMER"_s << C::Parked << T::None << u"PARK"_s;
    QTest::newRow("unknown value: ignored") << C::OnLine << T::None << u"XPARK_CUSTOMERX"_s << C::OnLine << T::None << QString();
}

void TestSimAgentScreen::eachValueChangesTheLegs()
{
    QFETCH(CustomerLeg, customer);
    QFETCH(ThirdPartyLeg, third);
    QFETCH(QString, value);
    QFETCH(CustomerLeg, customerAfter);
    QFETCH(ThirdPartyLeg, thirdAfter);
    SimAgent *agent = m_sim->agent(u"1000"_s);
    agent->customer = customer;
    agent->thirdParty = third;
    m_sim->noteAgentChanged(u"1000"_s);

    QCOMPARE(park(value), QByteArray("SUCCESS: park_call function set - ") + value.toLatin1() + "|1000\n");
    m_clock->advance(1000);
    QTEST(status().subStatus, "subStatus");
    QCOMPARE(agent->customer, customerAfter);
    QCOMPARE(agent->thirdParty, thirdAfter);
    const bool changed = customer != customerAfter || third != thirdAfter;
    QCOMPARE(m_sim->commandsCarriedOut(u"1000"_s), changed ? 1 : 0);
    QCOMPARE(m_sim->commandsIgnored(u"1000"_s), changed ? 0 : 1);
}

void TestSimAgentScreen::theCustomerComesBackFromTheIvrByThemselves()
{
    QCOMPARE(park(u"PARK_IVR_CUSTOMER"_s), "SUCCESS: park_call function set - PARK_IVR_CUSTOMER|1000\n");
    m_clock->advance(1000);
    QCOMPARE(status().subStatus, u"PARK"_s);
    m_clock->advance(29999);
    QCOMPARE(status().subStatus, u"PARK"_s);
    m_clock->advance(1);
    const AgentSnapshot back = status();
    QCOMPARE(back.subStatus, QString());
    QCOMPARE(back.status, u"INCALL"_s);
    QCOMPARE(m_sim->agent(u"1000"_s)->customer, CustomerLeg::OnLine);
}

void TestSimAgentScreen::grabIvrBringsTheCustomerBackEarly()
{
    park(u"PARK_IVR_CUSTOMER"_s);
    m_clock->advance(1000);
    QCOMPARE(status().subStatus, u"PARK"_s);
    m_clock->advance(5000);
    QCOMPARE(park(u"GRAB_IVR_CUSTOMER"_s), "SUCCESS: park_call function set - GRAB_IVR_CUSTOMER|1000\n");
    m_clock->advance(1000);
    QCOMPARE(status().subStatus, QString());
    QCOMPARE(m_sim->agent(u"1000"_s)->customer, CustomerLeg::OnLine);
    m_clock->advance(60000); // the IVR's own return no longer applies
    QCOMPARE(status().subStatus, QString());
    QCOMPARE(m_sim->commandsCarriedOut(u"1000"_s), 2);
}

void TestSimAgentScreen::ivrParkWithoutAParkIvrDropsTheCustomer()
{
    QCOMPARE(park(u"PARK_IVR_CUSTOMER"_s, u"1003"_s), "SUCCESS: park_call function set - PARK_IVR_CUSTOMER|1003\n");
    m_clock->advance(1000);
    const AgentSnapshot dropped = status(u"1003"_s);
    QCOMPARE(dropped.campaign, u"NOIVR"_s);
    QCOMPARE(dropped.subStatus, u"DEAD"_s);
    QCOMPARE(m_sim->agent(u"1003"_s)->customer, CustomerLeg::HungUp);
}

void TestSimAgentScreen::aParkedCustomerCanHangUp()
{
    park(u"PARK_CUSTOMER"_s);
    m_clock->advance(1000);
    QCOMPARE(status().subStatus, u"PARK"_s);
    m_sim->hangUpCustomer(u"1000"_s);
    const AgentSnapshot dead = status();
    QCOMPARE(dead.subStatus, u"DEAD"_s);
    QCOMPARE(dead.status, u"INCALL"_s);
    QVERIFY(dead.hasLead());
    QCOMPARE(park(u"GRAB_CUSTOMER"_s), "SUCCESS: park_call function set - GRAB_CUSTOMER|1000\n");
    m_clock->advance(1000);
    QCOMPARE(status().subStatus, u"DEAD"_s); // nobody left to grab
    QCOMPARE(m_sim->commandsIgnored(u"1000"_s), 1);
}

void TestSimAgentScreen::oldBuildsRefuseOrIgnoreNewerValues_data()
{
    QTest::addColumn<int>("build");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<bool>("carriedOut");

    const auto ok = [](const char *value) -> QByteArray { return QByteArray("SUCCESS: park_call function set - ") + value + "|1000\n"; };
    QTest::newRow("240428 park xfer refused") << 240428 << u"6666"_s << u"PARK_XFER"_s
                                              << QByteArray("ERROR: park_call not valid - PARK_XFER|1000\n") << false;
    QTest::newRow("240428 grab xfer refused") << 240428 << u"6666"_s << u"GRAB_XFER"_s
                                              << QByteArray("ERROR: park_call not valid - GRAB_XFER|1000\n") << false;
    QTest::newRow("240428 swap accepted, ignored") << 240428 << u"6666"_s << u"SWAP_PARK_CUSTOMER"_s << ok("SWAP_PARK_CUSTOMER") << false;
    QTest::newRow("240428 ten characters pass") << 240428 << u"6666"_s << u"park_customer"_s << ok("park_customer") << false;
    QTest::newRow("240428 no permission check") << 240428 << u"7777"_s << u"PARK_CUSTOMER"_s << ok("PARK_CUSTOMER") << true;
    QTest::newRow("240429 park xfer") << 240429 << u"6666"_s << u"PARK_XFER"_s << ok("PARK_XFER") << true;
    QTest::newRow("240429 swap accepted, ignored") << 240429 << u"6666"_s << u"SWAP_PARK_CUSTOMER"_s << ok("SWAP_PARK_CUSTOMER") << false;
    QTest::newRow("240429 hangup accepted, ignored") << 240429 << u"6666"_s << u"HANGUP_XFER_GRAB_CUSTOMER"_s
                                                     << ok("HANGUP_XFER_GRAB_CUSTOMER") << false;
    QTest::newRow("240429 permission checked")
        << 240429 << u"7777"_s << u"PARK_CUSTOMER"_s
        << QByteArray("ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION - PARK_CUSTOMER|7777|park_call|ADMIN\n") << false;
    QTest::newRow("240624 swap works") << 240624 << u"6666"_s << u"SWAP_PARK_CUSTOMER"_s << ok("SWAP_PARK_CUSTOMER") << true;
    QTest::newRow("240624 hangup works") << 240624 << u"6666"_s << u"HANGUP_XFER_GRAB_CUSTOMER"_s
                                         << ok("HANGUP_XFER_GRAB_CUSTOMER") << true;
}

void TestSimAgentScreen::oldBuildsRefuseOrIgnoreNewerValues()
{
    QFETCH(int, build);
    QFETCH(QString, user);
    QFETCH(QString, value);
    QFETCH(QByteArray, answer);
    QFETCH(bool, carriedOut);
    m_sim->setAgentApiBuild({build, 1200});
    SimAgent *agent = m_sim->agent(u"1000"_s);
    agent->thirdParty = ThirdPartyLeg::OnLine; // every value has something to act on
    if (value.startsWith(u"HANGUP"_s)) {
        agent->customer = CustomerLeg::Parked;
        agent->thirdParty = ThirdPartyLeg::Parked;
    }
    const CustomerLeg customerBefore = agent->customer;
    const ThirdPartyLeg thirdBefore = agent->thirdParty;

    QCOMPARE(park(value, u"1000"_s, user), answer);
    m_clock->advance(1000);
    m_sim->processDueEvents();
    QCOMPARE(m_sim->commandsCarriedOut(u"1000"_s), carriedOut ? 1 : 0);
    QCOMPARE(agent->customer != customerBefore || agent->thirdParty != thirdBefore, carriedOut);
}

void TestSimAgentScreen::commandsForALoggedOutAgentAreDropped()
{
    park(u"PARK_CUSTOMER"_s);
    SimAgent *agent = m_sim->agent(u"1000"_s);
    agent->loggedIn = false;
    m_clock->advance(1000);
    m_sim->processDueEvents();
    QVERIFY(!m_sim->pendingCommand(u"1000"_s));
    agent->loggedIn = true;
    QCOMPARE(status().subStatus, QString());
}

QTEST_GUILESS_MAIN(TestSimAgentScreen)
#include "TestSimAgentScreen.moc"
