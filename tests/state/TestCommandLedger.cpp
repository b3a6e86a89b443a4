#include "state/CommandLedger.h"

#include <QTest>

using namespace Qt::StringLiterals;

// What this client remembers about the legs of the call, through sequences
// of the nine values, and when it forgets.
class TestCommandLedger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void sequences_data();
    void sequences();
    void theCustomerComesBackFromTheIvrByThemselves();
    void aNewLeadClearsEverything();
    void aLogoutClearsEverything();
    void losingTheLeadClearsEverything();
    void aVerdictAfterTheAnswerIsAppliedOnce();

private:
    void step(const QString &command);

    CommandLedger m_ledger;
    quint64 m_nextId = 1;
};

namespace {
AgentSnapshot inCall(const QString &subStatus = {}, const QString &lead = u"12345"_s)
{
    AgentSnapshot agent;
    agent.status = u"INCALL"_s;
    agent.leadId = lead;
    agent.subStatus = subStatus;
    return agent;
}

CommandRecord commandRecord(quint64 id, ParkAction action, ResultKind kind, Confirmation confirmation)
{
    CommandRecord record;
    record.id = id;
    record.result.action = action;
    record.result.agent = u"1000"_s;
    record.result.answer.kind = kind;
    record.result.reachedServer = true;
    record.finished = true;
    record.confirmation = confirmation;
    return record;
}
} // namespace

void TestCommandLedger::init()
{
    m_ledger = CommandLedger();
    m_nextId = 1;
}

// "VALUE/outcome": success (SUCCESS, nothing to see), confirmed, notcarriedout, unknown (timeout), error;
// or "state/SUB" for a poll showing that sub status.
void TestCommandLedger::step(const QString &command)
{
    const QString verb = command.section(u'/', 0, 0);
    const QString how = command.section(u'/', 1, 1);
    if (verb == "state"_L1) {
        m_ledger.observe(inCall(how));
        return;
    }
    const std::optional<ParkAction> action = parkActionFromWireValue(verb);
    QVERIFY2(action, qPrintable(command));
    ResultKind kind = ResultKind::Success;
    Confirmation confirmation = Confirmation::NotApplicable;
    if (how == "confirmed"_L1)
        confirmation = Confirmation::Confirmed;
    else if (how == "notcarriedout"_L1)
        confirmation = Confirmation::NotCarriedOut;
    else if (how == "unknown"_L1) {
        kind = ResultKind::Timeout;
        confirmation = Confirmation::Unknown;
    } else if (how == "error"_L1)
        kind = ResultKind::NoLead;
    else
        QCOMPARE(how, u"success"_s);
    m_ledger.record(commandRecord(m_nextId++, *action, kind, confirmation));
}

void TestCommandLedger::sequences_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<bool>("thirdPartyParked");
    QTest::addColumn<bool>("thirdPartyOnLine");
    QTest::addColumn<bool>("customerInIvr");

    QTest::newRow("nothing sent") << QStringList{u"state/"_s} << false << false << false;
    QTest::newRow("PARK_XFER success: parked, though no state shows it")
        << QStringList{u"state/"_s, u"PARK_XFER/success"_s} << true << false << false;
    QTest::newRow("PARK_XFER refused") << QStringList{u"state/"_s, u"PARK_XFER/error"_s} << false << false << false;
    QTest::newRow("PARK_XFER timed out: not claimed") << QStringList{u"state/"_s, u"PARK_XFER/unknown"_s} << false << false << false;
    QTest::newRow("PARK_XFER then GRAB_XFER: back on the line")
        << QStringList{u"state/"_s, u"PARK_XFER/success"_s, u"GRAB_XFER/success"_s} << false << true << false;
    QTest::newRow("SWAP_PARK_CUSTOMER confirmed: customer parked, third party on the line")
        << QStringList{u"state/"_s, u"PARK_XFER/success"_s, u"state/PARK"_s, u"SWAP_PARK_CUSTOMER/confirmed"_s} << false << true << false;
    QTest::newRow("SWAP_PARK_CUSTOMER not carried out: nothing changes")
        << QStringList{u"state/"_s, u"PARK_XFER/success"_s, u"SWAP_PARK_CUSTOMER/notcarriedout"_s} << true << false << false;
    QTest::newRow("SWAP_PARK_XFER confirmed: third party parked, customer on the line")
        << QStringList{u"state/PARK"_s, u"SWAP_PARK_XFER/confirmed"_s, u"state/"_s} << true << false << false;
    QTest::newRow("swap back and forth")
        << QStringList{u"state/"_s, u"PARK_XFER/success"_s, u"state/PARK"_s, u"SWAP_PARK_CUSTOMER/confirmed"_s, u"state/"_s,
                       u"SWAP_PARK_XFER/confirmed"_s}
        << true << false << false;
    QTest::newRow("HANGUP_XFER_GRAB_CUSTOMER confirmed: no third party")
        << QStringList{u"state/"_s, u"GRAB_XFER/success"_s, u"state/PARK"_s, u"HANGUP_XFER_GRAB_CUSTOMER/confirmed"_s}
        << false << false << false;
    QTest::newRow("HANGUP_XFER_GRAB_CUSTOMER unknown: third party kept")
        << QStringList{u"state/PARK"_s, u"GRAB_XFER/success"_s, u"HANGUP_XFER_GRAB_CUSTOMER/unknown"_s} << false << true << false;
    QTest::newRow("PARK_IVR_CUSTOMER confirmed: in the IVR")
        << QStringList{u"state/PARK"_s, u"PARK_IVR_CUSTOMER/confirmed"_s} << false << false << true;
    QTest::newRow("PARK_IVR_CUSTOMER not carried out: not in the IVR")
        << QStringList{u"state/"_s, u"PARK_IVR_CUSTOMER/notcarriedout"_s} << false << false << false;
    QTest::newRow("GRAB_IVR_CUSTOMER confirmed: back")
        << QStringList{u"state/PARK"_s, u"PARK_IVR_CUSTOMER/confirmed"_s, u"GRAB_IVR_CUSTOMER/confirmed"_s} << false << false << false;
    QTest::newRow("PARK_CUSTOMER after an IVR park: a plain park")
        << QStringList{u"state/PARK"_s, u"PARK_IVR_CUSTOMER/confirmed"_s, u"state/"_s, u"state/PARK"_s, u"PARK_CUSTOMER/confirmed"_s}
        << false << false << false;
    QTest::newRow("GRAB_CUSTOMER keeps the third party where it is")
        << QStringList{u"state/"_s, u"PARK_XFER/success"_s, u"state/PARK"_s, u"PARK_CUSTOMER/confirmed"_s, u"GRAB_CUSTOMER/confirmed"_s}
        << true << false << false;
    QTest::newRow("DEAD keeps the parked third party")
        << QStringList{u"state/"_s, u"PARK_XFER/success"_s, u"state/DEAD"_s} << true << false << false;
}

void TestCommandLedger::sequences()
{
    QFETCH(QStringList, steps);
    for (const QString &command : steps)
        step(command);
    const LedgerFacts facts = m_ledger.facts();
    QTEST(facts.thirdPartyParked, "thirdPartyParked");
    QTEST(facts.thirdPartyOnLine, "thirdPartyOnLine");
    QTEST(facts.customerInIvr, "customerInIvr");
}

void TestCommandLedger::theCustomerComesBackFromTheIvrByThemselves()
{
    step(u"state/PARK"_s);
    step(u"PARK_IVR_CUSTOMER/confirmed"_s);
    step(u"state/PARK"_s);
    QVERIFY(m_ledger.facts().customerInIvr);
    step(u"state/"_s); // the IVR ended
    QVERIFY(!m_ledger.facts().customerInIvr);
    step(u"state/PARK"_s); // someone parked them again, not into the IVR as far as we know
    QVERIFY(!m_ledger.facts().customerInIvr);
}

void TestCommandLedger::aNewLeadClearsEverything()
{
    step(u"state/"_s);
    step(u"PARK_XFER/success"_s);
    QVERIFY(m_ledger.facts().thirdPartyParked);
    QCOMPARE(m_ledger.leadId(), u"12345"_s);
    m_ledger.observe(inCall({}, u"12346"_s));
    QCOMPARE(m_ledger.facts().thirdPartyParked, false);
    QCOMPARE(m_ledger.leadId(), u"12346"_s);
}

void TestCommandLedger::aLogoutClearsEverything()
{
    step(u"state/"_s);
    step(u"GRAB_XFER/success"_s);
    QVERIFY(m_ledger.facts().thirdPartyOnLine);
    m_ledger.observe(std::nullopt);
    QCOMPARE(m_ledger.facts().thirdPartyOnLine, false);
}

void TestCommandLedger::losingTheLeadClearsEverything()
{
    step(u"state/PARK"_s);
    step(u"PARK_IVR_CUSTOMER/confirmed"_s);
    m_ledger.observe(inCall({}, u"0"_s));
    QCOMPARE(m_ledger.facts().customerInIvr, false);
    QVERIFY(m_ledger.leadId().isEmpty());
}

void TestCommandLedger::aVerdictAfterTheAnswerIsAppliedOnce()
{
    m_ledger.observe(inCall());
    CommandRecord record = commandRecord(7, ParkAction::ParkIvrCustomer, ResultKind::Success, Confirmation::Waiting);
    m_ledger.record(record);
    QVERIFY(!m_ledger.facts().customerInIvr); // SUCCESS alone is no evidence of a customer leg
    m_ledger.observe(inCall(u"PARK"_s));
    record.confirmation = Confirmation::Confirmed;
    m_ledger.record(record);
    QVERIFY(m_ledger.facts().customerInIvr);
    // The same record again does not undo a later change.
    step(u"GRAB_IVR_CUSTOMER/confirmed"_s);
    m_ledger.record(record);
    QVERIFY(!m_ledger.facts().customerInIvr);
}

QTEST_GUILESS_MAIN(TestCommandLedger)
#include "TestCommandLedger.moc"
