#include "shell/AppController.h"

#include "audit/AuditRecorder.h"
#include "bar/AgentBar.h"
#include "bar/StatusLine.h"
#include "hotkeys/GlobalHotkeyManager.h"
#include "settings/CredentialStore.h"
#include "settings/SettingsStore.h"
#include "shell/DemoEnvironment.h"
#include "shell/ModeSwitcher.h"
#include "shell/ProfileConnection.h"
#include "shell/SecondaryWindows.h"
#include "shell/SleepWatcher.h"
#include "shell/TrayBridge.h"
#include "shell/WindowSettings.h"
#include "window/MainWindow.h"
#include "window/TrayIcon.h"

#include <QApplication>

AppController::AppController(const LaunchOptions &options, Clock *clock, QObject *parent)
    : QObject(parent), m_options(options), m_clock(clock)
{
    Q_ASSERT(m_clock);
}

AppController::~AppController()
{
    delete m_windows;
    delete m_modes;
    delete m_window;
}

AgentSession *AppController::session() const
{
    return m_modes ? m_modes->agentSession() : nullptr;
}

SupervisorController *AppController::supervisor() const
{
    return m_modes ? m_modes->supervisor() : nullptr;
}

WireClient *AppController::wire() const
{
    return m_connection ? m_connection->wire() : nullptr;
}

bool AppController::start()
{
    if (m_options.demo) {
        m_demo = new DemoEnvironment(m_clock, this);
        if (!m_demo->start()) {
            m_error = m_demo->error();
            return false;
        }
    }
    m_settings = new SettingsStore(m_demo ? m_demo->settingsPaths() : SettingsPaths{}, this);
    if (m_demo)
        m_demo->seed(*m_settings);
    CredentialStore::Options credentialOptions;
    credentialOptions.useKeychain = !m_demo;
    credentialOptions.useEnvironment = !m_demo;
    m_credentials = new CredentialStore(credentialOptions, this);
    m_audit = new AuditRecorder(m_demo ? m_demo->auditLogPath() : AuditLog::defaultPath(), this);
    m_hotkeys = new GlobalHotkeyManager(this);
    m_window = new MainWindow;
    if (m_demo) {
        m_window->setDemoBanner(tr("Demo: ParkBar is talking to a simulated VICIdial server on this computer (%1). "
                                   "Nothing here reaches a real call.")
                                    .arg(m_demo->baseUrl().authority()));
        m_window->setWindowTitle(tr("ParkBar (demo)"));
    }
    m_tray = new TrayIcon(this);

    m_connection = new ProfileConnection(m_options, m_settings, m_credentials, m_audit, m_window, m_clock, this);
    m_modes = new ModeSwitcher(m_options, m_settings, m_connection, m_window, m_clock, this);
    m_windowSettings = new WindowSettings(m_settings, m_window, m_modes, m_hotkeys, this);
    m_windows = new SecondaryWindows(m_settings, m_credentials, m_hotkeys, m_audit->path(), m_modes, m_window, this);
    m_trayBridge = new TrayBridge(m_tray, m_window, this);
    connectParts();

    m_windowSettings->applyAll();
    m_window->show();
    m_connection->connectActiveProfile();
    if (m_options.supervisor || m_settings->boolValue(Setting::StartInSupervisorMode))
        m_modes->setSupervisorMode(true);
    return true;
}

void AppController::connectParts()
{
    // The connection feeds the modes; the modes' sessions feed the audit log and the tray.
    connect(m_connection, &ProfileConnection::connected, m_modes, &ModeSwitcher::startSession);
    connect(m_connection, &ProfileConnection::seatedAgentChanged, m_modes, &ModeSwitcher::followSeat);
    connect(m_connection, &ProfileConnection::setupNeeded, m_windows, &SecondaryWindows::openConnectionSettings);
    connect(m_connection, &ProfileConnection::certificateWarningChanged, m_windows, &SecondaryWindows::setCertificateWarning);
    connect(m_connection, &ProfileConnection::certificateWarningChanged, m_window->agentBar()->statusLine(),
            &StatusLine::setCertificateWarning);
    connect(m_window, &MainWindow::switchToSecureAddressRequested, m_connection, &ProfileConnection::switchToSecureAddress);
    connect(m_modes, &ModeSwitcher::sessionCreated, m_audit, &AuditRecorder::watch);
    connect(m_modes, &ModeSwitcher::sessionCreated, m_trayBridge, &TrayBridge::watch);
    connect(m_modes, &ModeSwitcher::modeChanged, m_windowSettings, &WindowSettings::applyShortcuts);
    connect(m_modes, &ModeSwitcher::hotkeyIgnored, m_trayBridge, &TrayBridge::hotkeyDidNothing);
    connect(m_modes, &ModeSwitcher::parkAlertRaised, m_tray, &TrayIcon::notifyParkAlert);
    connect(m_window->agentBar(), &AgentBar::parkAlertRaised, m_tray, &TrayIcon::notifyParkAlert);
    connect(m_hotkeys, &GlobalHotkeyManager::triggered, m_modes, &ModeSwitcher::triggerHotkey);

    // Settings: the window applies its part first, then the sessions and the connection theirs.
    connect(m_settings, &SettingsStore::applied, m_windowSettings, &WindowSettings::applyAll);
    connect(m_settings, &SettingsStore::applied, m_modes, &ModeSwitcher::applySettings);
    connect(m_settings, &SettingsStore::activeProfileChanged, m_connection, &ProfileConnection::connectActiveProfile);

    auto *sleep = new SleepWatcher({}, this);
    connect(sleep, &SleepWatcher::aboutToSleep, m_modes, &ModeSwitcher::pauseForSleep);
    connect(sleep, &SleepWatcher::wokeUp, m_modes, &ModeSwitcher::resumeAfterSleep);

    connect(m_tray, &TrayIcon::showWindowRequested, m_trayBridge, &TrayBridge::showWindow);
    connect(m_tray, &TrayIcon::quitRequested, qApp, &QCoreApplication::quit);
    connect(m_tray, &TrayIcon::alertClicked, m_trayBridge, &TrayBridge::showWindow);
    connect(m_tray, &TrayIcon::alertClicked, m_modes, &ModeSwitcher::showAlertedAgent);

    connect(m_window, &MainWindow::settingsRequested, m_windows, &SecondaryWindows::openSettings);
    connect(m_window, &MainWindow::historyRequested, m_windows, &SecondaryWindows::openHistory);
    connect(m_window, &MainWindow::auditLogRequested, m_windows, &SecondaryWindows::openAuditLog);
    connect(m_window, &MainWindow::aboutRequested, m_windows, &SecondaryWindows::openAbout);
    connect(m_window, &MainWindow::quitRequested, qApp, &QCoreApplication::quit);
    connect(m_window, &MainWindow::retryRequested, m_modes, &ModeSwitcher::retry);
    connect(m_window, &MainWindow::profileSelected, m_connection, &ProfileConnection::selectProfile);
    connect(m_window, &MainWindow::supervisorToggled, m_modes, &ModeSwitcher::setSupervisorMode);
    connect(m_window, &MainWindow::orientationToggled, m_windowSettings, &WindowSettings::saveOrientation);
    connect(m_window, &MainWindow::compactToggled, m_windowSettings, &WindowSettings::saveCompact);
    connect(m_window, &MainWindow::alwaysOnTopToggled, m_windowSettings, &WindowSettings::saveAlwaysOnTop);
}
