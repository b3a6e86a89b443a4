#include "state/StatusText.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The words the status line and the command line show for an agent's state
// (agentStateText), exactly as a person reads them.
class TestStatusText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachStatus_data();
    void eachStatus();
    void eachSubStatus_data();
    void eachSubStatus();
    void whatThisBarDidToTheCall_data();
    void whatThisBarDidToTheCall();
};

namespace {

AgentSnapshot agent(const QString &status, const QString &subStatus = {}, const QString &lead = u"12345"_s,
                    const QString &pauseCode = {})
{
    AgentSnapshot snapshot;
    snapshot.user = u"1000"_s;
    snapshot.status = status;
    snapshot.subStatus = subStatus;
    snapshot.leadId = lead;
    snapshot.pauseCode = pauseCode;
    snapshot.campaign = u"TESTCAMP"_s;
    return snapshot;
}

QString textOf(const AgentSnapshot &snapshot, const LedgerFacts &facts = {})
{
    return agentStateText(snapshot, callLegsOf(snapshot, facts));
}

} // namespace

void TestStatusText::eachStatus_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("pauseCode");
    QTest::addColumn<QString>("lead");
    QTest::addColumn<QString>("text");

    QTest::newRow("READY with a lead") << u"READY"_s << QString() << u"12345"_s << u"Ready"_s;
    QTest::newRow("READY, lead 0") << u"READY"_s << QString() << u"0"_s << u"Ready, no lead"_s;
    QTest::newRow("READY, no lead field") << u"READY"_s << QString() << QString() << u"Ready, no lead"_s;
    QTest::newRow("QUEUE") << u"QUEUE"_s << QString() << u"12345"_s << u"Call arriving"_s;
    QTest::newRow("QUEUE, no lead yet") << u"QUEUE"_s << QString() << u"0"_s << u"Call arriving, no lead"_s;
    QTest::newRow("INCALL") << u"INCALL"_s << QString() << u"12345"_s << u"In call"_s;
    // In a call the missing lead is the rules' business, not the status line's.
    QTest::newRow("INCALL, no lead") << u"INCALL"_s << QString() << u"0"_s << u"In call"_s;
    QTest::newRow("PAUSED") << u"PAUSED"_s << QString() << u"12345"_s << u"Paused"_s;
    QTest::newRow("PAUSED with pause code") << u"PAUSED"_s << u"LUNCH"_s << u"12345"_s << u"Paused (LUNCH)"_s;
    QTest::newRow("PAUSED with pause code, no lead") << u"PAUSED"_s << u"BREAK"_s << u"0"_s << u"Paused (BREAK), no lead"_s;
    QTest::newRow("CLOSER") << u"CLOSER"_s << QString() << u"0"_s << u"Waiting for inbound calls, no lead"_s;
    QTest::newRow("CLOSER with a lead") << u"CLOSER"_s << QString() << u"12345"_s << u"Waiting for inbound calls"_s;
    // A status this program has no words for is shown as the server sent it.
    QTest::newRow("unknown status") << u"MQUEUE"_s << QString() << u"12345"_s << u"MQUEUE"_s;
    QTest::newRow("unknown status, no lead") << u"MQUEUE"_s << QString() << u"0"_s << u"MQUEUE, no lead"_s;
}

void TestStatusText::eachStatus()
{
    QFETCH(QString, status);
    QFETCH(QString, pauseCode);
    QFETCH(QString, lead);
    QTEST(textOf(agent(status, {}, lead, pauseCode)), "text");
}

void TestStatusText::eachSubStatus_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("subStatus");
    QTest::addColumn<QString>("text");

    QTest::newRow("on line") << u"INCALL"_s << QString() << u"In call"_s;
    QTest::newRow("PARK") << u"INCALL"_s << u"PARK"_s << u"In call, customer parked"_s;
    QTest::newRow("DEAD") << u"INCALL"_s << u"DEAD"_s << u"In call, customer hung up"_s;
    QTest::newRow("3-WAY") << u"INCALL"_s << u"3-WAY"_s << u"In call, 3-way call"_s;
    QTest::newRow("DIAL") << u"INCALL"_s << u"DIAL"_s << u"In call, dialling"_s;
    QTest::newRow("DISPO") << u"PAUSED"_s << u"DISPO"_s << u"Paused, writing disposition"_s;
    QTest::newRow("PREVIEW") << u"PAUSED"_s << u"PREVIEW"_s << u"Paused, previewing lead"_s;
    QTest::newRow("RING") << u"READY"_s << u"RING"_s << u"Ready, ringing"_s;
    QTest::newRow("unknown word in a call") << u"INCALL"_s << u"XFERX"_s << u"In call, XFERX"_s;
    QTest::newRow("unknown word out of a call") << u"READY"_s << u"XFERX"_s << u"Ready, XFERX"_s;
    // PARK and 3-WAY mean nothing outside a call: only the status shows.
    QTest::newRow("PARK out of a call") << u"PAUSED"_s << u"PARK"_s << u"Paused"_s;
    QTest::newRow("3-WAY out of a call") << u"READY"_s << u"3-WAY"_s << u"Ready"_s;
}

void TestStatusText::eachSubStatus()
{
    QFETCH(QString, status);
    QFETCH(QString, subStatus);
    QTEST(textOf(agent(status, subStatus)), "text");
}

void TestStatusText::whatThisBarDidToTheCall_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("subStatus");
    QTest::addColumn<QString>("lead");
    QTest::addColumn<bool>("thirdPartyParked");
    QTest::addColumn<bool>("customerInIvr");
    QTest::addColumn<QString>("text");

    QTest::newRow("third party parked") << u"INCALL"_s << QString() << u"12345"_s << true << false
                                        << u"In call, third party parked"_s;
    QTest::newRow("customer and third party parked") << u"INCALL"_s << u"PARK"_s << u"12345"_s << true << false
                                                     << u"In call, customer parked, third party parked"_s;
    QTest::newRow("customer in park IVR") << u"INCALL"_s << u"PARK"_s << u"12345"_s << false << true
                                          << u"In call, customer in park IVR"_s;
    QTest::newRow("IVR and third party parked") << u"INCALL"_s << u"PARK"_s << u"12345"_s << true << true
                                                << u"In call, customer in park IVR, third party parked"_s;
    // The ledger's IVR fact only names a PARK the server shows.
    QTest::newRow("IVR fact without PARK") << u"INCALL"_s << QString() << u"12345"_s << false << true << u"In call"_s;
}

void TestStatusText::whatThisBarDidToTheCall()
{
    QFETCH(QString, status);
    QFETCH(QString, subStatus);
    QFETCH(QString, lead);
    QFETCH(bool, thirdPartyParked);
    QFETCH(bool, customerInIvr);
    LedgerFacts facts;
    facts.thirdPartyParked = thirdPartyParked;
    facts.customerInIvr = customerInIvr;
    QTEST(textOf(agent(status, subStatus, lead), facts), "text");
}

QTEST_GUILESS_MAIN(TestStatusText)
#include "TestStatusText.moc"
