#include "bar/ParkToolbar.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ParkAction)

namespace {
ActionStates allOn()
{
    ActionStates states;
    for (ParkAction action : kAllParkActions)
        states[static_cast<size_t>(action)] = {true, u"Will "_s + parkActionDisplayName(action)};
    return states;
}

ActionStates allOffBecause(const QString &reason)
{
    ActionStates states;
    for (ParkAction action : kAllParkActions)
        states[static_cast<size_t>(action)] = {false, reason};
    return states;
}
} // namespace

// The bar's buttons, menus and shortcuts, driven as a person would.
class TestParkToolbar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void eachPrimaryButtonSendsItsValueForTheAgent_data();
    void eachPrimaryButtonSendsItsValueForTheAgent();
    void swapFollowsWhereTheCustomerIs();
    void eachMenuEntrySendsItsValue_data();
    void eachMenuEntrySendsItsValue();
    void eachShortcutSendsItsValue_data();
    void eachShortcutSendsItsValue();
    void aDisabledButtonSaysWhyInItsTooltip();
    void aShortcutForAnOffActionStillAsksSoTheReasonIsShown();
    void hangupAsksForConfirmationNamingTheAgent();
    void hangupConfirmationCanBeCancelled();
    void hangupConfirmationCanBeTurnedOff();
    void theArrowIsOnWhenAnyMenuEntryIsOn();
    void buttonsHaveAccessibleNamesAndDescriptions();
    void tabMovesThroughTheButtonsAndSpaceActs();
    void downOpensAButtonsMenu();

private:
    QWidget *m_window = nullptr;
    ParkToolbar *m_toolbar = nullptr;
};

void TestParkToolbar::init()
{
    m_window = new QWidget;
    m_toolbar = new ParkToolbar(m_window);
    m_window->addActions(m_toolbar->shortcutActions());
    m_toolbar->setAgent(u"1000"_s);
    m_toolbar->setActionStates(allOn(), ParkAction::SwapParkCustomer);
    QHash<QString, QKeySequence> keys;
    keys.insert(u"PARK_CUSTOMER"_s, QKeySequence(u"Ctrl+1"_s));
    keys.insert(u"GRAB_CUSTOMER"_s, QKeySequence(u"Ctrl+2"_s));
    keys.insert(u"PARK_IVR_CUSTOMER"_s, QKeySequence(u"Ctrl+3"_s));
    keys.insert(ParkToolbar::autoSwapId(), QKeySequence(u"Ctrl+4"_s));
    keys.insert(u"HANGUP_XFER_GRAB_CUSTOMER"_s, QKeySequence(u"Ctrl+5"_s));
    keys.insert(u"GRAB_IVR_CUSTOMER"_s, QKeySequence(u"Ctrl+Shift+3"_s));
    keys.insert(u"PARK_XFER"_s, QKeySequence(u"Ctrl+Shift+1"_s));
    keys.insert(u"GRAB_XFER"_s, QKeySequence(u"Ctrl+Shift+2"_s));
    keys.insert(u"SWAP_PARK_CUSTOMER"_s, QKeySequence(u"Ctrl+Shift+4"_s));
    keys.insert(u"SWAP_PARK_XFER"_s, QKeySequence(u"Ctrl+Shift+6"_s));
    m_toolbar->setShortcuts(keys);
    m_toolbar->setConfirmHangup(false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->activateWindow();
}

void TestParkToolbar::cleanup()
{
    delete m_window;
}

void TestParkToolbar::eachPrimaryButtonSendsItsValueForTheAgent_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<ParkAction>("value");
    QTest::newRow("Park") << u"parkButton"_s << ParkAction::ParkCustomer;
    QTest::newRow("Grab") << u"grabButton"_s << ParkAction::GrabCustomer;
    QTest::newRow("Park IVR") << u"parkIvrButton"_s << ParkAction::ParkIvrCustomer;
    QTest::newRow("Swap") << u"swapButton"_s << ParkAction::SwapParkCustomer;
    QTest::newRow("Hangup Xfer + Grab") << u"hangupXferGrabButton"_s << ParkAction::HangupXferGrabCustomer;
}

void TestParkToolbar::eachPrimaryButtonSendsItsValueForTheAgent()
{
    QFETCH(QString, button);
    QSignalSpy requested(m_toolbar, &ParkToolbar::actionRequested);
    auto *widget = m_toolbar->findChild<QToolButton *>(button);
    QVERIFY(widget);
    QTest::mouseClick(widget, Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().at(0).toString(), u"1000"_s);
    QTEST(requested.first().at(1).value<ParkAction>(), "value");
}

void TestParkToolbar::swapFollowsWhereTheCustomerIs()
{
    QSignalSpy requested(m_toolbar, &ParkToolbar::actionRequested);
    m_toolbar->setActionStates(allOn(), ParkAction::SwapParkXfer); // the customer is parked
    QTest::mouseClick(m_toolbar->primaryButton(ParkToolbar::Primary::Swap), Qt::LeftButton);
    QTest::keyClick(m_window, Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(requested.size(), 2);
    QCOMPARE(requested.at(0).at(1).value<ParkAction>(), ParkAction::SwapParkXfer);
    QCOMPARE(requested.at(1).at(1).value<ParkAction>(), ParkAction::SwapParkXfer);
}

void TestParkToolbar::eachMenuEntrySendsItsValue_data()
{
    QTest::addColumn<int>("primary");
    QTest::addColumn<ParkAction>("value");
    QTest::newRow("Park > third party") << int(ParkToolbar::Primary::Park) << ParkAction::ParkXfer;
    QTest::newRow("Grab > third party") << int(ParkToolbar::Primary::Grab) << ParkAction::GrabXfer;
    QTest::newRow("Grab > from IVR") << int(ParkToolbar::Primary::Grab) << ParkAction::GrabIvrCustomer;
    QTest::newRow("Park IVR > grab from IVR") << int(ParkToolbar::Primary::ParkIvr) << ParkAction::GrabIvrCustomer;
    QTest::newRow("Swap > park customer") << int(ParkToolbar::Primary::Swap) << ParkAction::SwapParkCustomer;
    QTest::newRow("Swap > park third party") << int(ParkToolbar::Primary::Swap) << ParkAction::SwapParkXfer;
}

void TestParkToolbar::eachMenuEntrySendsItsValue()
{
    QFETCH(int, primary);
    QFETCH(ParkAction, value);
    QSignalSpy requested(m_toolbar, &ParkToolbar::actionRequested);
    QToolButton *arrow = m_toolbar->menuButton(static_cast<ParkToolbar::Primary>(primary));
    QVERIFY(arrow);
    QMenu *menu = arrow->menu();
    QAction *entry = menu->findChild<QAction *>(u"menu_"_s + parkActionWireValue(value));
    QVERIFY(entry);
    QVERIFY(menu->actions().contains(entry));
    QTimer::singleShot(0, menu, [menu, entry] {
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(entry).center());
    });
    arrow->showMenu();
    QTRY_COMPARE(requested.size(), 1);
    QCOMPARE(requested.first().at(0).toString(), u"1000"_s);
    QCOMPARE(requested.first().at(1).value<ParkAction>(), value);
}

void TestParkToolbar::eachShortcutSendsItsValue_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<ParkAction>("value");
    const int ctrl = Qt::ControlModifier;
    const int ctrlShift = Qt::ControlModifier | Qt::ShiftModifier;
    QTest::newRow("Ctrl+1 park") << int(Qt::Key_1) << ctrl << ParkAction::ParkCustomer;
    QTest::newRow("Ctrl+2 grab") << int(Qt::Key_2) << ctrl << ParkAction::GrabCustomer;
    QTest::newRow("Ctrl+3 park IVR") << int(Qt::Key_3) << ctrl << ParkAction::ParkIvrCustomer;
    QTest::newRow("Ctrl+4 swap") << int(Qt::Key_4) << ctrl << ParkAction::SwapParkCustomer;
    QTest::newRow("Ctrl+5 hangup") << int(Qt::Key_5) << ctrl << ParkAction::HangupXferGrabCustomer;
    QTest::newRow("Ctrl+Shift+1 park xfer") << int(Qt::Key_1) << ctrlShift << ParkAction::ParkXfer;
    QTest::newRow("Ctrl+Shift+2 grab xfer") << int(Qt::Key_2) << ctrlShift << ParkAction::GrabXfer;
    QTest::newRow("Ctrl+Shift+3 grab IVR") << int(Qt::Key_3) << ctrlShift << ParkAction::GrabIvrCustomer;
    QTest::newRow("Ctrl+Shift+4 swap park customer") << int(Qt::Key_4) << ctrlShift << ParkAction::SwapParkCustomer;
    QTest::newRow("Ctrl+Shift+6 swap park xfer") << int(Qt::Key_6) << ctrlShift << ParkAction::SwapParkXfer;
}

void TestParkToolbar::eachShortcutSendsItsValue()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QSignalSpy requested(m_toolbar, &ParkToolbar::actionRequested);
    QTest::keyClick(m_window, static_cast<Qt::Key>(key), static_cast<Qt::KeyboardModifiers>(modifiers));
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().at(0).toString(), u"1000"_s);
    QTEST(requested.first().at(1).value<ParkAction>(), "value");
}

void TestParkToolbar::aDisabledButtonSaysWhyInItsTooltip()
{
    m_toolbar->setActionStates(allOffBecause(u"No lead on the agent's screen"_s), ParkAction::SwapParkCustomer);
    for (int i = 0; i < ParkToolbar::kPrimaryCount; ++i) {
        QToolButton *button = m_toolbar->primaryButton(static_cast<ParkToolbar::Primary>(i));
        QVERIFY(!button->isEnabled());
        QCOMPARE(button->toolTip(), u"No lead on the agent's screen"_s);
    }
    QSignalSpy requested(m_toolbar, &ParkToolbar::actionRequested);
    QTest::mouseClick(m_toolbar->primaryButton(ParkToolbar::Primary::Park), Qt::LeftButton);
    QVERIFY(requested.isEmpty()); // a disabled button sends nothing
}

void TestParkToolbar::aShortcutForAnOffActionStillAsksSoTheReasonIsShown()
{
    m_toolbar->setActionStates(allOffBecause(u"Agent 1000 is not logged in"_s), ParkAction::SwapParkCustomer);
    QSignalSpy requested(m_toolbar, &ParkToolbar::actionRequested);
    QTest::keyClick(m_window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(requested.size(), 1); // the session refuses it and shows the reason
}

void TestParkToolbar::hangupAsksForConfirmationNamingTheAgent()
{
    m_toolbar->setConfirmHangup(true);
    QSignalSpy requested(m_toolbar, &ParkToolbar::actionRequested);
    QTest::mouseClick(m_toolbar->primaryButton(ParkToolbar::Primary::HangupXferGrab), Qt::LeftButton);
    QVERIFY(requested.isEmpty());
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"confirmHangupDialog"_s)) != nullptr);
    QVERIFY(box->text().contains(u"1000"_s));
    QTest::mouseClick(box->findChild<QPushButton *>(u"confirmHangupButton"_s), Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().at(1).value<ParkAction>(), ParkAction::HangupXferGrabCustomer);
}

void TestParkToolbar::hangupConfirmationCanBeCancelled()
{
    m_toolbar->setConfirmHangup(true);
    QSignalSpy requested(m_toolbar, &ParkToolbar::actionRequested);
    QTest::keyClick(m_window, Qt::Key_5, Qt::ControlModifier);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"confirmHangupDialog"_s)) != nullptr);
    QTest::mouseClick(box->findChild<QPushButton *>(u"cancelHangupButton"_s), Qt::LeftButton);
    QTRY_VERIFY(m_window->findChild<QMessageBox *>(u"confirmHangupDialog"_s) == nullptr);
    QVERIFY(requested.isEmpty());
}

void TestParkToolbar::hangupConfirmationCanBeTurnedOff()
{
    QSignalSpy requested(m_toolbar, &ParkToolbar::actionRequested);
    QTest::mouseClick(m_toolbar->primaryButton(ParkToolbar::Primary::HangupXferGrab), Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QVERIFY(!m_window->findChild<QMessageBox *>(u"confirmHangupDialog"_s));
}

void TestParkToolbar::theArrowIsOnWhenAnyMenuEntryIsOn()
{
    ActionStates states = allOffBecause(u"The customer is in the park IVR"_s);
    states[static_cast<size_t>(ParkAction::GrabIvrCustomer)] = {true, u"Bring the customer back from the park IVR"_s};
    m_toolbar->setActionStates(states, ParkAction::SwapParkCustomer);
    QVERIFY(!m_toolbar->primaryButton(ParkToolbar::Primary::Grab)->isEnabled());
    QVERIFY(m_toolbar->menuButton(ParkToolbar::Primary::Grab)->isEnabled());
    QVERIFY(!m_toolbar->menuButton(ParkToolbar::Primary::Park)->isEnabled());
    QAction *grabIvr = m_toolbar->menuButton(ParkToolbar::Primary::Grab)->menu()->findChild<QAction *>(u"menu_GRAB_IVR_CUSTOMER"_s);
    QVERIFY(grabIvr->isEnabled());
    QAction *grabXfer = m_toolbar->menuButton(ParkToolbar::Primary::Grab)->menu()->findChild<QAction *>(u"menu_GRAB_XFER"_s);
    QVERIFY(!grabXfer->isEnabled());
    QCOMPARE(grabXfer->toolTip(), u"The customer is in the park IVR"_s);
}

void TestParkToolbar::buttonsHaveAccessibleNamesAndDescriptions()
{
    m_toolbar->setActionStates(allOffBecause(u"Waiting for the server..."_s), ParkAction::SwapParkCustomer);
    for (int i = 0; i < ParkToolbar::kPrimaryCount; ++i) {
        QToolButton *button = m_toolbar->primaryButton(static_cast<ParkToolbar::Primary>(i));
        QVERIFY(!button->accessibleName().isEmpty());
        QCOMPARE(button->accessibleDescription(), u"Waiting for the server..."_s);
        QVERIFY(button->focusPolicy() & Qt::TabFocus);
    }
}

void TestParkToolbar::tabMovesThroughTheButtonsAndSpaceActs()
{
    QSignalSpy requested(m_toolbar, &ParkToolbar::actionRequested);
    QToolButton *park = m_toolbar->primaryButton(ParkToolbar::Primary::Park);
    park->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(park->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // Park's menu arrow
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // Grab
    QCOMPARE(QApplication::focusWidget(), m_toolbar->primaryButton(ParkToolbar::Primary::Grab));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().at(1).value<ParkAction>(), ParkAction::GrabCustomer);
}

void TestParkToolbar::downOpensAButtonsMenu()
{
    QToolButton *grab = m_toolbar->primaryButton(ParkToolbar::Primary::Grab);
    grab->setFocus(Qt::TabFocusReason);
    QMenu *menu = m_toolbar->menuButton(ParkToolbar::Primary::Grab)->menu();
    QTimer::singleShot(0, menu, [menu] {
        QVERIFY(menu->isVisible());
        menu->close();
    });
    QTest::keyClick(grab, Qt::Key_Down);
    QVERIFY(!menu->isVisible());
}

QTEST_MAIN(TestParkToolbar)
#include "TestParkToolbar.moc"
