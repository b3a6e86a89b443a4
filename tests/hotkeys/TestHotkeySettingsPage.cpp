#include "hotkeys/GlobalHotkeyManager.h"
#include "hotkeys/HotkeyRecorder.h"
#include "hotkeys/HotkeySettingsPage.h"
#include "hotkeys/NullHotkeyBackend.h"

#include <QApplication>
#include <QDir>
#include <QFrame>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#if defined(PARKBAR_HOTKEYS_X11) && defined(PARKBAR_HOTKEY_TESTS_X11)
#include "OtherX11Client.h"
#include "XvfbSession.h"
#include "hotkeys/X11HotkeyBackend.h"

#include <X11/keysym.h>
#include <xcb/xcb.h>
#define PARKBAR_PAGE_TESTS_X11 1
#endif

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString kWaylandReason =
    u"This desktop (Wayland) does not offer global shortcuts; the in-window shortcuts still work."_s;

} // namespace

// The hotkey section of the settings, driven by key presses as a person
// would: what each row says, what it refuses, and what it hands back.
class TestHotkeySettingsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void anUnavailableDesktopShowsItsReason();
    void aPlainKeyIsRefused();
    void escapeKeepsTheOldCombination();
    void backspaceAndTheClearButtonClear();
    void everyControlIsNamedForTestsAndScreenReaders();
#if defined(PARKBAR_PAGE_TESTS_X11)
    void recordsACombinationByPressingIt();
    void refusesACombinationAnotherProgramHolds();
    void aLoadedCombinationNowTakenIsShownButKept();
    void showsAConflictForADuplicate();
    void thePageSuspendsTheManagerWhileVisible();
    void rendersForALook();
#endif

private:
    HotkeyRecorder *recorder(HotkeySettingsPage &page, HotkeyTarget target) const;
    QString statusOf(HotkeySettingsPage &page, HotkeyTarget target) const;
    GlobalHotkeyManager *newManager();
    void saveLook(HotkeySettingsPage &page, const QString &name);

    std::unique_ptr<GlobalHotkeyManager> m_manager;
#if defined(PARKBAR_PAGE_TESTS_X11)
    std::unique_ptr<XvfbSession> m_session;
    std::unique_ptr<OtherX11Client> m_rival;
    QString m_skipReason;
#endif
};

void TestHotkeySettingsPage::initTestCase()
{
#if defined(PARKBAR_PAGE_TESTS_X11)
    if (const QStringList missing = XvfbSession::missingTools(); !missing.isEmpty()) {
        m_skipReason = u"Not installed: "_s + missing.join(u", "_s);
        return;
    }
    m_session = std::make_unique<XvfbSession>();
    const QString error = m_session->start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_rival = std::make_unique<OtherX11Client>(m_session->display());
    QVERIFY(m_rival->isConnected());
#endif
}

void TestHotkeySettingsPage::cleanup()
{
    m_manager.reset();
}

GlobalHotkeyManager *TestHotkeySettingsPage::newManager()
{
#if defined(PARKBAR_PAGE_TESTS_X11)
    if (!m_session)
        return nullptr;
    m_manager = std::make_unique<GlobalHotkeyManager>(std::make_unique<X11HotkeyBackend>());
    return m_manager.get();
#else
    return nullptr;
#endif
}

HotkeyRecorder *TestHotkeySettingsPage::recorder(HotkeySettingsPage &page, HotkeyTarget target) const
{
    return page.findChild<HotkeyRecorder *>(u"hotkeyRecorder_"_s + hotkeyTargetId(target));
}

// What a person reads in the row, from the label itself.
QString TestHotkeySettingsPage::statusOf(HotkeySettingsPage &page, HotkeyTarget target) const
{
    const auto *label = page.findChild<QLabel *>(u"hotkeyStatus_"_s + hotkeyTargetId(target));
    return label ? label->text() : u"(no status label)"_s;
}

void TestHotkeySettingsPage::saveLook(HotkeySettingsPage &page, const QString &name)
{
    page.resize(page.sizeHint().expandedTo(QSize(860, 0)));
    const QString path = QDir(QStringLiteral(PARKBAR_TEST_OUTPUT_DIR)).filePath(name);
    QVERIFY(page.grab().save(path));
}

void TestHotkeySettingsPage::anUnavailableDesktopShowsItsReason()
{
    m_manager = std::make_unique<GlobalHotkeyManager>(std::make_unique<NullHotkeyBackend>(kWaylandReason));
    HotkeySettingsPage page(m_manager.get());
    page.show();
    const auto *banner = page.findChild<QFrame *>(u"hotkeyBanner"_s);
    QVERIFY(banner && banner->isVisible());
    QCOMPARE(page.findChild<QLabel *>(u"hotkeyBannerText"_s)->text(), kWaylandReason);

    // Still recorded and saved, for a desktop that has them.
    QTest::keyClick(recorder(page, HotkeyTarget::ParkCustomer), Qt::Key_P, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(page.bindings().value(HotkeyTarget::ParkCustomer), QKeySequence(u"Ctrl+Alt+P"_s));
    QCOMPARE(statusOf(page, HotkeyTarget::ParkCustomer), u"Saved; not active on this desktop"_s);
    QCOMPARE(statusOf(page, HotkeyTarget::GrabCustomer), u"Not set"_s);
    saveLook(page, u"hotkey-settings-unavailable.png"_s);
}

void TestHotkeySettingsPage::aPlainKeyIsRefused()
{
    m_manager = std::make_unique<GlobalHotkeyManager>(std::make_unique<NullHotkeyBackend>(kWaylandReason));
    HotkeySettingsPage page(m_manager.get());
    page.show();
    QSignalSpy changed(&page, &HotkeySettingsPage::bindingsChanged);
    QTest::keyClick(recorder(page, HotkeyTarget::GrabCustomer), Qt::Key_G);
    QVERIFY(page.bindings().isEmpty());
    QCOMPARE(changed.count(), 0);
    QCOMPARE(statusOf(page, HotkeyTarget::GrabCustomer),
             u"Add Ctrl, Alt or the Windows/Super key: a plain key would stop working in every other program"_s);
    QCOMPARE(recorder(page, HotkeyTarget::GrabCustomer)->text(), QString());
}

void TestHotkeySettingsPage::escapeKeepsTheOldCombination()
{
    m_manager = std::make_unique<GlobalHotkeyManager>(std::make_unique<NullHotkeyBackend>(kWaylandReason));
    HotkeySettingsPage page(m_manager.get());
    HotkeyBindings bindings;
    bindings.insert(HotkeyTarget::ParkXfer, QKeySequence(u"Ctrl+Alt+X"_s));
    page.setBindings(bindings);
    page.show();
    HotkeyRecorder *edit = recorder(page, HotkeyTarget::ParkXfer);
    // As from the platform: a modifier's own press carries the state before it.
    QTest::keyPress(edit, Qt::Key_Control, Qt::NoModifier);
    QCOMPARE(edit->text(), u"Ctrl+\u2026"_s); // shows what is held so far
    QTest::keyRelease(edit, Qt::Key_Control, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Escape);
    QCOMPARE(edit->text(), u"Ctrl+Alt+X"_s);
    QCOMPARE(page.bindings(), bindings);
}

void TestHotkeySettingsPage::backspaceAndTheClearButtonClear()
{
    m_manager = std::make_unique<GlobalHotkeyManager>(std::make_unique<NullHotkeyBackend>(kWaylandReason));
    HotkeySettingsPage page(m_manager.get());
    HotkeyBindings bindings;
    bindings.insert(HotkeyTarget::ParkCustomer, QKeySequence(u"Ctrl+Alt+P"_s));
    bindings.insert(HotkeyTarget::AutoSwap, QKeySequence(u"Ctrl+Alt+S"_s));
    page.setBindings(bindings);
    page.show();
    QSignalSpy changed(&page, &HotkeySettingsPage::bindingsChanged);

    auto *clear = page.findChild<QToolButton *>(u"hotkeyClear_AUTO_SWAP"_s);
    QVERIFY(clear->isVisible());
    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(!clear->isVisible()); // nothing left to clear
    QTest::keyClick(recorder(page, HotkeyTarget::ParkCustomer), Qt::Key_Backspace);
    QVERIFY(page.bindings().isEmpty());
    QCOMPARE(changed.count(), 2);
    QCOMPARE(statusOf(page, HotkeyTarget::AutoSwap), u"Not set"_s);
}

void TestHotkeySettingsPage::everyControlIsNamedForTestsAndScreenReaders()
{
    m_manager = std::make_unique<GlobalHotkeyManager>(std::make_unique<NullHotkeyBackend>(kWaylandReason));
    HotkeySettingsPage page(m_manager.get());
    for (HotkeyTarget target : kAllHotkeyTargets) {
        const QString id = hotkeyTargetId(target);
        const QString name = hotkeyTargetDisplayName(target);
        HotkeyRecorder *edit = recorder(page, target);
        QVERIFY2(edit, qPrintable(id));
        QCOMPARE(edit->accessibleName(), u"Hotkey for "_s + name);
        auto *clear = page.findChild<QToolButton *>(u"hotkeyClear_"_s + id);
        QVERIFY2(clear && !clear->accessibleName().isEmpty(), qPrintable(id));
        auto *status = page.findChild<QLabel *>(u"hotkeyStatus_"_s + id);
        QVERIFY2(status && !status->accessibleName().isEmpty(), qPrintable(id));
        QCOMPARE(page.findChild<QLabel *>(u"hotkeyLabel_"_s + id)->buddy(), edit);
    }
    const QList<QWidget *> widgets = page.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->objectName().startsWith(u"qt_"))
            continue; // Qt's own insides, such as a line edit's clear action
        QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
    }
}

#if defined(PARKBAR_PAGE_TESTS_X11)

void TestHotkeySettingsPage::recordsACombinationByPressingIt()
{
    if (!m_skipReason.isEmpty())
        QSKIP(qPrintable(m_skipReason));
    HotkeySettingsPage page(newManager());
    page.show();
    QSignalSpy changed(&page, &HotkeySettingsPage::bindingsChanged);
    QTest::keyClick(recorder(page, HotkeyTarget::ParkCustomer), Qt::Key_P, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(recorder(page, HotkeyTarget::ParkCustomer)->text(), u"Ctrl+Alt+P"_s);
    QCOMPARE(statusOf(page, HotkeyTarget::ParkCustomer), u"Free: works in every window"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(page.bindings().value(HotkeyTarget::ParkCustomer), QKeySequence(u"Ctrl+Alt+P"_s));
}

void TestHotkeySettingsPage::refusesACombinationAnotherProgramHolds()
{
    if (!m_skipReason.isEmpty())
        QSKIP(qPrintable(m_skipReason));
    HotkeySettingsPage page(newManager());
    page.show();
    QSignalSpy changed(&page, &HotkeySettingsPage::bindingsChanged);
    QCOMPARE(m_rival->grab(XK_k, XCB_MOD_MASK_CONTROL | XCB_MOD_MASK_1), 0);
    QTest::keyClick(recorder(page, HotkeyTarget::GrabCustomer), Qt::Key_K, Qt::ControlModifier | Qt::AltModifier);
    m_rival->ungrab(XK_k, XCB_MOD_MASK_CONTROL | XCB_MOD_MASK_1);

    QCOMPARE(statusOf(page, HotkeyTarget::GrabCustomer), u"Ctrl+Alt+K is already used by another program"_s);
    QCOMPARE(recorder(page, HotkeyTarget::GrabCustomer)->text(), QString());
    QVERIFY(page.bindings().isEmpty());
    QCOMPARE(changed.count(), 0);
}

void TestHotkeySettingsPage::aLoadedCombinationNowTakenIsShownButKept()
{
    if (!m_skipReason.isEmpty())
        QSKIP(qPrintable(m_skipReason));
    GlobalHotkeyManager *manager = newManager();
    HotkeySettingsPage page(manager);
    QCOMPARE(m_rival->grab(XK_l, XCB_MOD_MASK_CONTROL | XCB_MOD_MASK_1), 0);
    HotkeyBindings bindings;
    bindings.insert(HotkeyTarget::ParkIvrCustomer, QKeySequence(u"Ctrl+Alt+L"_s));
    page.setBindings(bindings);
    page.show();
    m_rival->ungrab(XK_l, XCB_MOD_MASK_CONTROL | XCB_MOD_MASK_1);
    QCOMPARE(statusOf(page, HotkeyTarget::ParkIvrCustomer), u"Ctrl+Alt+L is already used by another program"_s);
    QCOMPARE(page.bindings(), bindings); // the person's choice stays; the other program may go away
}

void TestHotkeySettingsPage::showsAConflictForADuplicate()
{
    if (!m_skipReason.isEmpty())
        QSKIP(qPrintable(m_skipReason));
    GlobalHotkeyManager *manager = newManager();
    HotkeySettingsPage page(manager);
    page.show();
    QTest::keyClick(recorder(page, HotkeyTarget::ParkCustomer), Qt::Key_D, Qt::ControlModifier | Qt::AltModifier);
    QTest::keyClick(recorder(page, HotkeyTarget::GrabCustomer), Qt::Key_D, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(statusOf(page, HotkeyTarget::ParkCustomer),
             u"Ctrl+Alt+D is also set for \u201cGrab customer\u201d; neither works until one is changed"_s);
    QCOMPARE(statusOf(page, HotkeyTarget::GrabCustomer),
             u"Ctrl+Alt+D is also set for \u201cPark customer\u201d; neither works until one is changed"_s);

    // What OK would do: the manager binds neither.
    manager->setBindings(page.bindings());
    page.hide();
    QCOMPARE(manager->state(HotkeyTarget::ParkCustomer).status, HotkeyStatus::ConflictsWithOwn);
    QCOMPARE(m_rival->grab(XK_d, XCB_MOD_MASK_CONTROL | XCB_MOD_MASK_1), 0);
    m_rival->ungrab(XK_d, XCB_MOD_MASK_CONTROL | XCB_MOD_MASK_1);

    // Changing one of them ends the conflict for both.
    page.show();
    QTest::keyClick(recorder(page, HotkeyTarget::GrabCustomer), Qt::Key_G, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(statusOf(page, HotkeyTarget::ParkCustomer), u"Free: works in every window"_s);
    QCOMPARE(statusOf(page, HotkeyTarget::GrabCustomer), u"Free: works in every window"_s);
}

void TestHotkeySettingsPage::thePageSuspendsTheManagerWhileVisible()
{
    if (!m_skipReason.isEmpty())
        QSKIP(qPrintable(m_skipReason));
    GlobalHotkeyManager *manager = newManager();
    HotkeyBindings bindings;
    bindings.insert(HotkeyTarget::ParkCustomer, QKeySequence(u"Ctrl+Alt+P"_s));
    manager->setBindings(bindings);
    const quint16 ctrlAlt = XCB_MOD_MASK_CONTROL | XCB_MOD_MASK_1;
    QCOMPARE(m_rival->grab(XK_p, ctrlAlt), 10);

    auto page = std::make_unique<HotkeySettingsPage>(manager);
    page->show();
    QVERIFY(manager->isSuspended());
    // Released, so pressing it reaches the recorder instead of parking a call;
    // and our own combination is not reported as someone else's.
    QCOMPARE(statusOf(*page, HotkeyTarget::ParkCustomer), u"Free: works in every window"_s);
    QCOMPARE(m_rival->grab(XK_p, ctrlAlt), 0);
    m_rival->ungrab(XK_p, ctrlAlt);

    page->hide();
    QVERIFY(!manager->isSuspended());
    QCOMPARE(m_rival->grab(XK_p, ctrlAlt), 10);
    page->show();
    page.reset(); // a page destroyed while visible resumes too
    QVERIFY(!manager->isSuspended());
    QCOMPARE(manager->state(HotkeyTarget::ParkCustomer).status, HotkeyStatus::Active);
}

void TestHotkeySettingsPage::rendersForALook()
{
    if (!m_skipReason.isEmpty())
        QSKIP(qPrintable(m_skipReason));
    HotkeySettingsPage page(newManager());
    HotkeyBindings bindings;
    bindings.insert(HotkeyTarget::ParkCustomer, QKeySequence(u"Ctrl+Alt+P"_s));
    bindings.insert(HotkeyTarget::GrabCustomer, QKeySequence(u"Ctrl+Alt+G"_s));
    bindings.insert(HotkeyTarget::ParkXfer, QKeySequence(u"Ctrl+Alt+X"_s));
    bindings.insert(HotkeyTarget::GrabXfer, QKeySequence(u"Ctrl+Alt+X"_s));
    bindings.insert(HotkeyTarget::AutoSwap, QKeySequence(u"Meta+F5"_s));
    page.setBindings(bindings);
    page.show();
    QCOMPARE(m_rival->grab(XK_k, XCB_MOD_MASK_CONTROL | XCB_MOD_MASK_1), 0);
    QTest::keyClick(recorder(page, HotkeyTarget::HangupXferGrabCustomer), Qt::Key_K, Qt::ControlModifier | Qt::AltModifier);
    m_rival->ungrab(XK_k, XCB_MOD_MASK_CONTROL | XCB_MOD_MASK_1);
    QVERIFY(!page.findChild<QFrame *>(u"hotkeyBanner"_s)->isVisible());
    saveLook(page, u"hotkey-settings.png"_s);
}

#endif

QTEST_MAIN(TestHotkeySettingsPage)
#include "TestHotkeySettingsPage.moc"
