#include "shell/AppController.h"

#include "window/MainWindow.h"
#include "window/TrayIcon.h"
#include "shell/DemoEnvironment.h"
#include "shell/HotkeyRouting.h"
#include "shell/HotkeySection.h"
#include "shell/PasswordPrompt.h"
#include "shell/ProxyCredentialsFlow.h"
#include "shell/SleepWatcher.h"
#include "shell/SupervisorController.h"
#include "audit/AuditRecorder.h"
#include "bar/AgentBar.h"
#include "bar/HistoryView.h"
#include "bar/ParkToolbar.h"
#include "bar/StatusLine.h"
#include "hotkeys/GlobalHotkeyManager.h"
#include "hotkeys/HotkeyBindings.h"
#include "hotkeys/HotkeyTarget.h"
#include "services/ParkCallService.h"
#include "preferences/AuditLogView.h"
#include "settings/CredentialStore.h"
#include "settings/SettingsConversion.h"
#include "preferences/SettingsDialog.h"
#include "settings/SettingsStore.h"
#include "floorview/SupervisorView.h"
#include "util/Clock.h"
#include "vicidial/AnswerText.h"
#include "vicidial/WireClient.h"

#include <QApplication>
#include <QDialog>
#include <QMessageBox>
#include <QVBoxLayout>

AppController::AppController(const LaunchOptions &options, QObject *parent) : QObject(parent), m_options(options) {}

AppController::~AppController()
{
    delete m_settingsDialog.data();
    delete m_historyWindow.data();
    if (m_supervisor)
        m_supervisor->stop();
    delete m_supervisor; // its view lives in the window
    m_supervisor = nullptr;
    delete m_window;
}

bool AppController::start()
{
    if (m_options.demo) {
        m_demo = new DemoEnvironment(this);
        if (!m_demo->start()) {
            m_error = m_demo->error();
            return false;
        }
    }
    m_settings = new SettingsStore(m_demo ? m_demo->settingsPaths() : SettingsPaths{}, this);
    if (m_demo)
        m_demo->seed(*m_settings);
    for (const ProfileSettings &profile : m_settings->profiles()) {
        if (!m_options.profile.isEmpty() && (profile.name == m_options.profile || profile.id == m_options.profile))
            m_settings->setActiveProfile(profile.id);
    }
    CredentialStore::Options credentialOptions;
    credentialOptions.useKeychain = !m_demo;
    credentialOptions.useEnvironment = !m_demo;
    m_credentials = new CredentialStore(credentialOptions, this);
    m_audit = new AuditRecorder(m_demo ? m_demo->auditLogPath() : AuditLog::defaultPath(), this);
    auto *sleep = new SleepWatcher({}, this);
    connect(sleep, &SleepWatcher::aboutToSleep, this, [this] {
        if (m_session)
            m_session->pause();
        if (m_supervisor)
            m_supervisor->stop();
    });
    connect(sleep, &SleepWatcher::wokeUp, this, [this] {
        const bool supervisorShown = m_supervisor && m_window->isShowingSupervisorView();
        if (m_session && !supervisorShown)
            m_session->resume();
        if (supervisorShown)
            m_supervisor->start();
    });
    m_hotkeys = new GlobalHotkeyManager(this);
    connect(m_hotkeys, &GlobalHotkeyManager::triggered, this, &AppController::onHotkey);

    m_window = new MainWindow;
    m_proxyFlow = new ProxyCredentialsFlow(m_credentials, m_window, this);
    connect(m_window, &MainWindow::switchToSecureAddressRequested, this, &AppController::switchToSecureAddress);
    // Shown only where the desktop has a tray; its alerts fall back to the bar.
    m_tray = new TrayIcon(this);
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_tray->show();
    connect(m_tray, &TrayIcon::showWindowRequested, this, &AppController::showWindow);
    connect(m_tray, &TrayIcon::quitRequested, qApp, &QCoreApplication::quit);
    connect(m_tray, &TrayIcon::alertClicked, this, [this](const QString &agent) {
        showWindow();
        if (m_supervisor && m_window->isShowingSupervisorView())
            m_supervisor->selectAgent(agent);
    });
    if (m_demo) {
        m_window->setDemoBanner(tr("Demo: ParkBar is talking to a simulated VICIdial server on this computer (%1). "
                                   "Nothing here reaches a real call.")
                                    .arg(m_demo->baseUrl().authority()));
        m_window->setWindowTitle(tr("ParkBar (demo)"));
    }
    connect(m_window, &MainWindow::settingsRequested, this, [this] { openSettings(); });
    connect(m_window, &MainWindow::historyRequested, this, &AppController::openHistory);
    connect(m_window, &MainWindow::auditLogRequested, this, [this] { AuditLogView::openDialog(m_audit->path(), m_window); });
    connect(m_window, &MainWindow::aboutRequested, this, &AppController::openAbout);
    connect(m_window, &MainWindow::quitRequested, qApp, &QCoreApplication::quit);
    connect(m_window, &MainWindow::retryRequested, this, [this] {
        if (m_wire)
            m_wire->resumeTraffic();
        if (AgentSession *session = actingSession())
            session->retry();
    });
    connect(m_window, &MainWindow::profileSelected, this, [this](const QString &name) {
        for (const ProfileSettings &profile : m_settings->profiles()) {
            if (profile.name == name)
                m_settings->setActiveProfile(profile.id);
        }
    });
    connect(m_window, &MainWindow::supervisorToggled, this, &AppController::setSupervisorMode);
    connect(m_window, &MainWindow::orientationToggled, this, [this](Qt::Orientation orientation) {
        m_settings->setValue(Setting::Orientation, orientation == Qt::Vertical ? QStringLiteral("vertical") : QStringLiteral("horizontal"));
        m_settings->save();
        applyAppearance();
    });
    connect(m_window, &MainWindow::compactToggled, this, [this](bool compact) {
        m_settings->setValue(Setting::CompactMode, compact);
        m_settings->save();
        applyAppearance();
    });
    connect(m_window, &MainWindow::alwaysOnTopToggled, this, [this](bool onTop) {
        m_settings->setValue(Setting::AlwaysOnTop, onTop);
        m_settings->save();
        applyAppearance();
    });
    connect(m_window->agentBar(), &AgentBar::parkAlertRaised, this, [this](ParkAlert level, const QString &agent, qint64 ms) {
        m_tray->notifyParkAlert(level, agent, ms);
    });
    connect(m_settings, &SettingsStore::applied, this, &AppController::applySettings);
    connect(m_settings, &SettingsStore::activeProfileChanged, this, &AppController::connectActiveProfile);

    applyAppearance();
    applyShortcuts();
    applyHotkeys();
    m_window->show();
    connectActiveProfile();
    if (m_options.supervisor || m_settings->boolValue(Setting::StartInSupervisorMode))
        setSupervisorMode(true);
    return true;
}

QString AppController::activeAgent() const
{
    if (!m_options.agent.isEmpty())
        return m_options.agent;
    return m_settings->profileValue(Setting::AgentUser).toString();
}

ServerConfig AppController::activeServerConfig(const QString &password) const
{
    ProfileSettings profile = m_settings->activeProfile();
    if (!m_options.server.isEmpty())
        profile.values.insert(Setting::ServerUrl, m_options.server);
    if (!m_options.apiUser.isEmpty())
        profile.values.insert(Setting::ApiUser, m_options.apiUser);
    ServerConfig config = serverConfigFrom(profile, password);
    config.proxyCredentials = m_proxyCredentials;
    return config;
}

AgentSession *AppController::actingSession() const
{
    if (m_supervisor && m_window->isShowingSupervisorView())
        return m_supervisor->selectedSession();
    return m_session;
}

void AppController::connectActiveProfile()
{
    QStringList names;
    for (const ProfileSettings &profile : m_settings->profiles())
        names.append(profile.name);
    m_window->setProfiles(names, m_settings->activeProfile().name);

    const ServerConfig config = activeServerConfig({});
    if (config.baseUrl.isEmpty() || config.apiUser.isEmpty()) {
        m_window->agentBar()->showNote(tr("Welcome. Enter your VICIdial server, API user and agent in Settings."));
        openSettings(static_cast<int>(SettingsDialog::Page::Connection));
        return;
    }
    if (m_demo) {
        connectWithPassword(DemoEnvironment::password());
        return;
    }
    const QString key = credentialKey(config.baseUrl, config.apiUser);
    if (const std::optional<QString> cached = m_credentials->cachedPassword(key)) {
        connectWithPassword(*cached);
        return;
    }
    m_credentials->readPassword(key, this, [this](const PasswordLookup &lookup) {
        if (lookup.found())
            connectWithPassword(lookup.password);
        else
            askForPassword(lookup.message);
    });
}

void AppController::askForPassword(const QString &why)
{
    const ServerConfig config = activeServerConfig({});
    auto *prompt = new PasswordPrompt(config.apiUser, config.baseUrl.host(), why, m_window);
    connect(prompt, &PasswordPrompt::passwordEntered, this, [this, config](const QString &password) {
        m_credentials->writePassword(credentialKey(config.baseUrl, config.apiUser), password, this);
        connectWithPassword(password);
    });
    prompt->open();
}

void AppController::connectWithPassword(const QString &password)
{
    // A proxy's saved credentials go along from the first request.
    m_proxyFlow->load(activeServerConfig(password), [this, password](const ProxyCredentials &saved) {
        m_proxyCredentials = saved;
        connectNow(password);
    });
}

void AppController::connectNow(const QString &password)
{
    m_password = password;
    const ServerConfig config = activeServerConfig(password);
    if (!m_wire) {
        m_wire = new WireClient(config, this);
        m_service = new ParkCallService(m_wire, this);
        connect(m_wire, &WireClient::trafficStopped, this, &AppController::onTrafficStopped);
        connect(m_wire, &WireClient::trafficResumed, this, &AppController::updateSignedOut);
        connect(m_wire, &WireClient::certificateWarningChanged, this, &AppController::showCertificateWarning);
    } else {
        m_wire->setConfig(config);
    }
    m_audit->setContext({m_settings->activeProfile().name, config.baseUrl.host(), config.apiUser}, password);
    m_audit->setMaxBytes(m_settings->intValue(Setting::AuditMaxBytes));
    updateSignedOut();
    startSession(activeAgent());
}

void AppController::startSession(const QString &agent)
{
    if (m_session) {
        m_window->agentBar()->setSession(nullptr);
        m_session->stop();
        m_session->deleteLater();
    }
    if (agent.isEmpty()) {
        m_window->agentBar()->showNote(tr("No agent is set for this profile. Enter the agent's VICIdial login in Settings."));
        return;
    }
    m_session = new AgentSession(m_wire, m_service, agent, sessionOptionsFrom(*m_settings), Clock::system(), this);
    m_audit->watch(m_session);
    connect(m_session, &AgentSession::actionRefused, this, [this](ParkAction action, const QString &reason) {
        if (!m_window->isActiveWindow())
            m_tray->notify(tr("Not available: %1").arg(parkActionDisplayName(action)), reason);
    });
    m_window->agentBar()->setSession(m_session);
    if (!(m_supervisor && m_window->isShowingSupervisorView()))
        m_session->start();
}

void AppController::setSupervisorMode(bool supervisor)
{
    if (supervisor && !m_supervisor && m_wire) {
        m_supervisor = new SupervisorController(m_wire, m_service, sessionOptionsFrom(*m_settings), this);
        m_supervisor->setFilters(m_options.campaigns.isEmpty() ? m_settings->stringListValue(Setting::SupervisorCampaigns) : m_options.campaigns,
                                 m_options.userGroups.isEmpty() ? m_settings->stringListValue(Setting::SupervisorUserGroups) : m_options.userGroups);
        m_window->setSupervisorView(m_supervisor->view());
        connect(m_supervisor, &SupervisorController::parkAlertRaised, this, [this](ParkAlert level, const QString &agent, qint64 ms) {
            m_tray->notifyParkAlert(level, agent, ms);
        });
        connect(m_supervisor, &SupervisorController::sessionCreated, this, [this](AgentSession *session) {
            m_audit->watch(session);
            connect(session, &AgentSession::actionRefused, this, [this](ParkAction action, const QString &reason) {
                if (!m_window->isActiveWindow())
                    m_tray->notify(tr("Not available: %1").arg(parkActionDisplayName(action)), reason);
            });
        });
    }
    if (!m_supervisor) {
        m_window->showSupervisorView(false);
        return;
    }
    m_window->showSupervisorView(supervisor);
    applyShortcuts();
    if (supervisor) {
        if (m_session)
            m_session->stop();
        m_supervisor->start();
        m_window->resize(std::max(m_window->width(), 980), std::max(m_window->height(), 560));
    } else {
        m_supervisor->stop();
        if (m_session)
            m_session->start();
        m_window->adjustSize();
    }
}

void AppController::applySettings()
{
    const SessionOptions options = sessionOptionsFrom(*m_settings);
    applyAppearance();
    applyShortcuts();
    applyHotkeys();
    if (m_supervisor)
        m_supervisor->setOptions(options);
    const ServerConfig wanted = activeServerConfig(m_password);
    const bool serverChanged = !m_wire || wanted.baseUrl != m_wire->config().baseUrl || wanted.apiUser != m_wire->config().apiUser;
    if (serverChanged || (m_session && m_session->agent() != activeAgent()) || (!m_session && !activeAgent().isEmpty())) {
        connectActiveProfile();
        return;
    }
    if (const std::optional<QString> saved = m_credentials->cachedPassword(credentialKey(wanted.baseUrl, wanted.apiUser));
        saved && *saved != m_password) {
        connectWithPassword(*saved); // a new password: a person acted, so traffic may resume
        return;
    }
    m_wire->setConfig(activeServerConfig(m_password));
    if (m_session)
        m_session->setOptions(options);
}

void AppController::applyAppearance()
{
    m_window->setOrientation(m_settings->stringValue(Setting::Orientation) == QLatin1String("vertical") ? Qt::Vertical : Qt::Horizontal);
    m_window->setCompact(m_settings->boolValue(Setting::CompactMode));
    m_window->setAlwaysOnTop(m_settings->boolValue(Setting::AlwaysOnTop));
}

void AppController::applyShortcuts()
{
    QHash<QString, QKeySequence> keys;
    for (ParkAction action : kAllParkActions)
        keys.insert(parkActionWireValue(action), QKeySequence(m_settings->stringValue(shortcutSetting(action)), QKeySequence::PortableText));
    keys.insert(ParkToolbar::autoSwapId(), QKeySequence(m_settings->stringValue(Setting::ShortcutSwap), QKeySequence::PortableText));
    const bool confirm = m_settings->boolValue(Setting::ConfirmHangup);
    for (AgentBar *bar : {m_window->agentBar(), m_supervisor ? m_supervisor->view()->agentBar() : nullptr}) {
        if (!bar)
            continue;
        bar->toolbar()->setShortcuts(keys);
        bar->toolbar()->setConfirmHangup(confirm);
    }
    const bool supervisorShown = m_supervisor && m_window->isShowingSupervisorView();
    m_window->agentBar()->toolbar()->setShortcutsEnabled(!supervisorShown);
    if (m_supervisor)
        m_supervisor->view()->agentBar()->toolbar()->setShortcutsEnabled(supervisorShown);
}

void AppController::applyHotkeys()
{
    QMap<QString, QString> values;
    for (HotkeyTarget target : kAllHotkeyTargets) {
        const QString id = hotkeyTargetId(target);
        values.insert(id, m_settings->stringValue(HotkeySection::settingFor(id)));
    }
    m_hotkeys->setBindings(hotkeyBindingsFromSettings(values));
}

void AppController::onHotkey(HotkeyTarget target)
{
    AgentBar *bar = m_supervisor && m_window->isShowingSupervisorView() ? m_supervisor->view()->agentBar() : m_window->agentBar();
    if (!requestFromHotkey(target, bar) && !m_window->isActiveWindow())
        m_tray->notify(tr("ParkBar"), tr("No agent is selected, so the hotkey did nothing."));
}

void AppController::updateSignedOut()
{
    const std::optional<Answer> reason = m_wire ? m_wire->trafficStopReason() : std::nullopt;
    m_window->setSignedOutReason(reason ? describeAnswer(*reason) : QString());
    const bool switchable = m_wire && m_options.server.isEmpty() && !m_settings->isLocked(Setting::ServerUrl);
    m_window->setSecureAddressOffer(switchable ? m_wire->secureAddressOffered() : QUrl());
}

void AppController::onTrafficStopped(const Answer &reason)
{
    updateSignedOut();
    if (reason.kind != ResultKind::ProxyAuthRequired)
        return;
    m_proxyFlow->ask(reason.detail, describeAnswer(reason), [this](const ProxyCredentials &entered) {
        m_proxyCredentials = entered;
        if (m_wire)
            m_wire->setProxyCredentials(entered); // a person acted: traffic resumes
    });
}

void AppController::switchToSecureAddress(const QUrl &address)
{
    // The person chose it: the profile keeps the https address from now on,
    // and the same password goes with it (the keychain names it by host and port).
    const ServerConfig current = activeServerConfig(m_password);
    if (!m_settings->setProfileValue(m_settings->activeProfileId(), Setting::ServerUrl, address.toString()) || !m_settings->save())
        return;
    if (!m_password.isEmpty() && credentialKey(address, current.apiUser) != credentialKey(current.baseUrl, current.apiUser))
        m_credentials->writePassword(credentialKey(address, current.apiUser), m_password, this);
    applySettings();
}

void AppController::showCertificateWarning(const QString &warning)
{
    m_window->agentBar()->statusLine()->setCertificateWarning(warning);
    if (m_settingsDialog)
        m_settingsDialog->setCertificateWarning(warning);
}

void AppController::openSettings(int page)
{
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(m_settings, m_credentials, m_window, m_audit->path());
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
        m_settingsDialog->setGlobalHotkeysSection(new HotkeySection(m_hotkeys));
        m_settingsDialog->setCertificateWarning(m_wire ? m_wire->certificateWarning() : QString());
    }
    if (page >= 0)
        m_settingsDialog->showPage(static_cast<SettingsDialog::Page>(page));
    m_settingsDialog->show();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
}

void AppController::openHistory()
{
    if (!m_historyWindow) {
        auto *dialog = new QDialog(m_window);
        dialog->setObjectName(QStringLiteral("historyWindow"));
        dialog->setWindowTitle(tr("ParkBar: command history"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        auto *view = new HistoryView(dialog);
        auto *layout = new QVBoxLayout(dialog);
        layout->addWidget(view);
        dialog->resize(560, 360);
        auto refresh = [this, view] {
            if (AgentSession *session = actingSession())
                view->setRecords(session->history());
        };
        connect(m_window->agentBar(), &AgentBar::historyChanged, view, refresh);
        if (m_supervisor)
            connect(m_supervisor->view()->agentBar(), &AgentBar::historyChanged, view, refresh);
        refresh();
        m_historyWindow = dialog;
    }
    m_historyWindow->show();
    m_historyWindow->raise();
}

void AppController::openAbout()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("About ParkBar"),
                                tr("<b>ParkBar %1</b><br>Park and grab buttons for VICIdial agents and supervisors.<br>"
                                   "Licensed under the GNU GPL, version 3 or later.")
                                    .arg(QCoreApplication::applicationVersion()),
                                QMessageBox::Close, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIconPixmap(m_window->windowIcon().pixmap(64, 64));
    box->open();
}

void AppController::showWindow()
{
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}
