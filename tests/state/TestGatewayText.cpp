#include "settings/DeskMode.h"
#include "settings/SettingsSnapshot.h"
#include "state/ActionRules.h"
#include "state/GatewayText.h"
#include "state/StatusLineContent.h"
#include "vicidial/AnswerText.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(FeedState)

// What a desk behind a gateway hub says: the hub's refusals, a free phone,
// a hub that cannot be reached (buttons off and why), and which mode a
// profile is in.
class TestGatewayText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachRefusalHasItsSentence_data();
    void eachRefusalHasItsSentence();
    void otherAnswersAreNoRefusal();
    void aFreePhoneNamesThePhone();
    void withoutTheHubEveryButtonIsOffAndSaysWhy_data();
    void withoutTheHubEveryButtonIsOffAndSaysWhy();
    void aLiveFeedThroughTheHubLeavesTheButtonsToTheRules();
    void theStatusLineSaysTheHubIsUnreachable();
    void theProfilesModeAndWhetherTheDeskHoldsAPassword();
};

namespace {

Answer refusal(const QString &detail, ResultKind kind = ResultKind::NotSent, const QString &text = {})
{
    Answer answer;
    answer.kind = kind;
    answer.function = u"park_call"_s;
    answer.agent = u"1000"_s;
    answer.detail = detail;
    answer.text = text;
    return answer;
}

RuleInput parkable(FeedState feed)
{
    RuleInput input;
    input.agent = u"1000"_s;
    input.feed = feed;
    AgentSnapshot snapshot;
    snapshot.user = u"1000"_s;
    snapshot.status = u"INCALL"_s;
    snapshot.leadId = u"12345"_s;
    snapshot.campaign = u"TESTCAMP"_s;
    input.snapshot = snapshot;
    input.hubOnly = true;
    return input;
}

} // namespace

void TestGatewayText::eachRefusalHasItsSentence_data()
{
    QTest::addColumn<Answer>("answer");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("not-your-agent") << refusal(u"not-your-agent"_s)
                                    << u"Not sent: the hub only sends commands for the agent logged in on this desk's phone."_s;
    QTest::newRow("outside-scope") << refusal(u"outside-scope"_s)
                                   << u"Not sent: agent 1000 is outside the campaigns and groups this desk may act on."_s;
    QTest::newRow("rules with the hub's reason")
        << refusal(u"rules"_s, ResultKind::NotSent, u"No lead on the agent's screen"_s)
        << u"Not sent: the hub says this action is not possible now (No lead on the agent's screen)."_s;
    QTest::newRow("rules without") << refusal(u"rules"_s) << u"Not sent: the hub says this action is not possible now."_s;
    QTest::newRow("busy") << refusal(u"busy"_s, ResultKind::Busy) << u"Not sent: a command for agent 1000 is already on its way."_s;
    QTest::newRow("stopped") << refusal(u"stopped"_s)
                             << u"Not sent: the hub stopped talking to VICIdial after the server refused its API user. "
                                "The hub's administrator has to act."_s;
}

void TestGatewayText::eachRefusalHasItsSentence()
{
    QFETCH(Answer, answer);
    QFETCH(QString, sentence);
    QCOMPARE(GatewayText::hubRefusal(answer), std::optional<QString>(sentence));
}

void TestGatewayText::otherAnswersAreNoRefusal()
{
    Answer success;
    success.kind = ResultKind::Success;
    QVERIFY(!GatewayText::hubRefusal(success));
    QVERIFY(!GatewayText::hubRefusal(refusal(u"not-your-agent"_s, ResultKind::ConnectionFailed))); // may have been done
    QVERIFY(!GatewayText::hubRefusal(refusal(u"something-new"_s)));                             // the hub's own text stays
}

void TestGatewayText::aFreePhoneNamesThePhone()
{
    QCOMPARE(GatewayText::noAgentOnPhone(u"SIP/1000"_s), u"No agent logged in on SIP/1000"_s);
}

void TestGatewayText::withoutTheHubEveryButtonIsOffAndSaysWhy_data()
{
    QTest::addColumn<FeedState>("feed");
    QTest::newRow("offline") << FeedState::Offline;
    QTest::newRow("stale") << FeedState::Stale;
}

void TestGatewayText::withoutTheHubEveryButtonIsOffAndSaysWhy()
{
    QFETCH(FeedState, feed);
    for (const ActionState &state : evaluateActions(parkable(feed))) {
        QVERIFY(!state.enabled);
        QCOMPARE(state.reason, u"The hub cannot be reached: commands go only through it"_s);
    }
    RuleInput direct = parkable(feed);
    direct.hubOnly = false; // a desk with its own way says the server
    QVERIFY(evaluateActions(direct)[0].reason != GatewayText::hubUnreachable());
}

void TestGatewayText::aLiveFeedThroughTheHubLeavesTheButtonsToTheRules()
{
    const ActionStates states = evaluateActions(parkable(FeedState::Live));
    QVERIFY(stateOf(states, ParkAction::ParkCustomer).enabled);
}

void TestGatewayText::theStatusLineSaysTheHubIsUnreachable()
{
    StatusLineInput input;
    input.agent = u"1000"_s;
    input.feed = FeedState::Offline;
    input.source.kind = FeedSource::Kind::HubOnly;
    input.source.problem = FeedSource::HubProblem::Unreachable;
    QVERIFY2(statusLineContent(input).connection.startsWith(u"Hub unreachable"_s), qPrintable(statusLineContent(input).connection));
}

void TestGatewayText::theProfilesModeAndWhetherTheDeskHoldsAPassword()
{
    ProfileSettings profile;
    QCOMPARE(deskModeOf(profile), DeskMode::Direct);
    profile.values.insert(Setting::HubUrl, QStringList{u" "_s});
    QCOMPARE(deskModeOf(profile), DeskMode::Direct);
    profile.values.insert(Setting::HubUrl, QStringList{u"wss://hub.example.com:8765"_s, u"wss://hub2.example.com:8765"_s});
    QCOMPARE(deskModeOf(profile), DeskMode::HubFeed); // the default mode
    QVERIFY(deskHoldsPassword(deskModeOf(profile)));
    profile.values.insert(Setting::HubMode, u"gateway"_s);
    QCOMPARE(deskModeOf(profile), DeskMode::HubGateway);
    QVERIFY(!deskHoldsPassword(DeskMode::HubGateway));
    QVERIFY(deskModeSentence(DeskMode::HubGateway).contains(u"hub holds the API password"_s));
    QVERIFY(deskModeSentence(DeskMode::HubFeed).contains(u"password is on this desk"_s));
    QVERIFY(deskModeSentence(DeskMode::Direct).startsWith(u"Direct: no hub"_s));
    QVERIFY(settingSpec(Setting::HubMode).lockable); // an administrator can fix it, like every hub/* setting
}

QTEST_GUILESS_MAIN(TestGatewayText)
#include "TestGatewayText.moc"
