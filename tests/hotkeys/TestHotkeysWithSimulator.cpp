#include "hotkeys/GlobalHotkeyManager.h"

#include <QTest>

#if defined(PARKBAR_HOTKEYS_X11) && defined(PARKBAR_HOTKEY_TESTS_X11)
#include "SimulatorHarness.h"
#include "XvfbSession.h"
#include "shell/HotkeyRouting.h"
#include "bar/AgentBar.h"
#include "bar/ParkToolbar.h"
#include "demo/VicidialSimulator.h"
#include "hotkeys/X11HotkeyBackend.h"
#include "session/AgentSession.h"

#include <QSignalSpy>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;

// A system-wide hotkey, pressed while another program has the focus, goes
// through exactly the rules of a click and reaches the simulated server once.
class TestHotkeysWithSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void aHotkeySendsExactlyOneParkCallWithTheBoundValue();
    void aHotkeyForAnOffActionSendsNothingAndSaysWhy();
    void automaticSwapFollowsWhereTheCustomerIs();

private:
    std::unique_ptr<XvfbSession> m_x;
    std::unique_ptr<SimulatorHarness> m_harness;
    VicidialSimulator *m_sim = nullptr;
    AgentSession *m_session = nullptr;
    AgentBar *m_bar = nullptr;
    GlobalHotkeyManager *m_hotkeys = nullptr;
};

void TestHotkeysWithSimulator::initTestCase()
{
    if (const QStringList missing = XvfbSession::missingTools(); !missing.isEmpty())
        QSKIP(qPrintable(u"Not installed: "_s + missing.join(u", "_s)));
    m_x = std::make_unique<XvfbSession>();
    const QString error = m_x->start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestHotkeysWithSimulator::init()
{
    m_harness = std::make_unique<SimulatorHarness>();
    m_sim = &m_harness->sim();
    m_sim->setAgentScreenDelayMs(50);
    m_sim->setScreenBuild(ServerBuild{240624, 0});
    QVERIFY(m_harness->listen());
    m_harness->connect();
    m_session = m_harness->makeSession(u"1000"_s);
    m_bar = new AgentBar;
    m_bar->setSession(m_session);
    m_session->start();
    m_hotkeys = new GlobalHotkeyManager(std::make_unique<X11HotkeyBackend>());
    QVERIFY2(m_hotkeys->isAvailable(), qPrintable(m_hotkeys->unavailableReason()));
    connect(m_hotkeys, &GlobalHotkeyManager::triggered, m_bar, [this](HotkeyTarget target) { requestFromHotkey(target, m_bar); });
    HotkeyBindings bindings;
    bindings.insert(HotkeyTarget::ParkCustomer, QKeySequence(u"Ctrl+Alt+P"_s));
    bindings.insert(HotkeyTarget::GrabCustomer, QKeySequence(u"Ctrl+Alt+G"_s));
    bindings.insert(HotkeyTarget::AutoSwap, QKeySequence(u"Ctrl+Alt+S"_s));
    m_hotkeys->setBindings(bindings);
    QCOMPARE(m_hotkeys->state(HotkeyTarget::ParkCustomer).status, HotkeyStatus::Active);
    QVERIFY(m_x->focusTerminal());
    QTRY_VERIFY(stateOf(m_session->actionStates(), ParkAction::ParkCustomer).enabled);
}

void TestHotkeysWithSimulator::cleanup()
{
    delete m_hotkeys;
    delete m_bar;
    delete m_session;
    m_harness.reset();
}

void TestHotkeysWithSimulator::aHotkeySendsExactlyOneParkCallWithTheBoundValue()
{
    QVERIFY(m_x->xdotool({u"key"_s, u"ctrl+alt+p"_s}));
    QTRY_COMPARE(m_sim->requestCount(u"park_call"_s), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->agent(u"1000"_s)->customer, CustomerLeg::Parked, 5000);
    QCOMPARE(m_sim->requestCount(u"park_call"_s, u"1000"_s), 1);
    int parks = 0;
    for (const SimRequestRecord &request : m_sim->recentRequests())
        parks += request.function == u"park_call"_s && request.value == u"PARK_CUSTOMER"_s ? 1 : 0;
    QCOMPARE(parks, 1);
}

void TestHotkeysWithSimulator::aHotkeyForAnOffActionSendsNothingAndSaysWhy()
{
    // The customer is not parked: Grab is off.
    QVERIFY(!stateOf(m_session->actionStates(), ParkAction::GrabCustomer).enabled);
    QSignalSpy refused(m_session, &AgentSession::actionRefused);
    QVERIFY(m_x->xdotool({u"key"_s, u"ctrl+alt+g"_s}));
    QTRY_COMPARE(refused.size(), 1);
    QCOMPARE(refused.first().at(1).toString(), u"The customer is not parked"_s);
    // A request made on the key press would reach the simulator before a
    // poll sent after the refusal: wait for two more polls (the first may
    // have left before), then nothing else may have arrived.
    const int polls = m_sim->requestCount(u"agent_status"_s);
    QTRY_VERIFY(m_sim->requestCount(u"agent_status"_s) >= polls + 2);
    QCOMPARE(m_sim->requestCount(u"park_call"_s), 0);
}

void TestHotkeysWithSimulator::automaticSwapFollowsWhereTheCustomerIs()
{
    m_sim->agent(u"1000"_s)->customer = CustomerLeg::Parked;
    m_sim->agent(u"1000"_s)->thirdParty = ThirdPartyLeg::OnLine;
    m_sim->noteAgentChanged(u"1000"_s);
    QTRY_VERIFY(m_session->snapshot() && m_session->snapshot()->isParked());
    QTRY_VERIFY(stateOf(m_session->actionStates(), ParkAction::SwapParkXfer).enabled);
    QVERIFY(m_x->xdotool({u"key"_s, u"ctrl+alt+s"_s}));
    QTRY_COMPARE(m_sim->requestCount(u"park_call"_s), 1);
    bool sentSwapParkXfer = false;
    for (const SimRequestRecord &request : m_sim->recentRequests())
        sentSwapParkXfer = sentSwapParkXfer || (request.function == u"park_call"_s && request.value == u"SWAP_PARK_XFER"_s);
    QVERIFY(sentSwapParkXfer);
}

QTEST_MAIN(TestHotkeysWithSimulator)
#include "TestHotkeysWithSimulator.moc"

#else
class TestHotkeysWithSimulator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void skipped() { QSKIP("Built without X11 hotkeys or their test support."); }
};
QTEST_MAIN(TestHotkeysWithSimulator)
#include "TestHotkeysWithSimulator.moc"
#endif
