#include "bar/ParkToolbar.h"

#include "window/IconProvider.h"

#include <QAction>
#include <QBoxLayout>
#include <QEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>

namespace {

QString shortcutSuffix(const QKeySequence &keys)
{
    return keys.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(keys.toString(QKeySequence::NativeText));
}

} // namespace

ParkToolbar::ParkToolbar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("parkToolbar"));
    setAccessibleName(tr("Park controls"));
    m_layout = new QBoxLayout(QBoxLayout::LeftToRight, this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);

    buildButton(Primary::Park, tr("Park"), QStringLiteral("park-customer"), {ParkAction::ParkXfer});
    buildButton(Primary::Grab, tr("Grab"), QStringLiteral("grab-customer"), {ParkAction::GrabXfer, ParkAction::GrabIvrCustomer});
    buildButton(Primary::ParkIvr, tr("Park IVR"), QStringLiteral("park-ivr"), {ParkAction::GrabIvrCustomer});
    buildButton(Primary::Swap, tr("Swap"), QStringLiteral("swap"), {ParkAction::SwapParkCustomer, ParkAction::SwapParkXfer});
    buildButton(Primary::HangupXferGrab, tr("Hangup Xfer + Grab"), QStringLiteral("hangup-xfer-grab"), {});

    for (ParkAction value : kAllParkActions) {
        auto *action = new QAction(parkActionDisplayName(value), this);
        action->setObjectName(QStringLiteral("shortcut_") + parkActionWireValue(value));
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, [this, value] { requestAction(value); });
        m_shortcutActions.insert(parkActionWireValue(value), action);
    }
    auto *autoSwap = new QAction(tr("Swap (automatic)"), this);
    autoSwap->setObjectName(QStringLiteral("shortcut_AUTO_SWAP"));
    autoSwap->setShortcutContext(Qt::WindowShortcut);
    connect(autoSwap, &QAction::triggered, this, [this] { requestAction(m_swapValue); });
    m_shortcutActions.insert(autoSwapId(), autoSwap);
    addActions(shortcutActions());

    m_layout->addStretch(1);
    updateIcons();
    updateButtons();
}

void ParkToolbar::buildButton(Primary primary, const QString &label, const QString &icon, const QList<ParkAction> &menuValues)
{
    PrimaryButton &button = m_buttons[static_cast<int>(primary)];
    m_iconNames[static_cast<int>(primary)] = icon;

    auto *group = new QWidget(this);
    auto *groupLayout = new QHBoxLayout(group);
    groupLayout->setContentsMargins(0, 0, 0, 0);
    groupLayout->setSpacing(0);

    button.main = new QToolButton(group);
    static const char *const names[] = {"parkButton", "grabButton", "parkIvrButton", "swapButton", "hangupXferGrabButton"};
    button.main->setObjectName(QString::fromLatin1(names[static_cast<int>(primary)]));
    button.main->setText(label);
    button.main->setAccessibleName(label);
    button.main->setFocusPolicy(Qt::StrongFocus);
    button.main->setAutoRaise(false);
    button.main->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    connect(button.main, &QToolButton::clicked, this, [this, primary] { requestAction(primaryValue(primary)); });
    groupLayout->addWidget(button.main);

    if (!menuValues.isEmpty()) {
        button.menu = new QMenu(group);
        button.menu->setToolTipsVisible(true);
        for (ParkAction value : menuValues) {
            QAction *action = button.menu->addAction(parkActionDisplayName(value));
            action->setObjectName(QStringLiteral("menu_") + parkActionWireValue(value));
            connect(action, &QAction::triggered, this, [this, value] { requestAction(value); });
            m_menuEntries.append({action, value});
        }
        button.arrow = new QToolButton(group);
        button.arrow->setObjectName(button.main->objectName() + QStringLiteral("Menu"));
        button.arrow->setArrowType(Qt::DownArrow);
        button.arrow->setPopupMode(QToolButton::InstantPopup);
        // The arrow already says "menu"; a second indicator is noise.
        button.arrow->setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; width: 0px; }"));
        button.arrow->setMenu(button.menu);
        button.arrow->setFocusPolicy(Qt::StrongFocus);
        button.arrow->setAccessibleName(tr("More actions: %1").arg(label));
        button.arrow->setToolTip(tr("More actions: %1").arg(label));
        button.arrow->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
        groupLayout->addWidget(button.arrow);
        button.main->installEventFilter(this);
    }
    m_layout->addWidget(group);
}

ParkAction ParkToolbar::primaryValue(Primary primary) const
{
    switch (primary) {
    case Primary::Park: return ParkAction::ParkCustomer;
    case Primary::Grab: return ParkAction::GrabCustomer;
    case Primary::ParkIvr: return ParkAction::ParkIvrCustomer;
    case Primary::Swap: return m_swapValue;
    case Primary::HangupXferGrab: return ParkAction::HangupXferGrabCustomer;
    }
    Q_UNREACHABLE();
    return ParkAction::ParkCustomer;
}

void ParkToolbar::setAgent(const QString &agent)
{
    m_agent = agent;
}

void ParkToolbar::setActionStates(const ActionStates &states, ParkAction swapValue)
{
    m_states = states;
    m_swapValue = swapValue;
    updateButtons();
}

void ParkToolbar::setOrientation(Qt::Orientation orientation)
{
    m_orientation = orientation;
    m_layout->setDirection(orientation == Qt::Horizontal ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    updateButtons();
}

void ParkToolbar::setCompact(bool compact)
{
    m_compact = compact;
    updateButtons();
}

void ParkToolbar::setShortcuts(const QHash<QString, QKeySequence> &shortcuts)
{
    for (auto it = m_shortcutActions.cbegin(); it != m_shortcutActions.cend(); ++it)
        it.value()->setShortcut(shortcuts.value(it.key()));
    updateButtons();
}

QList<QAction *> ParkToolbar::shortcutActions() const
{
    return m_shortcutActions.values();
}

void ParkToolbar::setShortcutsEnabled(bool enabled)
{
    for (QAction *action : std::as_const(m_shortcutActions))
        action->setEnabled(enabled);
}

void ParkToolbar::updateButtons()
{
    const Qt::ToolButtonStyle style = m_compact ? Qt::ToolButtonIconOnly : Qt::ToolButtonTextBesideIcon;
    const int iconSize = m_compact ? 20 : 24;
    for (int i = 0; i < kPrimaryCount; ++i) {
        const PrimaryButton &button = m_buttons[i];
        const ParkAction value = primaryValue(static_cast<Primary>(i));
        const ActionState &state = stateOf(m_states, value);
        const QString shortcut = shortcutSuffix(m_shortcutActions.value(
            static_cast<Primary>(i) == Primary::Swap ? autoSwapId() : parkActionWireValue(value))->shortcut());
        button.main->setEnabled(state.enabled);
        button.main->setToolButtonStyle(style);
        button.main->setIconSize(QSize(iconSize, iconSize));
        button.main->setMinimumWidth(m_orientation == Qt::Vertical && !m_compact ? 150 : 0);
        button.main->setToolTip(state.enabled ? state.reason + shortcut : state.reason);
        button.main->setAccessibleDescription(state.reason);
        if (button.arrow) {
            bool anyEnabled = false;
            for (const MenuEntry &entry : m_menuEntries) {
                if (button.menu->actions().contains(entry.action))
                    anyEnabled = anyEnabled || stateOf(m_states, entry.value).enabled;
            }
            button.arrow->setEnabled(anyEnabled);
        }
    }
    for (const MenuEntry &entry : m_menuEntries) {
        const ActionState &state = stateOf(m_states, entry.value);
        entry.action->setEnabled(state.enabled);
        entry.action->setToolTip(state.reason);
        entry.action->setShortcut(m_shortcutActions.value(parkActionWireValue(entry.value))->shortcut());
        entry.action->setShortcutContext(Qt::WidgetShortcut); // the window-level actions own the keys
    }
}

void ParkToolbar::updateIcons()
{
    for (int i = 0; i < kPrimaryCount; ++i)
        m_buttons[i].main->setIcon(IconProvider::icon(m_iconNames[i], palette()));
}

void ParkToolbar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateIcons();
    QWidget::changeEvent(event);
}

bool ParkToolbar::eventFilter(QObject *watched, QEvent *event)
{
    // Alt+Down or Down on a primary button opens its menu, as a combo box would.
    if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
        for (const PrimaryButton &button : m_buttons) {
            if (button.main == watched && button.arrow && button.arrow->isEnabled()) {
                button.arrow->showMenu();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ParkToolbar::requestAction(ParkAction action)
{
    if (action == ParkAction::HangupXferGrabCustomer && m_confirmHangup && stateOf(m_states, action).enabled) {
        confirmThenRequest(action);
        return;
    }
    Q_EMIT actionRequested(m_agent, action);
}

void ParkToolbar::confirmThenRequest(ParkAction action)
{
    // open(), not exec(): no nested event loop while polls keep arriving.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Hang up the third party?"),
                                tr("Hang up the third party and bring agent %1's customer back from park?").arg(m_agent),
                                QMessageBox::NoButton, window());
    box->setObjectName(QStringLiteral("confirmHangupDialog"));
    box->setInformativeText(tr("This ends the third party's call."));
    QPushButton *hangUp = box->addButton(tr("Hang up and grab"), QMessageBox::AcceptRole);
    hangUp->setObjectName(QStringLiteral("confirmHangupButton"));
    box->addButton(QMessageBox::Cancel)->setObjectName(QStringLiteral("cancelHangupButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    const QString agent = m_agent;
    connect(box, &QMessageBox::buttonClicked, this, [this, box, hangUp, agent, action](QAbstractButton *clicked) {
        if (clicked == hangUp)
            Q_EMIT actionRequested(agent, action);
        box->close();
    });
    box->open();
}
