#include "state/ConfirmationTracker.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ParkAction)
Q_DECLARE_METATYPE(Confirmation)

// What counts as seeing a command carried out, and the verdict when it is not seen.
class TestConfirmationTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void confirmsTheExpectedChange_data();
    void confirmsTheExpectedChange();
    void pollsSentBeforeTheCommandDoNotCount();
    void noChangeByTheDeadlineIsNotCarriedOut();
    void noFreshStateIsUnknown();
    void anUnclearAnswerIsUnknownUnlessTheStateShowsIt();
    void aThreeWayCallCanHideAPark();
    void aLogoutIsNoGrab();
    void thirdPartyValuesCannotBeConfirmed();
};

namespace {
std::optional<AgentSnapshot> state(const QString &subStatus, const QString &lead = u"12345"_s)
{
    AgentSnapshot agent;
    agent.status = u"INCALL"_s;
    agent.leadId = lead;
    agent.subStatus = subStatus;
    return agent;
}
} // namespace

void TestConfirmationTracker::confirmsTheExpectedChange_data()
{
    QTest::addColumn<ParkAction>("action");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("text");
    const QString parked = u"The server shows the customer parked."_s;
    const QString back = u"The server no longer shows the customer parked."_s;
    QTest::newRow("PARK_CUSTOMER") << ParkAction::ParkCustomer << QString() << u"PARK"_s << parked;
    QTest::newRow("PARK_IVR_CUSTOMER") << ParkAction::ParkIvrCustomer << QString() << u"PARK"_s << parked;
    QTest::newRow("SWAP_PARK_CUSTOMER") << ParkAction::SwapParkCustomer << QString() << u"PARK"_s << parked;
    QTest::newRow("GRAB_CUSTOMER") << ParkAction::GrabCustomer << u"PARK"_s << QString() << back;
    QTest::newRow("GRAB_IVR_CUSTOMER") << ParkAction::GrabIvrCustomer << u"PARK"_s << QString() << back;
    QTest::newRow("SWAP_PARK_XFER") << ParkAction::SwapParkXfer << u"PARK"_s << QString() << back;
    QTest::newRow("HANGUP_XFER_GRAB_CUSTOMER") << ParkAction::HangupXferGrabCustomer << u"PARK"_s << QString() << back;
}

void TestConfirmationTracker::confirmsTheExpectedChange()
{
    QFETCH(ParkAction, action);
    QFETCH(QString, before);
    QFETCH(QString, after);
    ConfirmationTracker tracker;
    tracker.begin(3, action, 1000, true);
    QVERIFY(!tracker.observe(state(before), 1100)); // the screen has not acted yet
    const auto verdict = tracker.observe(state(after), 1350);
    QVERIFY(verdict);
    QCOMPARE(verdict->commandId, quint64(3));
    QCOMPARE(verdict->confirmation, Confirmation::Confirmed);
    QTEST(verdict->text, "text");
    QVERIFY(!tracker.isWatching());
    QVERIFY(!tracker.expire());
}

void TestConfirmationTracker::pollsSentBeforeTheCommandDoNotCount()
{
    ConfirmationTracker tracker;
    tracker.begin(1, ParkAction::GrabCustomer, 1000, true);
    QVERIFY(!tracker.observe(state({}), 999)); // left before the command: says nothing about it
    QCOMPARE(tracker.expire()->confirmation, Confirmation::Unknown);
}

void TestConfirmationTracker::noChangeByTheDeadlineIsNotCarriedOut()
{
    ConfirmationTracker tracker;
    tracker.begin(1, ParkAction::ParkCustomer, 1000, true);
    for (qint64 at = 1000; at < 6000; at += 250)
        QVERIFY(!tracker.observe(state({}), at));
    const auto verdict = tracker.expire();
    QCOMPARE(verdict->confirmation, Confirmation::NotCarriedOut);
    QCOMPARE(verdict->text, u"The agent's VICIdial screen has not acted on it. Is it open?"_s);
}

void TestConfirmationTracker::noFreshStateIsUnknown()
{
    ConfirmationTracker tracker;
    tracker.begin(1, ParkAction::ParkCustomer, 1000, true);
    const auto verdict = tracker.expire();
    QCOMPARE(verdict->confirmation, Confirmation::Unknown);
    QCOMPARE(verdict->text, u"No state came from the server since the command was sent: cannot tell whether it was carried out."_s);
}

void TestConfirmationTracker::anUnclearAnswerIsUnknownUnlessTheStateShowsIt()
{
    ConfirmationTracker tracker;
    tracker.begin(1, ParkAction::ParkCustomer, 1000, false);
    QVERIFY(!tracker.observe(state({}), 1200));
    const auto unknown = tracker.expire();
    QCOMPARE(unknown->confirmation, Confirmation::Unknown);
    QVERIFY(unknown->text.contains(u"may or may not have been stored"_s));

    tracker.begin(2, ParkAction::ParkCustomer, 2000, false);
    QCOMPARE(tracker.observe(state(u"PARK"_s), 2200)->confirmation, Confirmation::Confirmed);
}

void TestConfirmationTracker::aThreeWayCallCanHideAPark()
{
    ConfirmationTracker tracker;
    tracker.begin(1, ParkAction::ParkCustomer, 1000, true);
    QVERIFY(!tracker.observe(state(u"3-WAY"_s), 1200));
    const auto verdict = tracker.expire();
    QCOMPARE(verdict->confirmation, Confirmation::Unknown);
    QCOMPARE(verdict->text, u"The server shows a 3-way call, which can hide a park: cannot tell whether it was carried out."_s);
}

void TestConfirmationTracker::aLogoutIsNoGrab()
{
    ConfirmationTracker tracker;
    tracker.begin(1, ParkAction::GrabCustomer, 1000, true);
    QVERIFY(!tracker.observe(std::nullopt, 1200));
    QVERIFY(!tracker.observe(state({}, u"0"_s), 1400));
    QCOMPARE(tracker.expire()->confirmation, Confirmation::NotCarriedOut);
}

void TestConfirmationTracker::thirdPartyValuesCannotBeConfirmed()
{
    QCOMPARE(expectationFor(ParkAction::ParkXfer), Expectation::NotVisible);
    QCOMPARE(expectationFor(ParkAction::GrabXfer), Expectation::NotVisible);
    ConfirmationTracker tracker;
    tracker.begin(1, ParkAction::ParkXfer, 1000, true);
    QVERIFY(!tracker.isWatching());
    const auto sent = ConfirmationTracker::notVisibleVerdict(1, true);
    QCOMPARE(sent.confirmation, Confirmation::NotApplicable);
    QCOMPARE(sent.text, u"Sent. The server does not show the third-party line, so this cannot be confirmed."_s);
    QCOMPARE(ConfirmationTracker::notVisibleVerdict(1, false).confirmation, Confirmation::Unknown);
}

QTEST_GUILESS_MAIN(TestConfirmationTracker)
#include "TestConfirmationTracker.moc"
