#pragma once

#include "shell/LaunchOptions.h"
#include "session/AgentSession.h"

#include <QObject>
#include <QPointer>

class AgentBar;
class Clock;
class MainWindow;
class ProfileConnection;
class SettingsStore;
class SupervisorController;
enum class HotkeyTarget : quint8;

// Which view the window shows, the agent's bar or the supervisor's floor,
// and so which session acts: the one place that knows. It owns the agent's
// session and the supervisor mode, runs only the shown one, and tells where
// hotkeys, shortcuts, Retry and the history window go.
class ModeSwitcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModeSwitcher)

public:
    // Everything given must outlive this; clock must not be null.
    ModeSwitcher(const LaunchOptions &options, SettingsStore *settings, ProfileConnection *connection,
                 MainWindow *window, Clock *clock, QObject *parent = nullptr);
    ~ModeSwitcher() override;

    bool isSupervisorShown() const;
    // The agent's own session (the bar's), whichever view is shown.
    AgentSession *agentSession() const { return m_session; }
    // Null until supervisor mode was first asked for with a connection.
    SupervisorController *supervisor() const { return m_supervisor; }
    // The session the person acts through now: the bar's, or the selected
    // row's in supervisor mode (null when no row is selected).
    AgentSession *actingSession() const;
    // The bar on screen, which owns the keys.
    AgentBar *actingBar() const;
    // Every bar that exists, shown or not.
    QList<AgentBar *> bars() const;

    // A new session for the agent (the connection changed), replacing the old one.
    // Another agent sat down at the token's phone: the bar follows (empty: nobody).
    void followSeat(const QString &agent);
    void startSession(const QString &agent);
    void setSupervisorMode(bool supervisor);
    // The settings changed: new options for both modes, or a new connection.
    void applySettings();
    // Retry after a sign-out or while offline: for the shown view's session.
    void retry();
    // The computer sleeps and wakes: nothing polls in between.
    void pauseForSleep();
    void resumeAfterSleep();
    // A park alert for the agent was clicked: on the floor, select that row.
    void showAlertedAgent(const QString &agent);
    // A system-wide hotkey: asks the bar on screen, as a click would.
    void triggerHotkey(HotkeyTarget target);

Q_SIGNALS:
    void modeChanged(bool supervisor);
    // Every session made, for the audit log and the notices.
    void sessionCreated(AgentSession *session);
    // The acting session's history changed, or another session acts now.
    void actingHistoryChanged();
    // The floor's park alerts (the bar's come from the window's agent bar).
    void parkAlertRaised(ParkAlert level, const QString &agent, qint64 parkedForMs);
    // A hotkey found no agent to act for (the bar says so).
    void hotkeyIgnored();

private:
    void createSupervisor();

    LaunchOptions m_options;
    SettingsStore *m_settings;
    ProfileConnection *m_connection;
    MainWindow *m_window;
    Clock *m_clock;
    QPointer<AgentSession> m_session;
    SupervisorController *m_supervisor = nullptr;
};
