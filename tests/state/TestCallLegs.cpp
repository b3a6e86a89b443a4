#include "state/CallLegs.h"
#include "state/SwapChoice.h"

#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(CallLeg)
Q_DECLARE_METATYPE(ThirdPartyLine)
Q_DECLARE_METATYPE(ParkAction)
Q_DECLARE_METATYPE(std::optional<bool>)

namespace {

const char *legName(CallLeg leg)
{
    switch (leg) {
    case CallLeg::NotInCall: return "NotInCall";
    case CallLeg::OnLine: return "OnLine";
    case CallLeg::ThreeWay: return "ThreeWay";
    case CallLeg::Parked: return "Parked";
    case CallLeg::InIvr: return "InIvr";
    case CallLeg::HungUp: return "HungUp";
    case CallLeg::Dispo: return "Dispo";
    case CallLeg::Preview: return "Preview";
    case CallLeg::Ring: return "Ring";
    case CallLeg::Dial: return "Dial";
    case CallLeg::Unfamiliar: return "Unfamiliar";
    }
    return "?";
}

AgentSnapshot agentIn(const QString &status, const QString &subStatus, std::optional<bool> inParkIvr = std::nullopt)
{
    AgentSnapshot agent;
    agent.user = u"1000"_s;
    agent.status = status;
    agent.subStatus = subStatus;
    agent.leadId = u"12345"_s;
    agent.campaign = u"TESTCAMP"_s;
    agent.inParkIvr = inParkIvr;
    return agent;
}

} // namespace

// Readable failures: QCOMPARE prints these instead of numbers.
char *toString(CallLeg leg)
{
    return qstrdup(legName(leg));
}

char *toString(ThirdPartyLine line)
{
    return qstrdup(line == ThirdPartyLine::Parked ? "Parked" : line == ThirdPartyLine::OnLine ? "OnLine" : "Unknown");
}

char *toString(ParkAction action)
{
    return qstrdup(qPrintable(parkActionWireValue(action)));
}

// Where the customer's call is (callLegsOf), from every sub status word the
// server sends, in a call and out of one; which of the ledger and the
// database decides "park IVR"; the third-party line; and the Swap value each
// customer leg leads to.
class TestCallLegs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void customerLegFromSubStatusAndStatus_data();
    void customerLegFromSubStatusAndStatus();
    void parkIvrComesFromTheDatabaseWhenItKnowsElseTheLedger_data();
    void parkIvrComesFromTheDatabaseWhenItKnowsElseTheLedger();
    void thirdPartyLineComesFromTheLedgerAlone_data();
    void thirdPartyLineComesFromTheLedgerAlone();
    void onLineAndParkedAnywhere_data();
    void onLineAndParkedAnywhere();
    void swapValueForEveryCustomerLeg_data();
    void swapValueForEveryCustomerLeg();
};

void TestCallLegs::customerLegFromSubStatusAndStatus_data()
{
    QTest::addColumn<QString>("subStatus");
    QTest::addColumn<QString>("status");
    QTest::addColumn<CallLeg>("customer");

    struct Word
    {
        const char *word;
        CallLeg inCall;    // status INCALL
        CallLeg notInCall; // any other status
    };
    // PARK, 3-WAY, an empty word and an unknown one mean something only in a
    // call; DEAD, DISPO, PREVIEW, RING and DIAL say where the call is whatever the status.
    const Word words[] = {
        {"", CallLeg::OnLine, CallLeg::NotInCall},
        {"PARK", CallLeg::Parked, CallLeg::NotInCall},
        {"3-WAY", CallLeg::ThreeWay, CallLeg::NotInCall},
        {"DEAD", CallLeg::HungUp, CallLeg::HungUp},
        {"DISPO", CallLeg::Dispo, CallLeg::Dispo},
        {"PREVIEW", CallLeg::Preview, CallLeg::Preview},
        {"RING", CallLeg::Ring, CallLeg::Ring},
        {"DIAL", CallLeg::Dial, CallLeg::Dial},
        {"XFERX", CallLeg::Unfamiliar, CallLeg::NotInCall},
        {"park", CallLeg::Unfamiliar, CallLeg::NotInCall}, // the server's words are upper case
    };
    for (const Word &w : words) {
        for (const char *status : {"INCALL", "READY", "PAUSED", "QUEUE", "CLOSER"}) {
            const bool inCall = qstrcmp(status, "INCALL") == 0;
            QTest::addRow("%s %s", *w.word ? w.word : "(empty)", status)
                << QString::fromLatin1(w.word) << QString::fromLatin1(status) << (inCall ? w.inCall : w.notInCall);
        }
    }
}

void TestCallLegs::customerLegFromSubStatusAndStatus()
{
    QFETCH(QString, subStatus);
    QFETCH(QString, status);
    QTEST(callLegsOf(agentIn(status, subStatus), LedgerFacts{}).customer, "customer");
}

void TestCallLegs::parkIvrComesFromTheDatabaseWhenItKnowsElseTheLedger_data()
{
    QTest::addColumn<QString>("subStatus");
    QTest::addColumn<QString>("status");
    QTest::addColumn<std::optional<bool>>("database"); // snapshot.inParkIvr
    QTest::addColumn<bool>("ledger");                  // facts.customerInIvr
    QTest::addColumn<CallLeg>("customer");

    const std::optional<bool> unknown;
    QTest::newRow("PARK, nobody knows: on hold") << u"PARK"_s << u"INCALL"_s << unknown << false << CallLeg::Parked;
    QTest::newRow("PARK, our PARK_IVR_CUSTOMER: IVR") << u"PARK"_s << u"INCALL"_s << unknown << true << CallLeg::InIvr;
    QTest::newRow("PARK, database says IVR") << u"PARK"_s << u"INCALL"_s << std::optional(true) << false << CallLeg::InIvr;
    QTest::newRow("PARK, database says hold") << u"PARK"_s << u"INCALL"_s << std::optional(false) << false << CallLeg::Parked;
    QTest::newRow("database hold wins over ledger IVR") << u"PARK"_s << u"INCALL"_s << std::optional(false) << true << CallLeg::Parked;
    QTest::newRow("both say IVR") << u"PARK"_s << u"INCALL"_s << std::optional(true) << true << CallLeg::InIvr;
    // Without PARK there is no parked call, whatever either source remembers.
    QTest::newRow("on line, ledger still says IVR") << QString() << u"INCALL"_s << unknown << true << CallLeg::OnLine;
    QTest::newRow("on line, database says IVR") << QString() << u"INCALL"_s << std::optional(true) << true << CallLeg::OnLine;
    QTest::newRow("3-WAY, ledger says IVR") << u"3-WAY"_s << u"INCALL"_s << unknown << true << CallLeg::ThreeWay;
    QTest::newRow("DEAD, database says IVR") << u"DEAD"_s << u"INCALL"_s << std::optional(true) << true << CallLeg::HungUp;
    QTest::newRow("PARK out of a call, IVR known") << u"PARK"_s << u"PAUSED"_s << std::optional(true) << true << CallLeg::NotInCall;
}

void TestCallLegs::parkIvrComesFromTheDatabaseWhenItKnowsElseTheLedger()
{
    QFETCH(QString, subStatus);
    QFETCH(QString, status);
    QFETCH(std::optional<bool>, database);
    QFETCH(bool, ledger);
    LedgerFacts facts;
    facts.customerInIvr = ledger;
    QTEST(callLegsOf(agentIn(status, subStatus, database), facts).customer, "customer");
}

void TestCallLegs::thirdPartyLineComesFromTheLedgerAlone_data()
{
    QTest::addColumn<bool>("parked");
    QTest::addColumn<bool>("onLine");
    QTest::addColumn<ThirdPartyLine>("line");

    QTest::newRow("nothing done to it: unknown") << false << false << ThirdPartyLine::Unknown;
    QTest::newRow("we grabbed it: on line") << false << true << ThirdPartyLine::OnLine;
    QTest::newRow("we parked it: parked") << true << false << ThirdPartyLine::Parked;
    QTest::newRow("both facts: parked wins") << true << true << ThirdPartyLine::Parked;
}

void TestCallLegs::thirdPartyLineComesFromTheLedgerAlone()
{
    QFETCH(bool, parked);
    QFETCH(bool, onLine);
    LedgerFacts facts;
    facts.thirdPartyParked = parked;
    facts.thirdPartyOnLine = onLine;
    // The server never reports the third party: the snapshot changes nothing.
    for (const AgentSnapshot &snapshot : {agentIn(u"INCALL"_s, QString()), agentIn(u"INCALL"_s, u"PARK"_s),
                                          agentIn(u"INCALL"_s, u"3-WAY"_s), agentIn(u"READY"_s, QString())}) {
        const CallLegs legs = callLegsOf(snapshot, facts);
        QTEST(legs.thirdParty, "line");
    }
}

void TestCallLegs::onLineAndParkedAnywhere_data()
{
    QTest::addColumn<CallLeg>("customer");
    QTest::addColumn<bool>("onLine");
    QTest::addColumn<bool>("parkedAnywhere");

    QTest::newRow("not in a call") << CallLeg::NotInCall << false << false;
    QTest::newRow("on line") << CallLeg::OnLine << true << false;
    QTest::newRow("3-way") << CallLeg::ThreeWay << true << false;
    QTest::newRow("on hold") << CallLeg::Parked << false << true;
    QTest::newRow("park IVR") << CallLeg::InIvr << false << true;
    QTest::newRow("hung up") << CallLeg::HungUp << false << false;
    QTest::newRow("dispo") << CallLeg::Dispo << false << false;
    QTest::newRow("preview") << CallLeg::Preview << false << false;
    QTest::newRow("ring") << CallLeg::Ring << false << false;
    QTest::newRow("dial") << CallLeg::Dial << false << false;
    QTest::newRow("unfamiliar") << CallLeg::Unfamiliar << false << false;
}

void TestCallLegs::onLineAndParkedAnywhere()
{
    QFETCH(CallLeg, customer);
    const CallLegs legs{customer, ThirdPartyLine::Unknown};
    QTEST(legs.customerOnLine(), "onLine");
    QTEST(legs.customerParkedAnywhere(), "parkedAnywhere");
}

void TestCallLegs::swapValueForEveryCustomerLeg_data()
{
    QTest::addColumn<CallLeg>("customer");
    QTest::addColumn<ParkAction>("swap");

    // Only a customer on hold is swapped back in; from anywhere else the
    // customer is the one to park. (The rules decide whether Swap is on at all.)
    QTest::newRow("not in a call") << CallLeg::NotInCall << ParkAction::SwapParkCustomer;
    QTest::newRow("on line") << CallLeg::OnLine << ParkAction::SwapParkCustomer;
    QTest::newRow("3-way") << CallLeg::ThreeWay << ParkAction::SwapParkCustomer;
    QTest::newRow("on hold") << CallLeg::Parked << ParkAction::SwapParkXfer;
    QTest::newRow("park IVR") << CallLeg::InIvr << ParkAction::SwapParkCustomer;
    QTest::newRow("hung up") << CallLeg::HungUp << ParkAction::SwapParkCustomer;
    QTest::newRow("dispo") << CallLeg::Dispo << ParkAction::SwapParkCustomer;
    QTest::newRow("preview") << CallLeg::Preview << ParkAction::SwapParkCustomer;
    QTest::newRow("ring") << CallLeg::Ring << ParkAction::SwapParkCustomer;
    QTest::newRow("dial") << CallLeg::Dial << ParkAction::SwapParkCustomer;
    QTest::newRow("unfamiliar") << CallLeg::Unfamiliar << ParkAction::SwapParkCustomer;
}

void TestCallLegs::swapValueForEveryCustomerLeg()
{
    QFETCH(CallLeg, customer);
    // The third-party line does not change the value.
    for (ThirdPartyLine line : {ThirdPartyLine::Unknown, ThirdPartyLine::OnLine, ThirdPartyLine::Parked})
        QTEST(swapActionFor(CallLegs{customer, line}), "swap");
}

QTEST_GUILESS_MAIN(TestCallLegs)
#include "TestCallLegs.moc"
