#include "state/ActionRules.h"

#include <QTest>

using namespace Qt::StringLiterals;

using Reasons = QList<QPair<ParkAction, QString>>;
Q_DECLARE_METATYPE(RuleInput)
Q_DECLARE_METATYPE(ParkAction)

// The truth table of the buttons, written down once: for each situation the
// set of values that are on, and the exact words of the reasons that matter.
class TestActionRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void truthTable_data();
    void truthTable();
    void everyActionAlwaysHasAReason_data() { truthTable_data(); }
    void everyActionAlwaysHasAReason();
};

namespace {

using PA = ParkAction;

const QString kHedgedParkXfer =
    u"Park the third-party line, if there is one: the server does not report whether a third party is on the call"_s;
const QString kNoThirdPartyParked =
    u"No third party was parked from this bar (one parked in the VICIdial screen cannot be seen here)"_s;
const QString kNoThirdPartyToSwap = u"No third party was parked from this bar to swap with"_s;

AgentSnapshot agentIn(const QString &status, const QString &subStatus, const QString &lead = u"12345"_s)
{
    AgentSnapshot agent;
    agent.user = u"1000"_s;
    agent.status = status;
    agent.subStatus = subStatus;
    agent.leadId = lead;
    agent.campaign = u"TESTCAMP"_s;
    return agent;
}

ServerCapabilities builds(std::optional<int> agentApi, std::optional<int> nonAgentApi, bool screenOverride = false)
{
    ServerCapabilities caps;
    if (agentApi)
        caps.agentApiBuild = ServerBuild{*agentApi, 1200};
    if (nonAgentApi)
        caps.nonAgentApiBuild = ServerBuild{*nonAgentApi, 1200};
    caps.screenSupportsSwapAndHangup = screenOverride;
    return caps;
}

// A live feed, a current server (agent API 240429, non-agent API 241004) and a campaign whose park IVR works.
RuleInput live(const std::optional<AgentSnapshot> &snapshot)
{
    RuleInput input;
    input.agent = u"1000"_s;
    input.feed = FeedState::Live;
    input.snapshot = snapshot;
    input.capabilities = builds(240429, 241004);
    input.ivrMode = ParkIvrMode::Enabled;
    return input;
}

RuleInput inCall(const QString &subStatus = {})
{
    return live(agentIn(u"INCALL"_s, subStatus));
}

RuleInput withFacts(RuleInput input, bool thirdPartyParked, bool thirdPartyOnLine, bool customerInIvr = false)
{
    input.ledger.thirdPartyParked = thirdPartyParked;
    input.ledger.thirdPartyOnLine = thirdPartyOnLine;
    input.ledger.customerInIvr = customerInIvr;
    return input;
}

RuleInput withFeed(RuleInput input, FeedState feed)
{
    input.feed = feed;
    return input;
}

RuleInput withBuilds(RuleInput input, const ServerCapabilities &caps)
{
    input.capabilities = caps;
    return input;
}

RuleInput withIvrMode(RuleInput input, std::optional<ParkIvrMode> mode)
{
    input.ivrMode = mode;
    return input;
}

Reasons allSay(const QString &reason)
{
    Reasons reasons;
    for (ParkAction action : kAllParkActions)
        reasons.append({action, reason});
    return reasons;
}

} // namespace

void TestActionRules::truthTable_data()
{
    QTest::addColumn<RuleInput>("input");
    QTest::addColumn<QList<ParkAction>>("enabled");
    QTest::addColumn<Reasons>("reasons");

    // The feed comes first: nothing can be trusted without it.
    QTest::newRow("waiting") << withFeed(inCall(), FeedState::Waiting) << QList<PA>{} << allSay(u"Waiting for the server..."_s);
    RuleInput signedOut = withFeed(inCall(u"PARK"_s), FeedState::AuthStopped);
    signedOut.stopReason = u"Signed out: wrong API user or password."_s;
    signedOut.pending = PA::GrabCustomer;
    QTest::newRow("auth stopped (beats pending)") << signedOut << QList<PA>{} << allSay(u"Signed out: wrong API user or password."_s);
    QTest::newRow("auth stopped, no reason given") << withFeed(inCall(), FeedState::AuthStopped) << QList<PA>{}
                                                   << allSay(u"Signed out: requests to this server are stopped."_s);
    QTest::newRow("offline") << withFeed(inCall(), FeedState::Offline) << QList<PA>{}
                             << allSay(u"Offline: the server cannot be reached"_s);
    QTest::newRow("stale data") << withFeed(inCall(u"PARK"_s), FeedState::Stale) << QList<PA>{}
                                << allSay(u"The agent's state is out of date: no answer from the server for a while"_s);

    // Then the agent.
    QTest::newRow("not logged in") << live(std::nullopt) << QList<PA>{} << allSay(u"Agent 1000 is not logged in"_s);
    RuleInput unknown = live(std::nullopt);
    unknown.agentUnknown = true;
    QTest::newRow("no such agent") << unknown << QList<PA>{} << allSay(u"There is no agent 1000 on this server"_s);
    RuleInput noLead = live(agentIn(u"PAUSED"_s, {}, u"0"_s));
    noLead.pending = PA::ParkCustomer;
    QTest::newRow("no lead (beats pending)") << noLead << QList<PA>{} << allSay(u"No lead on the agent's screen"_s);
    QTest::newRow("empty lead") << live(agentIn(u"READY"_s, {}, QString())) << QList<PA>{}
                                << allSay(u"No lead on the agent's screen"_s);

    // Then a command on its way, whatever else is true.
    RuleInput pending = withBuilds(inCall(), builds(230101, 230101));
    pending.pending = PA::ParkCustomer;
    QTest::newRow("command pending (beats old build)") << pending << QList<PA>{}
                                                       << allSay(u"Waiting for the previous command to finish"_s);

    // The legs of a live call.
    QTest::newRow("in call") << inCall() << QList<PA>{PA::ParkCustomer, PA::ParkIvrCustomer, PA::ParkXfer}
                             << Reasons{{PA::ParkCustomer, u"Park the customer: they hear hold music until grabbed back"_s},
                                        {PA::GrabCustomer, u"The customer is not parked"_s},
                                        {PA::ParkIvrCustomer, u"Send the customer to the park IVR of campaign TESTCAMP; they come back by themselves when it ends"_s},
                                        {PA::GrabIvrCustomer, u"The customer is not in the park IVR"_s},
                                        {PA::ParkXfer, kHedgedParkXfer},
                                        {PA::GrabXfer, kNoThirdPartyParked},
                                        {PA::SwapParkCustomer, kNoThirdPartyToSwap},
                                        {PA::SwapParkXfer, u"The customer is not parked"_s},
                                        {PA::HangupXferGrabCustomer, u"The customer is not parked"_s}};
    QTest::newRow("parked") << inCall(u"PARK"_s) << QList<PA>{PA::GrabCustomer, PA::ParkXfer, PA::SwapParkXfer, PA::HangupXferGrabCustomer}
                            << Reasons{{PA::ParkCustomer, u"The customer is already parked"_s},
                                       {PA::GrabCustomer, u"Bring the parked customer back"_s},
                                       {PA::ParkIvrCustomer, u"The customer is parked: bring them back first"_s},
                                       {PA::GrabIvrCustomer, u"The customer is not in the park IVR"_s},
                                       {PA::SwapParkCustomer, u"The customer is already parked"_s},
                                       {PA::SwapParkXfer, u"Park the third-party line (if there is one: the server cannot tell) and bring the customer back"_s},
                                       {PA::HangupXferGrabCustomer, u"Hang up the third-party line (if there is one) and bring the parked customer back"_s}};
    QTest::newRow("in IVR") << withFacts(inCall(u"PARK"_s), false, false, true) << QList<PA>{PA::GrabIvrCustomer, PA::ParkXfer}
                            << Reasons{{PA::ParkCustomer, u"The customer is in the park IVR"_s},
                                       {PA::GrabCustomer, u"The customer is in the park IVR"_s},
                                       {PA::ParkIvrCustomer, u"The customer is already in the park IVR"_s},
                                       {PA::GrabIvrCustomer, u"Bring the customer back from the park IVR now"_s},
                                       {PA::SwapParkCustomer, u"The customer is in the park IVR"_s},
                                       {PA::SwapParkXfer, u"The customer is in the park IVR"_s},
                                       {PA::HangupXferGrabCustomer, u"The customer is in the park IVR"_s}};
    QTest::newRow("third party parked, customer on the line")
        << withFacts(inCall(), true, false) << QList<PA>{PA::ParkCustomer, PA::ParkIvrCustomer, PA::GrabXfer, PA::SwapParkCustomer}
        << Reasons{{PA::ParkXfer, u"The third party is already parked"_s},
                   {PA::GrabXfer, u"Bring the parked third party back"_s},
                   {PA::SwapParkCustomer, u"Park the customer and bring the parked third party back"_s}};
    QTest::newRow("third party parked, customer parked")
        << withFacts(inCall(u"PARK"_s), true, false) << QList<PA>{PA::GrabCustomer, PA::GrabXfer, PA::HangupXferGrabCustomer}
        << Reasons{{PA::SwapParkXfer, u"The third party is already parked: use Grab to bring the customer back"_s},
                   {PA::ParkXfer, u"The third party is already parked"_s}};
    QTest::newRow("third party on the line, customer parked")
        << withFacts(inCall(u"PARK"_s), false, true)
        << QList<PA>{PA::GrabCustomer, PA::ParkXfer, PA::SwapParkXfer, PA::HangupXferGrabCustomer}
        << Reasons{{PA::ParkXfer, u"Park the third party"_s},
                   {PA::SwapParkXfer, u"Park the third party and bring the customer back"_s},
                   {PA::HangupXferGrabCustomer, u"Hang up the third party and bring the parked customer back"_s}};
    QTest::newRow("third party on the line, customer on the line")
        << withFacts(inCall(), false, true) << QList<PA>{PA::ParkCustomer, PA::ParkIvrCustomer, PA::ParkXfer}
        << Reasons{{PA::ParkXfer, u"Park the third party"_s}, {PA::SwapParkCustomer, kNoThirdPartyToSwap}};
    QTest::newRow("3-WAY") << inCall(u"3-WAY"_s) << QList<PA>{PA::ParkCustomer, PA::ParkIvrCustomer, PA::ParkXfer}
                           << Reasons{{PA::ParkXfer, u"Park the third-party line (the server shows another party on this call)"_s},
                                      {PA::GrabCustomer, u"The customer is not parked"_s}};

    // Sub statuses without a connected customer.
    QTest::newRow("DEAD") << inCall(u"DEAD"_s) << QList<PA>{} << allSay(u"The customer has hung up"_s);
    QTest::newRow("DEAD, third party parked") << withFacts(inCall(u"DEAD"_s), true, false) << QList<PA>{PA::GrabXfer}
                                              << Reasons{{PA::GrabXfer, u"Bring the parked third party back"_s},
                                                         {PA::GrabCustomer, u"The customer has hung up"_s},
                                                         {PA::HangupXferGrabCustomer, u"The customer has hung up"_s}};
    QTest::newRow("DISPO") << live(agentIn(u"PAUSED"_s, u"DISPO"_s)) << QList<PA>{}
                           << allSay(u"The call has ended: the agent is writing the disposition"_s);
    QTest::newRow("PREVIEW") << live(agentIn(u"PAUSED"_s, u"PREVIEW"_s)) << QList<PA>{}
                             << allSay(u"No call is connected yet: the lead is in preview"_s);
    QTest::newRow("RING") << inCall(u"RING"_s) << QList<PA>{} << allSay(u"No call is connected yet: the phone is ringing"_s);
    QTest::newRow("DIAL") << live(agentIn(u"PAUSED"_s, u"DIAL"_s)) << QList<PA>{}
                          << allSay(u"No call is connected yet: the number is being dialled"_s);
    QTest::newRow("lead but not in a call") << live(agentIn(u"PAUSED"_s, {})) << QList<PA>{}
                                            << allSay(u"Agent 1000 is not in a call (PAUSED)"_s);
    QTest::newRow("unfamiliar sub status") << inCall(u"HOLD"_s) << QList<PA>{}
                                           << allSay(u"The server shows a call state this program does not know (HOLD)"_s);

    // What the server build can do.
    QTest::newRow("build below 240429")
        << withBuilds(inCall(), builds(230101, 230101)) << QList<PA>{PA::ParkCustomer, PA::ParkIvrCustomer}
        << Reasons{{PA::ParkXfer, u"This server looks older than 2024-04-29 (newest build seen: 230101); Park third party needs newer"_s},
                   {PA::GrabXfer, u"This server looks older than 2024-04-29 (newest build seen: 230101); Grab third party needs newer"_s},
                   {PA::SwapParkCustomer, u"This server looks older than 2024-06-24 (newest build seen: 230101); Swap needs newer"_s},
                   {PA::SwapParkXfer, u"This server looks older than 2024-06-24 (newest build seen: 230101); Swap needs newer"_s},
                   {PA::HangupXferGrabCustomer, u"This server looks older than 2024-06-24 (newest build seen: 230101); Hangup Xfer + Grab needs newer"_s}};
    QTest::newRow("build 240429..240623, parked")
        << withBuilds(inCall(u"PARK"_s), builds(240429, std::nullopt)) << QList<PA>{PA::GrabCustomer, PA::ParkXfer}
        << Reasons{{PA::SwapParkXfer, u"This server looks older than 2024-06-24 (newest build seen: 240429); Swap needs newer"_s},
                   {PA::HangupXferGrabCustomer, u"This server looks older than 2024-06-24 (newest build seen: 240429); Hangup Xfer + Grab needs newer"_s},
                   {PA::ParkXfer, kHedgedParkXfer}};
    QTest::newRow("build 240429 with the administrator's override")
        << withBuilds(inCall(u"PARK"_s), builds(240429, 240429, true))
        << QList<PA>{PA::GrabCustomer, PA::ParkXfer, PA::SwapParkXfer, PA::HangupXferGrabCustomer} << Reasons{};
    QTest::newRow("override does not bring PARK_XFER to a build below 240429")
        << withBuilds(withFacts(inCall(u"PARK"_s), false, true), builds(230101, std::nullopt, true))
        << QList<PA>{PA::GrabCustomer, PA::SwapParkXfer, PA::HangupXferGrabCustomer}
        << Reasons{{PA::ParkXfer, u"This server looks older than 2024-04-29 (newest build seen: 230101); Park third party needs newer"_s}};
    QTest::newRow("builds unknown: the confirmation catches the rest")
        << withBuilds(inCall(u"PARK"_s), ServerCapabilities{})
        << QList<PA>{PA::GrabCustomer, PA::ParkXfer, PA::SwapParkXfer, PA::HangupXferGrabCustomer} << Reasons{};
    QTest::newRow("build below 100527 (beats the IVR mode)")
        << withIvrMode(withBuilds(inCall(), builds(91231, std::nullopt)), std::nullopt) << QList<PA>{}
        << Reasons{{PA::ParkIvrCustomer, u"This server looks older than 2010-05-27 (newest build seen: 091231); Park customer in IVR needs newer"_s}};

    // The campaign's park IVR mode.
    QTest::newRow("campaign without IVR") << withIvrMode(inCall(), ParkIvrMode::Disabled) << QList<PA>{PA::ParkCustomer, PA::ParkXfer}
                                          << Reasons{{PA::ParkIvrCustomer, u"Campaign TESTCAMP has no park IVR"_s},
                                                     {PA::GrabIvrCustomer, u"Campaign TESTCAMP has no park IVR"_s}};
    const QString notSet = u"The park IVR mode of campaign TESTCAMP is not set. If it has a park IVR, set its mode in Settings "
                           "(a park into a missing IVR drops the caller)"_s;
    QTest::newRow("IVR mode not set") << withIvrMode(inCall(), std::nullopt) << QList<PA>{PA::ParkCustomer, PA::ParkXfer}
                                      << Reasons{{PA::ParkIvrCustomer, notSet}, {PA::GrabIvrCustomer, notSet}};
    const QString parkOnly = u"Campaign TESTCAMP does not allow grabbing back from the park IVR: the customer returns when it ends"_s;
    QTest::newRow("ENABLED_PARK_ONLY, in call") << withIvrMode(inCall(), ParkIvrMode::EnabledParkOnly)
                                                << QList<PA>{PA::ParkCustomer, PA::ParkIvrCustomer, PA::ParkXfer}
                                                << Reasons{{PA::GrabIvrCustomer, parkOnly}};
    QTest::newRow("ENABLED_PARK_ONLY, in IVR") << withIvrMode(withFacts(inCall(u"PARK"_s), false, false, true), ParkIvrMode::EnabledParkOnly)
                                               << QList<PA>{PA::ParkXfer} << Reasons{{PA::GrabIvrCustomer, parkOnly}};
    QTest::newRow("ENABLED_BUTTON_HIDDEN works like ENABLED")
        << withIvrMode(withFacts(inCall(u"PARK"_s), false, false, true), ParkIvrMode::EnabledButtonHidden)
        << QList<PA>{PA::GrabIvrCustomer, PA::ParkXfer} << Reasons{{PA::GrabIvrCustomer, u"Bring the customer back from the park IVR now"_s}};
    QTest::newRow("IVR mode beats the leg state") << withIvrMode(inCall(u"PARK"_s), ParkIvrMode::Disabled)
                                                  << QList<PA>{PA::GrabCustomer, PA::ParkXfer, PA::SwapParkXfer, PA::HangupXferGrabCustomer}
                                                  << Reasons{{PA::ParkIvrCustomer, u"Campaign TESTCAMP has no park IVR"_s}};
}

void TestActionRules::truthTable()
{
    QFETCH(RuleInput, input);
    QFETCH(QList<ParkAction>, enabled);
    QFETCH(Reasons, reasons);

    const ActionStates states = evaluateActions(input);
    for (ParkAction action : kAllParkActions) {
        const ActionState &state = stateOf(states, action);
        const QByteArray what = parkActionWireValue(action).toUtf8() + ": " + state.reason.toUtf8();
        QVERIFY2(state.enabled == enabled.contains(action), what.constData());
    }
    for (const auto &[action, reason] : reasons)
        QCOMPARE(stateOf(states, action).reason, reason);
}

void TestActionRules::everyActionAlwaysHasAReason()
{
    QFETCH(RuleInput, input);
    const ActionStates states = evaluateActions(input);
    for (ParkAction action : kAllParkActions) {
        const QString &reason = stateOf(states, action).reason;
        QVERIFY2(!reason.trimmed().isEmpty(), qPrintable(parkActionWireValue(action)));
        QVERIFY(!reason.contains(u"%1"_s)); // every placeholder was filled
    }
}

QTEST_GUILESS_MAIN(TestActionRules)
#include "TestActionRules.moc"
