#include "hotkeys/GlobalHotkeyManager.h"

#include <QSignalSpy>
#include <QTest>

#if defined(PARKBAR_HOTKEYS_X11) && defined(PARKBAR_HOTKEY_TESTS_X11)
#include "LocalHttpServer.h"
#include "OtherX11Client.h"
#include "XvfbSession.h"
#include "hotkeys/GlobalHotkeyBackendFactory.h"
#include "hotkeys/X11HotkeyBackend.h"
#include "services/ParkCallService.h"
#include "vicidial/WireClient.h"

#include <X11/keysym.h>
#include <xcb/xcb.h>

#include <memory>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(HotkeyTarget)

namespace {

constexpr quint16 kCtrlAlt = XCB_MOD_MASK_CONTROL | XCB_MOD_MASK_1;

HotkeyBindings bindingsOf(std::initializer_list<std::pair<HotkeyTarget, const char *>> entries)
{
    HotkeyBindings bindings;
    for (const auto &[target, keys] : entries)
        bindings.insert(target, QKeySequence(QString::fromLatin1(keys)));
    return bindings;
}

QList<HotkeyTarget> targetsOf(const QSignalSpy &spy)
{
    QList<HotkeyTarget> targets;
    for (const QList<QVariant> &arguments : spy)
        targets << arguments.first().value<HotkeyTarget>();
    return targets;
}

} // namespace

// System-wide hotkeys on a real X server (Xvfb): another program's window
// has the focus, keys are pressed with xdotool, and a second X connection
// plays a rival program.
class TestX11GlobalHotkeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void theFactoryPicksX11WithADisplay();
    void aHotkeyPressedInAnotherWindowTriggersOnce();
    void aHotkeySendsExactlyOneParkCall();
    void lockKeysDoNotStopAHotkey_data();
    void lockKeysDoNotStopAHotkey();
    void allFourLockVariantsAreGrabbed();
    void clearingABindingReleasesTheGrab();
    void aCombinationHeldByAnotherProgramIsReportedTaken();
    void ownConflictsAreReportedAndNeverGrabbed();
    void suspendingReleasesAndResumingTakesBack();
    void movingACombinationToAnotherTargetKeepsWorking();

private:
    bool press(const char *keys) { return m_session->xdotool({u"key"_s, QString::fromLatin1(keys)}); }
    // Every variant the rival could grab (0) or found held (10, BadAccess).
    QList<int> rivalGrabs(quint32 keysym, quint16 modifiers);

    std::unique_ptr<XvfbSession> m_session;
    std::unique_ptr<OtherX11Client> m_rival;
    GlobalHotkeyManager *m_manager = nullptr;
};

void TestX11GlobalHotkeys::initTestCase()
{
    qRegisterMetaType<HotkeyTarget>();
    if (const QStringList missing = XvfbSession::missingTools(); !missing.isEmpty())
        QSKIP(qPrintable(u"Not installed: "_s + missing.join(u", "_s)));
    m_session = std::make_unique<XvfbSession>();
    const QString error = m_session->start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_rival = std::make_unique<OtherX11Client>(m_session->display());
    QVERIFY(m_rival->isConnected());
    QVERIFY(m_rival->numLockMask() != 0);
}

void TestX11GlobalHotkeys::init()
{
    m_manager = new GlobalHotkeyManager(std::make_unique<X11HotkeyBackend>(), this);
    QVERIFY2(m_manager->isAvailable(), qPrintable(m_manager->unavailableReason()));
    QVERIFY(m_session->focusTerminal());
}

void TestX11GlobalHotkeys::cleanup()
{
    delete m_manager;
    m_manager = nullptr;
}

QList<int> TestX11GlobalHotkeys::rivalGrabs(quint32 keysym, quint16 modifiers)
{
    const quint16 numLock = m_rival->numLockMask();
    QList<int> results;
    for (quint16 variant : {quint16(0), quint16(XCB_MOD_MASK_LOCK), numLock, quint16(numLock | XCB_MOD_MASK_LOCK)}) {
        const int error = m_rival->grab(keysym, modifiers | variant);
        if (error == 0)
            m_rival->ungrab(keysym, modifiers | variant);
        results << error;
    }
    return results;
}

void TestX11GlobalHotkeys::theFactoryPicksX11WithADisplay()
{
    const std::unique_ptr<GlobalHotkeyBackend> backend = createGlobalHotkeyBackend();
    QVERIFY(qobject_cast<X11HotkeyBackend *>(backend.get()));
    QVERIFY(backend->isAvailable());
    QVERIFY(backend->unavailableReason().isEmpty());
    QVERIFY(!backend->desktopDecidesKeys());
}

void TestX11GlobalHotkeys::aHotkeyPressedInAnotherWindowTriggersOnce()
{
    QSignalSpy triggered(m_manager, &GlobalHotkeyManager::triggered);
    m_manager->setBindings(bindingsOf({{HotkeyTarget::ParkCustomer, "Ctrl+Alt+P"}, {HotkeyTarget::AutoSwap, "Ctrl+Alt+S"}}));
    QCOMPARE(m_manager->state(HotkeyTarget::ParkCustomer).status, HotkeyStatus::Active);
    QCOMPARE(m_manager->state(HotkeyTarget::AutoSwap).status, HotkeyStatus::Active);

    QVERIFY(press("ctrl+alt+p"));
    QTRY_COMPARE(triggered.count(), 1);
    QCOMPARE(targetsOf(triggered).first(), HotkeyTarget::ParkCustomer);
    // The xterm kept the focus all along.
    // A second hotkey is the marker: X delivers in order, so a second
    // Park would have arrived before it.
    QVERIFY(press("ctrl+alt+s"));
    QTRY_COMPARE(triggered.count(), 2);
    QCOMPARE(targetsOf(triggered), (QList<HotkeyTarget>{HotkeyTarget::ParkCustomer, HotkeyTarget::AutoSwap}));
}

void TestX11GlobalHotkeys::aHotkeySendsExactlyOneParkCall()
{
    LocalHttpServer server;
    server.setHandler([](const LocalHttpServer::Received &request) {
        const QString value = request.field(u"value"_s);
        return LocalHttpServer::Reply{200, "SUCCESS: park_call function set - " + value.toLatin1() + "|1000\n"};
    });
    QVERIFY(server.start());
    ServerConfig config;
    config.baseUrl = server.baseUrl();
    config.apiUser = u"6666"_s;
    config.password = u"1234"_s;
    WireClient client(config);
    ParkCallService service(&client);
    // Stands in for the bar: the lead routes this through the rules.
    connect(m_manager, &GlobalHotkeyManager::triggered, &service, [&service](HotkeyTarget target) {
        service.send(u"1000"_s, hotkeyTargetAction(target).value_or(ParkAction::SwapParkCustomer));
    });
    QSignalSpy finished(&service, &ParkCallService::commandFinished);

    m_manager->setBindings(bindingsOf({{HotkeyTarget::ParkCustomer, "Ctrl+Alt+P"}, {HotkeyTarget::GrabCustomer, "Ctrl+Alt+G"}}));
    QVERIFY(press("ctrl+alt+p"));
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(press("ctrl+alt+g"));
    QTRY_COMPARE(finished.count(), 2);

    QCOMPARE(server.received().size(), 2);
    QCOMPARE(server.received().at(0).field(u"function"_s), u"park_call"_s);
    QCOMPARE(server.received().at(0).field(u"value"_s), u"PARK_CUSTOMER"_s);
    QCOMPARE(server.received().at(0).field(u"agent_user"_s), u"1000"_s);
    QCOMPARE(server.received().at(1).field(u"value"_s), u"GRAB_CUSTOMER"_s);
}

void TestX11GlobalHotkeys::lockKeysDoNotStopAHotkey_data()
{
    QTest::addColumn<QStringList>("locks");
    QTest::newRow("Num Lock") << QStringList{u"Num_Lock"_s};
    QTest::newRow("Caps Lock") << QStringList{u"Caps_Lock"_s};
    QTest::newRow("both") << QStringList{u"Num_Lock"_s, u"Caps_Lock"_s};
}

void TestX11GlobalHotkeys::lockKeysDoNotStopAHotkey()
{
    QFETCH(QStringList, locks);
    QSignalSpy triggered(m_manager, &GlobalHotkeyManager::triggered);
    m_manager->setBindings(bindingsOf({{HotkeyTarget::ParkXfer, "Ctrl+Alt+X"}}));
    for (const QString &lock : locks)
        QVERIFY(m_session->xdotool({u"key"_s, lock}));
    const bool pressed = press("ctrl+alt+x");
    for (const QString &lock : locks) // switch them off again for the next test
        QVERIFY(m_session->xdotool({u"key"_s, lock}));
    QVERIFY(pressed);
    QTRY_COMPARE(triggered.count(), 1);
    QCOMPARE(targetsOf(triggered).first(), HotkeyTarget::ParkXfer);
}

void TestX11GlobalHotkeys::allFourLockVariantsAreGrabbed()
{
    m_manager->setBindings(bindingsOf({{HotkeyTarget::GrabXfer, "Ctrl+Alt+Y"}}));
    QCOMPARE(rivalGrabs(XK_y, kCtrlAlt), (QList<int>{10, 10, 10, 10}));
}

void TestX11GlobalHotkeys::clearingABindingReleasesTheGrab()
{
    QSignalSpy triggered(m_manager, &GlobalHotkeyManager::triggered);
    m_manager->setBindings(bindingsOf({{HotkeyTarget::ParkCustomer, "Ctrl+Alt+P"}, {HotkeyTarget::GrabCustomer, "Ctrl+Alt+G"}}));
    m_manager->setBindings(bindingsOf({{HotkeyTarget::GrabCustomer, "Ctrl+Alt+G"}}));
    QCOMPARE(m_manager->state(HotkeyTarget::ParkCustomer).status, HotkeyStatus::Off);
    QCOMPARE(rivalGrabs(XK_p, kCtrlAlt), (QList<int>{0, 0, 0, 0}));

    // The released key goes to the focused xterm, not to us.
    QVERIFY(press("ctrl+alt+p"));
    QVERIFY(press("ctrl+alt+g"));
    QTRY_COMPARE(triggered.count(), 1);
    QCOMPARE(targetsOf(triggered), QList<HotkeyTarget>{HotkeyTarget::GrabCustomer});

    delete m_manager; // closing releases everything too
    m_manager = nullptr;
    QCOMPARE(rivalGrabs(XK_g, kCtrlAlt), (QList<int>{0, 0, 0, 0}));
}

void TestX11GlobalHotkeys::aCombinationHeldByAnotherProgramIsReportedTaken()
{
    // The rival holds only the Num Lock variant: one refusal is enough.
    const quint16 numLock = m_rival->numLockMask();
    QCOMPARE(m_rival->grab(XK_t, kCtrlAlt | numLock), 0);
    m_manager->setBindings(bindingsOf({{HotkeyTarget::ParkIvrCustomer, "Ctrl+Alt+T"}}));
    const HotkeyState state = m_manager->state(HotkeyTarget::ParkIvrCustomer);
    m_rival->ungrab(XK_t, kCtrlAlt | numLock);
    QCOMPARE(state.status, HotkeyStatus::TakenByOtherProgram);
    QCOMPARE(hotkeyStatusText(state), u"Ctrl+Alt+T is already used by another program"_s);
    // The three variants we did get were given back.
    QCOMPARE(rivalGrabs(XK_t, kCtrlAlt), (QList<int>{0, 0, 0, 0}));
    QCOMPARE(m_manager->probe(QKeySequence(u"Ctrl+Alt+T"_s)), HotkeyStatus::Active);
}

void TestX11GlobalHotkeys::ownConflictsAreReportedAndNeverGrabbed()
{
    QSignalSpy triggered(m_manager, &GlobalHotkeyManager::triggered);
    m_manager->setBindings(bindingsOf({{HotkeyTarget::ParkCustomer, "Ctrl+Alt+C"},
                                       {HotkeyTarget::GrabCustomer, "Ctrl+Alt+C"},
                                       {HotkeyTarget::ParkXfer, "Ctrl+Alt+X"}}));
    QCOMPARE(m_manager->state(HotkeyTarget::ParkCustomer).status, HotkeyStatus::ConflictsWithOwn);
    QCOMPARE(m_manager->state(HotkeyTarget::ParkCustomer).conflictsWith, HotkeyTarget::GrabCustomer);
    QCOMPARE(m_manager->state(HotkeyTarget::GrabCustomer).status, HotkeyStatus::ConflictsWithOwn);
    QCOMPARE(m_manager->state(HotkeyTarget::ParkXfer).status, HotkeyStatus::Active);
    QCOMPARE(rivalGrabs(XK_c, kCtrlAlt), (QList<int>{0, 0, 0, 0}));

    QVERIFY(press("ctrl+alt+c"));
    QVERIFY(press("ctrl+alt+x"));
    QTRY_COMPARE(triggered.count(), 1);
    QCOMPARE(targetsOf(triggered), QList<HotkeyTarget>{HotkeyTarget::ParkXfer});
}

void TestX11GlobalHotkeys::suspendingReleasesAndResumingTakesBack()
{
    QSignalSpy triggered(m_manager, &GlobalHotkeyManager::triggered);
    m_manager->setBindings(bindingsOf({{HotkeyTarget::HangupXferGrabCustomer, "Ctrl+Alt+H"}}));
    m_manager->setSuspended(true);
    QCOMPARE(m_manager->state(HotkeyTarget::HangupXferGrabCustomer).status, HotkeyStatus::Paused);
    QCOMPARE(rivalGrabs(XK_h, kCtrlAlt), (QList<int>{0, 0, 0, 0}));
    m_manager->setSuspended(false);
    QCOMPARE(m_manager->state(HotkeyTarget::HangupXferGrabCustomer).status, HotkeyStatus::Active);
    QCOMPARE(rivalGrabs(XK_h, kCtrlAlt), (QList<int>{10, 10, 10, 10}));
    QVERIFY(press("ctrl+alt+h"));
    QTRY_COMPARE(triggered.count(), 1);
}

void TestX11GlobalHotkeys::movingACombinationToAnotherTargetKeepsWorking()
{
    QSignalSpy triggered(m_manager, &GlobalHotkeyManager::triggered);
    m_manager->setBindings(bindingsOf({{HotkeyTarget::ParkCustomer, "Ctrl+Alt+M"}}));
    m_manager->setBindings(bindingsOf({{HotkeyTarget::SwapParkXfer, "Ctrl+Alt+M"}}));
    QCOMPARE(m_manager->state(HotkeyTarget::SwapParkXfer).status, HotkeyStatus::Active);
    QVERIFY(press("ctrl+alt+m"));
    QTRY_COMPARE(triggered.count(), 1);
    QCOMPARE(targetsOf(triggered), QList<HotkeyTarget>{HotkeyTarget::SwapParkXfer});
}

#else

class TestX11GlobalHotkeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QSKIP("This build has no X11 hotkeys (xcb was not found)"); }
};

#endif

QTEST_MAIN(TestX11GlobalHotkeys)
#include "TestX11GlobalHotkeys.moc"
