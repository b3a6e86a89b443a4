#include "FaultRig.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(SimFault)
Q_DECLARE_METATYPE(Confirmation)

// A server that answers badly: too slowly, with HTTP 500, an HTML error page,
// a cut-off body, PHP warnings around the answer, a 10 MB body, a reset
// connection. Whatever it does, the program keeps running, never sends a
// command twice, and says what happened in words a person understands.
class TestBadAnswers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aBadPollAnswerIsShownAndRecoveredFrom_data();
    void aBadPollAnswerIsShownAndRecoveredFrom();
    void aBadCommandAnswerIsShownAndNeverResent_data();
    void aBadCommandAnswerIsShownAndNeverResent();
    void aResetCommandConnectionIsNotResent();
    void phpWarningsAroundEveryAnswerChangeNothing();
    void aHugeBodyIsReadOnlyUpToTheLimit();

private:
    void startLive();

    std::unique_ptr<FaultRig> m_rig;
};

void TestBadAnswers::init()
{
    m_rig = std::make_unique<FaultRig>();
    QVERIFY(m_rig->start());
}

void TestBadAnswers::cleanup()
{
    m_rig.reset();
}

void TestBadAnswers::startLive()
{
    m_rig->session->start();
    QTRY_VERIFY(m_rig->state(ParkAction::ParkCustomer).enabled);
    QCOMPARE(m_rig->kind(), ConnectionState::Kind::Connected);
}

void TestBadAnswers::aBadPollAnswerIsShownAndRecoveredFrom_data()
{
    QTest::addColumn<SimFault>("fault");
    QTest::addColumn<int>("latencyMs");
    QTest::addColumn<QString>("detail"); // what the connection line says; a prefix when it ends in "…"

    QTest::newRow("slower than the timeout") << SimFault::None << 2000 << u"The server did not answer in time."_s;
    QTest::newRow("HTTP 500") << SimFault::Http500 << 0 << u"The server answered with HTTP status 500."_s;
    QTest::newRow("HTML error page") << SimFault::HtmlErrorPage << 0
                                     << u"The server answered with an error page instead of an answer."_s;
    QTest::newRow("truncated body") << SimFault::TruncatedBody << 0 << u"Cannot reach the server: …"_s;
    QTest::newRow("connection reset") << SimFault::ConnectionReset << 0 << u"Cannot reach the server: …"_s;
    // Only the first 1 MB is read: PHP warnings, no answer.
    QTest::newRow("10 MB body") << SimFault::HugeBody << 0
                                << u"The server answered with an error page instead of an answer."_s;
}

void TestBadAnswers::aBadPollAnswerIsShownAndRecoveredFrom()
{
    QFETCH(SimFault, fault);
    QFETCH(int, latencyMs);
    QFETCH(QString, detail);
    startLive();
    m_rig->sim.setFault(fault, u"agent_status"_s);
    m_rig->sim.setLatencyMs(latencyMs, u"agent_status"_s);

    QTRY_COMPARE_WITH_TIMEOUT(m_rig->kind(), ConnectionState::Kind::Offline, 10000);
    if (detail.endsWith(QChar(0x2026)))
        QVERIFY2(m_rig->detail().startsWith(detail.chopped(1)) && m_rig->detail().size() > detail.size(), qPrintable(m_rig->detail()));
    else
        QCOMPARE(m_rig->detail(), detail);
    for (ParkAction action : kAllParkActions)
        QCOMPARE(m_rig->state(action).reason, u"Offline: the server cannot be reached"_s);
    QVERIFY(!m_rig->session->request(ParkAction::ParkCustomer));
    QCOMPARE(m_rig->parkCalls(), 0);

    m_rig->sim.clearFaults();
    QTRY_COMPARE_WITH_TIMEOUT(m_rig->kind(), ConnectionState::Kind::Connected, 10000);
    QVERIFY(m_rig->state(ParkAction::ParkCustomer).enabled);
    QCOMPARE(m_rig->parkCalls(), 0);
}

void TestBadAnswers::aBadCommandAnswerIsShownAndNeverResent_data()
{
    QTest::addColumn<SimFault>("fault");
    QTest::addColumn<int>("latencyMs");
    QTest::addColumn<ResultKind>("answer");
    QTest::addColumn<QString>("finishedLine"); // the feedback line when the answer (or failure) arrives; "…" ends a prefix
    QTest::addColumn<Confirmation>("verdict");
    QTest::addColumn<QString>("settledText");

    const QString watch = u"It may or may not have been done: watch the state."_s;
    const QString unclearNotShown = u"The server gave no clear answer, so the command may or may not have been stored, "
                                    "and the agent's state does not show it carried out."_s;
    const QString parked = u"The server shows the customer parked."_s;
    // The script ran and stored the command: the agent's state shows it parked after all.
    QTest::newRow("slower than the timeout") << SimFault::None << 2000 << ResultKind::Timeout
                                             << u"Park customer: no clear answer (The server did not answer in time.). "_s + watch
                                             << Confirmation::Confirmed << parked;
    QTest::newRow("truncated body") << SimFault::TruncatedBody << 0 << ResultKind::ConnectionFailed
                                    << u"Park customer: no clear answer (Cannot reach the server: …"_s << Confirmation::Confirmed << parked;
    QTest::newRow("PHP warnings") << SimFault::PhpWarnings << 0 << ResultKind::Success
                                  << u"Park customer: sent, waiting for the agent's screen..."_s << Confirmation::Confirmed << parked;
    QTest::newRow("10 MB body") << SimFault::HugeBody << 0 << ResultKind::ServerError
                                << u"Park customer: no clear answer (The server answered with an error page instead of an answer.). "_s + watch
                                << Confirmation::Confirmed << parked;
    // The script never ran: nothing was stored, and the state never shows it.
    QTest::newRow("HTTP 500") << SimFault::Http500 << 0 << ResultKind::HttpError
                              << u"Park customer: no clear answer (The server answered with HTTP status 500.). "_s + watch
                              << Confirmation::Unknown << unclearNotShown;
    QTest::newRow("HTML error page") << SimFault::HtmlErrorPage << 0 << ResultKind::ServerError
                                     << u"Park customer: no clear answer (The server answered with an error page instead of an answer.). "_s + watch
                                     << Confirmation::Unknown << unclearNotShown;
}

void TestBadAnswers::aBadCommandAnswerIsShownAndNeverResent()
{
    QFETCH(SimFault, fault);
    QFETCH(int, latencyMs);
    QFETCH(ResultKind, answer);
    QFETCH(QString, finishedLine);
    QFETCH(Confirmation, verdict);
    QFETCH(QString, settledText);
    startLive();
    m_rig->sim.setFault(fault, u"park_call"_s);
    m_rig->sim.setLatencyMs(latencyMs, u"park_call"_s);

    QVERIFY(m_rig->session->request(ParkAction::ParkCustomer));
    QTRY_COMPARE_WITH_TIMEOUT(m_rig->finished->size(), 1, 10000);
    const CommandRecord record = m_rig->lastFinished();
    QCOMPARE(record.result.answer.kind, answer);
    QVERIFY(record.result.reachedServer);
    const QString line = FaultRig::line(record);
    if (finishedLine.endsWith(QChar(0x2026)))
        QVERIFY2(line.startsWith(finishedLine.chopped(1)) && line.endsWith(u"watch the state."_s), qPrintable(line));
    else
        QCOMPARE(line, finishedLine);

    QTRY_COMPARE_WITH_TIMEOUT(m_rig->settled->size(), 1, 10000);
    const CommandRecord settled = m_rig->lastSettled();
    QCOMPARE(settled.confirmation, verdict);
    QCOMPARE(settled.confirmationText, settledText);
    QCOMPARE(m_rig->parkCalls(), 1);
    QCOMPARE(m_rig->kind(), ConnectionState::Kind::Connected); // a bad command answer is not a dead server
    QVERIFY(statePollerOf(m_rig->session.get())->isRunning());
    // The bar is usable again, and its buttons follow what the server shows.
    if (verdict == Confirmation::Confirmed) {
        QCOMPARE(m_rig->state(ParkAction::GrabCustomer).reason, u"Bring the parked customer back"_s);
        QCOMPARE(m_rig->state(ParkAction::ParkCustomer).reason, u"The customer is already parked"_s);
    } else {
        QCOMPARE(m_rig->state(ParkAction::ParkCustomer).reason, u"Park the customer: they hear hold music until grabbed back"_s);
        QCOMPARE(m_rig->state(ParkAction::GrabCustomer).reason, u"The customer is not parked"_s);
    }
    QVERIFY(m_rig->state(verdict == Confirmation::Confirmed ? ParkAction::GrabCustomer : ParkAction::ParkCustomer).enabled);
}

void TestBadAnswers::aResetCommandConnectionIsNotResent()
{
    startLive();
    m_rig->sim.setFault(SimFault::ConnectionReset, u"park_call"_s);
    QVERIFY(m_rig->session->request(ParkAction::ParkCustomer));
    QTRY_COMPARE_WITH_TIMEOUT(m_rig->settled->size(), 1, 10000);
    const CommandRecord finished = m_rig->lastFinished();
    QCOMPARE(finished.result.answer.kind, ResultKind::ConnectionFailed);
    QVERIFY2(FaultRig::line(finished).startsWith(u"Park customer: no clear answer (Cannot reach the server: "_s), qPrintable(FaultRig::line(finished)));
    const CommandRecord settled = m_rig->lastSettled();
    QCOMPARE(settled.confirmation, Confirmation::Unknown);
    QCOMPARE(settled.confirmationText,
             u"The server gave no clear answer, so the command may or may not have been stored, and the agent's "
             "state does not show it carried out."_s);
    QCOMPARE(FaultRig::line(settled), FaultRig::line(finished)); // the bar keeps saying to watch the state
    QCOMPARE(m_rig->kind(), ConnectionState::Kind::Connected);
    // park_call is written once: Qt may not send it again (OneShotBody).
    QCOMPARE(m_rig->parkCalls(), 1);
}

void TestBadAnswers::phpWarningsAroundEveryAnswerChangeNothing()
{
    m_rig->sim.setFault(SimFault::PhpWarnings); // every function, the version probe included
    startLive();
    QVERIFY(m_rig->session->capabilities().agentApiBuild.has_value());
    QVERIFY(m_rig->session->capabilities().nonAgentApiBuild.has_value());
    QVERIFY(m_rig->session->request(ParkAction::ParkCustomer));
    QTRY_COMPARE(m_rig->settled->size(), 1);
    QCOMPARE(m_rig->lastSettled().confirmation, Confirmation::Confirmed);
    QVERIFY(m_rig->session->request(ParkAction::GrabCustomer));
    QTRY_COMPARE(m_rig->settled->size(), 2);
    QCOMPARE(m_rig->lastSettled().confirmation, Confirmation::Confirmed);
    QCOMPARE(m_rig->parkCalls(), 2);
}

void TestBadAnswers::aHugeBodyIsReadOnlyUpToTheLimit()
{
    startLive();
    m_rig->sim.setFault(SimFault::HugeBody, u"agent_status"_s);
    QSignalSpy exchanges(m_rig->client.get(), &WireClient::exchangeFinished);
    QTRY_VERIFY_WITH_TIMEOUT(!exchanges.isEmpty() && exchanges.last().first().value<WireResponse>().truncatedAtLimit, 10000);
    const WireResponse response = exchanges.last().first().value<WireResponse>();
    QCOMPARE(response.body.size(), m_rig->client->config().maxAnswerBytes);
    QTRY_COMPARE(m_rig->kind(), ConnectionState::Kind::Offline);
}

QTEST_GUILESS_MAIN(TestBadAnswers)
#include "TestBadAnswers.moc"
