#pragma once

#include "state/ActionRules.h"

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QWidget>

class QAction;
class QBoxLayout;
class QMenu;
class QToolButton;

// The five primary buttons of DESIGN.md, each with the arrow beside it for
// its menu, and in-window shortcuts for all nine values and automatic Swap.
// Shows the rules' states; emits what a person asked for. A shortcut for an
// action that is off still emits, so the session can say why nothing happens.
class ParkToolbar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParkToolbar)

public:
    enum class Primary : quint8 { Park, Grab, ParkIvr, Swap, HangupXferGrab };
    static constexpr int kPrimaryCount = 5;
    // The id automatic Swap has in shortcut maps; the values use their wire names.
    static QString autoSwapId() { return QStringLiteral("AUTO_SWAP"); }

    explicit ParkToolbar(QWidget *parent = nullptr);

    void setAgent(const QString &agent);
    QString agent() const { return m_agent; }
    // swapValue: what the Swap button sends now (SWAP_PARK_CUSTOMER while the
    // customer is on the line, SWAP_PARK_XFER while parked).
    void setActionStates(const ActionStates &states, ParkAction swapValue);
    void setOrientation(Qt::Orientation orientation);
    Qt::Orientation orientation() const { return m_orientation; }
    void setCompact(bool compact);
    void setConfirmHangup(bool confirm) { m_confirmHangup = confirm; }
    // Keys: wire values ("PARK_CUSTOMER"...) and autoSwapId().
    void setShortcuts(const QHash<QString, QKeySequence> &shortcuts);

    QToolButton *primaryButton(Primary primary) const { return m_buttons[static_cast<int>(primary)].main; }
    QToolButton *menuButton(Primary primary) const { return m_buttons[static_cast<int>(primary)].arrow; }
    // Shortcut actions live on the toolbar; the window adds them to itself.
    QList<QAction *> shortcutActions() const;
    // Only the visible bar of a window may own the keys, or they clash.
    void setShortcutsEnabled(bool enabled);

    // As a click would: confirms Hangup Xfer + Grab first when asked to.
    void requestAction(ParkAction action);

Q_SIGNALS:
    void actionRequested(const QString &agent, ParkAction action);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct PrimaryButton
    {
        QToolButton *main = nullptr;
        QToolButton *arrow = nullptr; // null when there is no menu
        QMenu *menu = nullptr;
    };
    struct MenuEntry
    {
        QAction *action = nullptr;
        ParkAction value;
    };

    void buildButton(Primary primary, const QString &label, const QString &icon, const QList<ParkAction> &menuValues);
    ParkAction primaryValue(Primary primary) const;
    void updateButtons();
    void updateIcons();
    void confirmThenRequest(ParkAction action);

    QString m_agent;
    ActionStates m_states;
    ParkAction m_swapValue = ParkAction::SwapParkCustomer;
    Qt::Orientation m_orientation = Qt::Horizontal;
    bool m_compact = false;
    bool m_confirmHangup = true;
    QBoxLayout *m_layout = nullptr;
    PrimaryButton m_buttons[kPrimaryCount];
    QString m_iconNames[kPrimaryCount];
    QList<MenuEntry> m_menuEntries;
    QHash<QString, QAction *> m_shortcutActions;
};
