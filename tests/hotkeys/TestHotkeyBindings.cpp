#include "hotkeys/GlobalHotkeyBackendFactory.h"
#include "hotkeys/HotkeyBindings.h"
#include "hotkeys/HotkeyStatus.h"
#include "hotkeys/HotkeyTarget.h"
#include "hotkeys/NullHotkeyBackend.h"
#include "hotkeys/GlobalHotkeyManager.h"

#if defined(PARKBAR_HOTKEYS_X11)
#include "hotkeys/X11KeyMapping.h"
#include <X11/XF86keysym.h>
#include <X11/keysym.h>
#endif
#if defined(PARKBAR_HOTKEYS_PORTAL)
#include "hotkeys/PortalTrigger.h"
#endif

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(HotkeyTarget)
Q_DECLARE_METATYPE(HotkeyProblem)
Q_DECLARE_METATYPE(HotkeyBackendKind)

// The plain values behind system-wide hotkeys: ids, settings strings,
// conflicts, which combinations are acceptable, key names per platform, and
// the run-time choice of backend. No X server needed.
class TestHotkeyBindings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTargetHasAStableId_data();
    void everyTargetHasAStableId();
    void bindingsSurviveTheSettingsFile();
    void unreadableSettingsAreSkipped();
    void onlyTheFirstCombinationIsKept();
    void sameCombinationTwiceIsAConflictForBoth();
    void combinationProblems_data();
    void combinationProblems();
    void chooseBackendPerSession_data();
    void chooseBackendPerSession();
    void statusTextsSayWhatIsWrong();
    void unavailableBackendBindsNothingAndSaysWhy();
#if defined(PARKBAR_HOTKEYS_X11)
    void qtKeysMapToX11Keysyms_data();
    void qtKeysMapToX11Keysyms();
#endif
#if defined(PARKBAR_HOTKEYS_PORTAL)
    void portalTriggersFollowTheShortcutsSpec_data();
    void portalTriggersFollowTheShortcutsSpec();
#endif
};

void TestHotkeyBindings::everyTargetHasAStableId_data()
{
    QTest::addColumn<HotkeyTarget>("target");
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("sendsFixedValue");
    const QStringList ids{u"PARK_CUSTOMER"_s,     u"GRAB_CUSTOMER"_s, u"PARK_IVR_CUSTOMER"_s, u"GRAB_IVR_CUSTOMER"_s,
                          u"PARK_XFER"_s,         u"GRAB_XFER"_s,     u"SWAP_PARK_CUSTOMER"_s, u"SWAP_PARK_XFER"_s,
                          u"HANGUP_XFER_GRAB_CUSTOMER"_s, u"AUTO_SWAP"_s};
    for (int i = 0; i < int(kAllHotkeyTargets.size()); ++i)
        QTest::newRow(qPrintable(ids.at(i))) << kAllHotkeyTargets.at(i) << ids.at(i) << (i < 9);
}

void TestHotkeyBindings::everyTargetHasAStableId()
{
    QFETCH(HotkeyTarget, target);
    QFETCH(QString, id);
    QFETCH(bool, sendsFixedValue);
    QCOMPARE(hotkeyTargetId(target), id);
    QCOMPARE(hotkeyTargetFromId(id), target);
    QVERIFY(!hotkeyTargetDisplayName(target).isEmpty());
    const std::optional<ParkAction> action = hotkeyTargetAction(target);
    QCOMPARE(action.has_value(), sendsFixedValue);
    if (action) {
        QCOMPARE(parkActionWireValue(*action), id); // the id is the park_call value itself
        QCOMPARE(hotkeyTargetFor(*action), target);
    }
}

void TestHotkeyBindings::bindingsSurviveTheSettingsFile()
{
    HotkeyBindings bindings;
    bindings.insert(HotkeyTarget::ParkCustomer, QKeySequence(u"Ctrl+Alt+P"_s));
    bindings.insert(HotkeyTarget::AutoSwap, QKeySequence(Qt::META | Qt::SHIFT | Qt::Key_F5));
    bindings.insert(HotkeyTarget::GrabCustomer, QKeySequence());

    const QMap<QString, QString> saved = hotkeyBindingsToSettings(bindings);
    QCOMPARE(saved.size(), 2); // an unset target writes nothing
    QCOMPARE(saved.value(u"PARK_CUSTOMER"_s), u"Ctrl+Alt+P"_s);
    QCOMPARE(saved.value(u"AUTO_SWAP"_s), u"Meta+Shift+F5"_s);

    HotkeyBindings expected = bindings;
    expected.remove(HotkeyTarget::GrabCustomer);
    QCOMPARE(hotkeyBindingsFromSettings(saved), expected);
}

void TestHotkeyBindings::unreadableSettingsAreSkipped()
{
    const QMap<QString, QString> saved{{u"PARK_CUSTOMER"_s, u"Ctrl+Alt+P"_s},
                                       {u"NO_SUCH_ACTION"_s, u"Ctrl+Alt+N"_s},
                                       {u"GRAB_CUSTOMER"_s, u"Ctrl+Bogus+Q"_s},
                                       {u"PARK_XFER"_s, u""_s}};
    const HotkeyBindings bindings = hotkeyBindingsFromSettings(saved);
    QCOMPARE(bindings.size(), 1);
    QCOMPARE(bindings.value(HotkeyTarget::ParkCustomer), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));
}

void TestHotkeyBindings::onlyTheFirstCombinationIsKept()
{
    QCOMPARE(hotkeySequenceFromSettings(u"Ctrl+K, Ctrl+P"_s), QKeySequence(Qt::CTRL | Qt::Key_K));
    QCOMPARE(hotkeySequenceToSettings(QKeySequence(Qt::CTRL | Qt::Key_K, Qt::CTRL | Qt::Key_P)), u"Ctrl+K"_s);
}

void TestHotkeyBindings::sameCombinationTwiceIsAConflictForBoth()
{
    HotkeyBindings bindings;
    bindings.insert(HotkeyTarget::ParkCustomer, QKeySequence(u"Ctrl+Alt+P"_s));
    bindings.insert(HotkeyTarget::GrabCustomer, QKeySequence(u"Ctrl+Alt+P"_s));
    bindings.insert(HotkeyTarget::ParkXfer, QKeySequence(u"Ctrl+Alt+X"_s));
    const QMap<HotkeyTarget, HotkeyTarget> conflicts = hotkeyConflicts(bindings);
    QCOMPARE(conflicts.size(), 2);
    QCOMPARE(conflicts.value(HotkeyTarget::ParkCustomer), HotkeyTarget::GrabCustomer);
    QCOMPARE(conflicts.value(HotkeyTarget::GrabCustomer), HotkeyTarget::ParkCustomer);
    QVERIFY(!conflicts.contains(HotkeyTarget::ParkXfer));
}

void TestHotkeyBindings::combinationProblems_data()
{
    QTest::addColumn<QKeySequence>("sequence");
    QTest::addColumn<HotkeyProblem>("problem");
    QTest::newRow("Ctrl+Alt+P") << QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P) << HotkeyProblem::None;
    QTest::newRow("Meta+1") << QKeySequence(Qt::META | Qt::Key_1) << HotkeyProblem::None;
    QTest::newRow("F9 alone") << QKeySequence(Qt::Key_F9) << HotkeyProblem::None;
    QTest::newRow("Shift+F12") << QKeySequence(Qt::SHIFT | Qt::Key_F12) << HotkeyProblem::None;
    QTest::newRow("empty") << QKeySequence() << HotkeyProblem::Empty;
    QTest::newRow("two combinations") << QKeySequence(Qt::CTRL | Qt::Key_K, Qt::CTRL | Qt::Key_P)
                                      << HotkeyProblem::SeveralCombinations;
    QTest::newRow("Ctrl alone") << QKeySequence(Qt::CTRL | Qt::Key_Control) << HotkeyProblem::ModifierOnly;
    QTest::newRow("P alone") << QKeySequence(Qt::Key_P) << HotkeyProblem::NeedsModifier;
    QTest::newRow("Shift+P") << QKeySequence(Qt::SHIFT | Qt::Key_P) << HotkeyProblem::NeedsModifier;
}

void TestHotkeyBindings::combinationProblems()
{
    QFETCH(QKeySequence, sequence);
    QFETCH(HotkeyProblem, problem);
    QCOMPARE(hotkeyProblem(sequence), problem);
    QCOMPARE(hotkeyProblemText(problem).isEmpty(), problem == HotkeyProblem::None);
}

void TestHotkeyBindings::chooseBackendPerSession_data()
{
    QTest::addColumn<QString>("platform");
    QTest::addColumn<bool>("x11");
    QTest::addColumn<bool>("wayland");
    QTest::addColumn<HotkeyBackendKind>("kind");
    QTest::newRow("X11 session") << u"xcb"_s << true << false << HotkeyBackendKind::X11;
    QTest::newRow("Wayland session") << u"wayland"_s << true << true << HotkeyBackendKind::Portal;
    QTest::newRow("XWayland client") << u"xcb"_s << true << true << HotkeyBackendKind::Portal;
    QTest::newRow("offscreen with an X display") << u"offscreen"_s << true << false << HotkeyBackendKind::X11;
    QTest::newRow("offscreen on Wayland") << u"offscreen"_s << false << true << HotkeyBackendKind::Portal;
    QTest::newRow("no display") << u"offscreen"_s << false << false << HotkeyBackendKind::None;
}

void TestHotkeyBindings::chooseBackendPerSession()
{
    QFETCH(QString, platform);
    QFETCH(bool, x11);
    QFETCH(bool, wayland);
    QFETCH(HotkeyBackendKind, kind);
    QCOMPARE(chooseLinuxHotkeyBackend(platform, x11, wayland), kind);
}

void TestHotkeyBindings::statusTextsSayWhatIsWrong()
{
    HotkeyState taken;
    taken.status = HotkeyStatus::TakenByOtherProgram;
    taken.sequence = QKeySequence(u"Ctrl+Alt+P"_s);
    QCOMPARE(hotkeyStatusText(taken), u"Ctrl+Alt+P is already used by another program"_s);

    HotkeyState conflict = taken;
    conflict.status = HotkeyStatus::ConflictsWithOwn;
    conflict.conflictsWith = HotkeyTarget::GrabCustomer;
    QCOMPARE(hotkeyStatusText(conflict),
             u"Ctrl+Alt+P is also set for \u201cGrab customer\u201d; neither works until one is changed"_s);
}

void TestHotkeyBindings::unavailableBackendBindsNothingAndSaysWhy()
{
    const QString reason = u"This desktop (Wayland) does not offer global shortcuts; the in-window shortcuts still work."_s;
    GlobalHotkeyManager manager(std::make_unique<NullHotkeyBackend>(reason));
    QSignalSpy changed(&manager, &GlobalHotkeyManager::statesChanged);
    HotkeyBindings bindings;
    bindings.insert(HotkeyTarget::ParkCustomer, QKeySequence(u"Ctrl+Alt+P"_s));
    bindings.insert(HotkeyTarget::GrabCustomer, QKeySequence(u"Ctrl+Alt+P"_s));
    bindings.insert(HotkeyTarget::ParkXfer, QKeySequence(u"Ctrl+Alt+X"_s));
    manager.setBindings(bindings);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!manager.isAvailable());
    QCOMPARE(manager.unavailableReason(), reason);
    QCOMPARE(manager.state(HotkeyTarget::ParkXfer).status, HotkeyStatus::Unavailable);
    QCOMPARE(manager.state(HotkeyTarget::ParkCustomer).status, HotkeyStatus::ConflictsWithOwn);
    QCOMPARE(manager.state(HotkeyTarget::GrabXfer).status, HotkeyStatus::Off);
    QCOMPARE(manager.bindings(), bindings); // kept, to work on a desktop that has them
}

#if defined(PARKBAR_HOTKEYS_X11)
void TestHotkeyBindings::qtKeysMapToX11Keysyms_data()
{
    QTest::addColumn<QKeyCombination>("combination");
    QTest::addColumn<quint32>("keysym");
    QTest::newRow("letter") << (Qt::CTRL | Qt::Key_P) << quint32(XK_p);
    QTest::newRow("digit") << (Qt::ALT | Qt::Key_7) << quint32(XK_7);
    QTest::newRow("F12") << QKeyCombination(Qt::Key_F12) << quint32(XK_F12);
    QTest::newRow("F35") << QKeyCombination(Qt::Key_F35) << quint32(XK_F35);
    QTest::newRow("page down") << (Qt::CTRL | Qt::Key_PageDown) << quint32(XK_Next);
    QTest::newRow("keypad 5") << QKeyCombination(Qt::ControlModifier | Qt::KeypadModifier, Qt::Key_5) << quint32(XK_KP_5);
    QTest::newRow("keypad enter") << QKeyCombination(Qt::Key_Enter) << quint32(XK_KP_Enter);
    QTest::newRow("shifted symbol") << (Qt::SHIFT | Qt::CTRL | Qt::Key_Exclam) << quint32(XK_exclam);
    QTest::newRow("latin-1 letter") << (Qt::CTRL | Qt::Key_Eacute) << quint32(XK_eacute);
    QTest::newRow("volume") << QKeyCombination(Qt::Key_VolumeUp) << quint32(XF86XK_AudioRaiseVolume);
}

void TestHotkeyBindings::qtKeysMapToX11Keysyms()
{
    QFETCH(QKeyCombination, combination);
    QFETCH(quint32, keysym);
    QCOMPARE(x11KeysymFor(combination), keysym);
}
#endif

#if defined(PARKBAR_HOTKEYS_PORTAL)
void TestHotkeyBindings::portalTriggersFollowTheShortcutsSpec_data()
{
    QTest::addColumn<QKeySequence>("sequence");
    QTest::addColumn<QString>("trigger");
    QTest::newRow("Ctrl+Alt+P") << QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P) << u"CTRL+ALT+p"_s;
    QTest::newRow("Meta+Shift+F5") << QKeySequence(Qt::META | Qt::SHIFT | Qt::Key_F5) << u"SHIFT+LOGO+F5"_s;
    QTest::newRow("Ctrl+PageUp") << QKeySequence(Qt::CTRL | Qt::Key_PageUp) << u"CTRL+Page_Up"_s;
    QTest::newRow("Alt+Space") << QKeySequence(Qt::ALT | Qt::Key_Space) << u"ALT+space"_s;
    QTest::newRow("no name") << QKeySequence(Qt::CTRL | Qt::Key_Eacute) << QString();
}

void TestHotkeyBindings::portalTriggersFollowTheShortcutsSpec()
{
    QFETCH(QKeySequence, sequence);
    QFETCH(QString, trigger);
    QCOMPARE(portalTriggerFor(sequence), trigger);
}
#endif

QTEST_MAIN(TestHotkeyBindings)
#include "TestHotkeyBindings.moc"
