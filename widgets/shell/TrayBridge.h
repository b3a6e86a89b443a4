#pragma once

#include <QObject>

class AgentSession;
class MainWindow;
class TrayIcon;

// Between the tray and the window: the tray brings the window forward, and
// what a person would miss while the window is behind another (an action
// refused, a hotkey that did nothing) is said in the tray.
class TrayBridge final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayBridge)

public:
    // tray and window must outlive this.
    TrayBridge(TrayIcon *tray, MainWindow *window, QObject *parent = nullptr);

    void showWindow();
    // Refusals of the session's actions reach the tray while the window is behind.
    void watch(AgentSession *session);
    void hotkeyDidNothing();

private:
    TrayIcon *m_tray;
    MainWindow *m_window;
};
