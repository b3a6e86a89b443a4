#pragma once

#include "shell/LaunchOptions.h"
#include "session/AgentSession.h"
#include "vicidial/ProxyCredentials.h"
#include "vicidial/ServerConfig.h"

#include <QObject>
#include <QPointer>

class AuditRecorder;
class CredentialStore;
class DemoEnvironment;
class GlobalHotkeyManager;
class MainWindow;
class ParkCallService;
class ProxyCredentialsFlow;
class SettingsDialog;
class SettingsStore;
class SupervisorController;
class TrayIcon;
class WireClient;
enum class HotkeyTarget : quint8;

// The window's composition root: settings, credentials, the server
// connection, the agent's session (or the supervisor's floor), the audit
// log, hotkeys, tray and window, and how they talk to each other.
class AppController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppController)

public:
    explicit AppController(const LaunchOptions &options, QObject *parent = nullptr);
    ~AppController() override;

    // Builds everything and shows the window; false (with error()) when the
    // demo's simulator could not start.
    bool start();
    QString error() const { return m_error; }

    MainWindow *window() const { return m_window; }
    AgentSession *session() const { return m_session; }
    SupervisorController *supervisor() const { return m_supervisor; }
    WireClient *wire() const { return m_wire; }
    DemoEnvironment *demo() const { return m_demo; }
    TrayIcon *tray() const { return m_tray; }

private:
    void connectActiveProfile();
    void connectWithPassword(const QString &password);
    void connectNow(const QString &password);
    void onTrafficStopped(const Answer &reason);
    void switchToSecureAddress(const QUrl &address);
    void showCertificateWarning(const QString &warning);
    void askForPassword(const QString &why);
    void startSession(const QString &agent);
    void setSupervisorMode(bool supervisor);
    void applySettings();
    void applyAppearance();
    void applyShortcuts();
    void applyHotkeys();
    void onHotkey(HotkeyTarget target);
    void updateSignedOut();
    void openSettings(int page = -1);
    void openHistory();
    void openAbout();
    void showWindow();
    ServerConfig activeServerConfig(const QString &password) const;
    QString activeAgent() const;
    AgentSession *actingSession() const;

    LaunchOptions m_options;
    QString m_error;
    DemoEnvironment *m_demo = nullptr;
    SettingsStore *m_settings = nullptr;
    CredentialStore *m_credentials = nullptr;
    AuditRecorder *m_audit = nullptr;
    GlobalHotkeyManager *m_hotkeys = nullptr;
    WireClient *m_wire = nullptr;
    ParkCallService *m_service = nullptr;
    QPointer<AgentSession> m_session;
    SupervisorController *m_supervisor = nullptr;
    MainWindow *m_window = nullptr;
    TrayIcon *m_tray = nullptr;
    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<QWidget> m_historyWindow;
    ProxyCredentialsFlow *m_proxyFlow = nullptr;
    QString m_password; // in memory for this run only
    ProxyCredentials m_proxyCredentials; // likewise
};
