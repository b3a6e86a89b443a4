#include "shell/TrayBridge.h"

#include "session/AgentSession.h"
#include "window/MainWindow.h"
#include "window/TrayIcon.h"

TrayBridge::TrayBridge(TrayIcon *tray, MainWindow *window, QObject *parent) : QObject(parent), m_tray(tray), m_window(window)
{
    // Shown only where the desktop has a tray; its alerts fall back to the bar.
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_tray->show();
}

void TrayBridge::showWindow()
{
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

void TrayBridge::watch(AgentSession *session)
{
    connect(session, &AgentSession::actionRefused, this, [this](ParkAction action, const QString &reason) {
        if (!m_window->isActiveWindow())
            m_tray->notify(tr("Not available: %1").arg(parkActionDisplayName(action)), reason);
    });
}

void TrayBridge::hotkeyDidNothing()
{
    if (!m_window->isActiveWindow())
        m_tray->notify(tr("ParkBar"), tr("No agent is selected, so the hotkey did nothing."));
}
