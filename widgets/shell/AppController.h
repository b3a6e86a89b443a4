#pragma once

#include "shell/LaunchOptions.h"

#include <QObject>

class AgentSession;
class AuditRecorder;
class Clock;
class CredentialStore;
class DemoEnvironment;
class GlobalHotkeyManager;
class MainWindow;
class ModeSwitcher;
class ProfileConnection;
class SecondaryWindows;
class SettingsStore;
class SupervisorController;
class TrayBridge;
class TrayIcon;
class WindowSettings;
class WireClient;

// The window's composition root: builds the parts (settings, credentials,
// the audit log, the profile's connection, the bar and supervisor modes,
// hotkeys, tray and windows) and wires them to each other; the parts decide.
class AppController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppController)

public:
    // clock: all time in the window and below; not null, and must outlive the controller.
    AppController(const LaunchOptions &options, Clock *clock, QObject *parent = nullptr);
    ~AppController() override;

    // Builds everything and shows the window; false (with error()) when the
    // demo's simulator could not start.
    bool start();
    QString error() const { return m_error; }

    MainWindow *window() const { return m_window; }
    ModeSwitcher *modes() const { return m_modes; }
    AgentSession *session() const;
    SupervisorController *supervisor() const;
    WireClient *wire() const;
    DemoEnvironment *demo() const { return m_demo; }
    TrayIcon *tray() const { return m_tray; }

private:
    void connectParts();

    LaunchOptions m_options;
    Clock *m_clock;
    QString m_error;
    DemoEnvironment *m_demo = nullptr;
    SettingsStore *m_settings = nullptr;
    CredentialStore *m_credentials = nullptr;
    AuditRecorder *m_audit = nullptr;
    GlobalHotkeyManager *m_hotkeys = nullptr;
    MainWindow *m_window = nullptr;
    TrayIcon *m_tray = nullptr;
    ProfileConnection *m_connection = nullptr;
    ModeSwitcher *m_modes = nullptr;
    WindowSettings *m_windowSettings = nullptr;
    SecondaryWindows *m_windows = nullptr;
    TrayBridge *m_trayBridge = nullptr;
};
