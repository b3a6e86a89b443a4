#include "vicidial/LiveAgentReport.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The server's sub status rules of PROTOCOL.md section 8, in their order: one
// case for each rule, one for each condition a rule needs, and one for each
// override.
class TestLiveAgentReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theServersRulesInTheirOrder_data();
    void theServersRulesInTheirOrder();
};

namespace {

const QString kRinging = u"M1234567890000012345"_s; // 20 characters

LiveAgentFacts inCall()
{
    LiveAgentFacts facts;
    facts.status = u"INCALL"_s;
    facts.leadId = 12345;
    facts.inCallAgentsOnLead = 1;
    facts.hasAutoCall = true;
    facts.autoCallUniqueId = u"1782640800.12345"_s;
    facts.autoCallChannel = u"SIP/carrier-00003039"_s;
    return facts;
}

LiveAgentFacts paused(qint64 lead = 0)
{
    LiveAgentFacts facts;
    facts.status = u"PAUSED"_s;
    facts.leadId = lead;
    return facts;
}

template<typename Change>
LiveAgentFacts with(LiveAgentFacts facts, Change change)
{
    change(facts);
    return facts;
}

void ringing(LiveAgentFacts &facts)
{
    facts.onHookAgent = true;
    facts.ringCallerId = kRinging;
}

void threeWay(LiveAgentFacts &facts)
{
    facts.inCallAgentsOnLead = 2;
}

void parked(LiveAgentFacts &facts)
{
    facts.customerParked = true;
}

void noCustomerCall(LiveAgentFacts &facts)
{
    facts.hasAutoCall = false;
    facts.autoCallUniqueId.clear();
    facts.autoCallChannel.clear();
}

void manualDialRinging(LiveAgentFacts &facts)
{
    facts.comments = u"MANUAL"_s;
    facts.autoCallUniqueId.clear();
    facts.autoCallChannel.clear();
}

} // namespace

void TestLiveAgentReport::theServersRulesInTheirOrder_data()
{
    QTest::addColumn<LiveAgentFacts>("facts");
    QTest::addColumn<QString>("subStatus");
    QTest::addColumn<qint64>("leadShown");

    LiveAgentFacts ready;
    ready.status = u"READY"_s;
    QTest::newRow("nothing: empty") << ready << QString() << qint64(0);

    // 1. RING
    QTest::newRow("RING: on-hook agent, ring callerid over 18") << with(ready, ringing) << u"RING"_s << qint64(0);
    QTest::newRow("RING needs more than 18 characters") << with(ready, [](LiveAgentFacts &f) {
        ringing(f);
        f.ringCallerId = f.ringCallerId.left(18);
    }) << QString() << qint64(0);
    QTest::newRow("RING needs an on-hook agent") << with(ready, [](LiveAgentFacts &f) {
        ringing(f);
        f.onHookAgent = false;
    }) << QString() << qint64(0);

    // 2. DISPO
    QTest::newRow("DISPO: paused with a lead") << paused(777) << u"DISPO"_s << qint64(777);
    QTest::newRow("DISPO needs a lead") << paused(0) << QString() << qint64(0);
    QTest::newRow("DISPO needs PAUSED") << with(ready, [](LiveAgentFacts &f) { f.leadId = 777; }) << QString() << qint64(777);
    QTest::newRow("DISPO overrides RING") << with(paused(777), ringing) << u"DISPO"_s << qint64(777);

    // 3. PREVIEW
    QTest::newRow("PREVIEW: paused with a preview lead, which is the lead shown")
        << with(paused(0), [](LiveAgentFacts &f) { f.previewLeadId = 888; }) << u"PREVIEW"_s << qint64(888);
    QTest::newRow("PREVIEW overrides DISPO") << with(paused(777), [](LiveAgentFacts &f) { f.previewLeadId = 888; }) << u"PREVIEW"_s
                                             << qint64(888);
    QTest::newRow("PREVIEW needs PAUSED") << with(inCall(), [](LiveAgentFacts &f) { f.previewLeadId = 888; }) << QString() << qint64(12345);

    // 4. INCALL
    QTest::newRow("INCALL with the customer's call: empty") << inCall() << QString() << qint64(12345);
    QTest::newRow("3-WAY: another INCALL agent on the lead") << with(inCall(), threeWay) << u"3-WAY"_s << qint64(12345);
    QTest::newRow("3-WAY needs a lead") << with(inCall(), [](LiveAgentFacts &f) {
        threeWay(f);
        f.leadId = 0;
    }) << QString() << qint64(0);
    QTest::newRow("3-WAY needs INCALL") << with(paused(12345), threeWay) << u"DISPO"_s << qint64(12345);
    QTest::newRow("PARK: the callerid is parked") << with(inCall(), parked) << u"PARK"_s << qint64(12345);
    QTest::newRow("PARK overrides 3-WAY") << with(with(inCall(), threeWay), parked) << u"PARK"_s << qint64(12345);
    QTest::newRow("PARK wins without a customer call (IVR)") << with(with(inCall(), parked), noCustomerCall) << u"PARK"_s << qint64(12345);
    QTest::newRow("PARK needs INCALL") << with(paused(12345), parked) << u"DISPO"_s << qint64(12345);
    QTest::newRow("DEAD: no customer call") << with(inCall(), noCustomerCall) << u"DEAD"_s << qint64(12345);
    QTest::newRow("DEAD overrides 3-WAY (the second agent)") << with(with(inCall(), threeWay), noCustomerCall) << u"DEAD"_s << qint64(12345);
    QTest::newRow("DEAD overrides RING") << with(with(inCall(), ringing), noCustomerCall) << u"DEAD"_s << qint64(12345);
    QTest::newRow("no DEAD for a chat") << with(with(inCall(), noCustomerCall), [](LiveAgentFacts &f) { f.comments = u"CHAT"_s; })
                                        << QString() << qint64(12345);
    QTest::newRow("no DEAD for an email, 3-WAY stays") << with(with(with(inCall(), threeWay), noCustomerCall),
                                                              [](LiveAgentFacts &f) { f.comments = u"EMAIL"_s; })
                                                       << u"3-WAY"_s << qint64(12345);
    QTest::newRow("DIAL: a manual dial without uniqueid and channel") << with(inCall(), manualDialRinging) << u"DIAL"_s << qint64(12345);
    QTest::newRow("DIAL overrides 3-WAY") << with(with(inCall(), threeWay), manualDialRinging) << u"DIAL"_s << qint64(12345);
    QTest::newRow("DIAL needs comments MANUAL") << with(with(inCall(), manualDialRinging), [](LiveAgentFacts &f) { f.comments = u"AUTO"_s; })
                                                << QString() << qint64(12345);
    QTest::newRow("DIAL needs a short uniqueid") << with(with(inCall(), manualDialRinging), [](LiveAgentFacts &f) {
        f.autoCallUniqueId = u"17826"_s;
    }) << QString() << qint64(12345);
    QTest::newRow("DIAL needs a short channel") << with(with(inCall(), manualDialRinging), [](LiveAgentFacts &f) {
        f.autoCallChannel = u"SIP/1"_s;
    }) << QString() << qint64(12345);
    QTest::newRow("RING stays while INCALL with the customer's call") << with(inCall(), ringing) << u"RING"_s << qint64(12345);
}

void TestLiveAgentReport::theServersRulesInTheirOrder()
{
    QFETCH(LiveAgentFacts, facts);
    QFETCH(QString, subStatus);
    QFETCH(qint64, leadShown);
    const LiveAgentReport report = reportLiveAgent(facts);
    QCOMPARE(report.subStatus, subStatus);
    QCOMPARE(report.leadId, leadShown);
}

QTEST_GUILESS_MAIN(TestLiveAgentReport)
#include "TestLiveAgentReport.moc"
