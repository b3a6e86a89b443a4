#include "shell/ModeSwitcher.h"

#include "bar/AgentBar.h"
#include "floorview/SupervisorView.h"
#include "hub/HubClient.h"
#include "hub/HubFloorFeed.h"
#include "hub/HubSession.h"
#include "services/CommandSender.h"
#include "session/PollingSession.h"
#include "settings/SettingsConversion.h"
#include "settings/SettingsStore.h"
#include "shell/HotkeyRouting.h"
#include "shell/ProfileConnection.h"
#include "shell/SupervisorController.h"
#include "state/GatewayText.h"
#include "supervisor/FloorPoller.h"
#include "window/MainWindow.h"

ModeSwitcher::ModeSwitcher(const LaunchOptions &options, SettingsStore *settings, ProfileConnection *connection,
                           MainWindow *window, Clock *clock, QObject *parent)
    : QObject(parent), m_options(options), m_settings(settings), m_connection(connection), m_window(window), m_clock(clock)
{
    connect(m_window->agentBar(), &AgentBar::historyChanged, this, &ModeSwitcher::actingHistoryChanged);
}

ModeSwitcher::~ModeSwitcher()
{
    if (m_supervisor)
        m_supervisor->stop();
    delete m_supervisor; // its view lives in the window
}

bool ModeSwitcher::isSupervisorShown() const
{
    return m_supervisor && m_window->isShowingSupervisorView();
}

AgentSession *ModeSwitcher::actingSession() const
{
    return isSupervisorShown() ? m_supervisor->selectedSession() : m_session.data();
}

AgentBar *ModeSwitcher::actingBar() const
{
    return isSupervisorShown() ? m_supervisor->view()->agentBar() : m_window->agentBar();
}

QList<AgentBar *> ModeSwitcher::bars() const
{
    QList<AgentBar *> bars{m_window->agentBar()};
    if (m_supervisor)
        bars.append(m_supervisor->view()->agentBar());
    return bars;
}

void ModeSwitcher::startSession(const QString &agent)
{
    if (m_session) {
        m_window->agentBar()->setSession(nullptr);
        m_session->stop();
        m_session->deleteLater();
        m_session = nullptr;
    }
    HubClient *hub = m_connection->hub();
    if (agent.isEmpty() && hub && hub->followsPhone()) {
        m_window->agentBar()->showNote(GatewayText::noAgentOnPhone(hub->seat().phone.isEmpty() ? hub->boundPhone() : hub->seat().phone));
        return;
    }
    if (agent.isEmpty()) {
        m_window->agentBar()->showNote(tr("No agent is set for this profile. Enter the agent's VICIdial login in Settings."));
        return;
    }
    const SessionOptions options = sessionOptionsFrom(*m_settings);
    // In gateway mode there is no wire: the hub is the only way, for readings and commands.
    if (hub)
        m_session = createHubSession(hub, m_connection->wire(), m_connection->probe(), m_connection->commands(), agent,
                                     options, m_clock, this);
    else
        m_session = createPollingSession(m_connection->wire(), m_connection->probe(), m_connection->commands(), agent,
                                         options, m_clock, this);
    Q_EMIT sessionCreated(m_session);
    m_window->agentBar()->setSession(m_session);
    if (!isSupervisorShown())
        m_session->start();
    Q_EMIT actingHistoryChanged();
}

void ModeSwitcher::followSeat(const QString &agent)
{
    if (m_session && m_session->agent() == agent)
        return;
    if (!m_session && agent.isEmpty() && m_connection->hub() && !m_connection->hub()->followsPhone())
        return;
    startSession(agent);
}

void ModeSwitcher::createSupervisor()
{
    // Over a hub with a supervisor token, the floor comes from the hub: no request to VICIdial for it.
    HubClient *hub = m_connection->hub();
    // In gateway mode always: there is no other way to the floor.
    const bool viaHub = hub && (hub->role() == QLatin1String("supervisor") || m_connection->isGateway());
    FloorFeed *floor = viaHub ? static_cast<FloorFeed *>(new HubFloorFeed(hub, m_clock)) : new FloorPoller(m_connection->wire(), m_clock);
    m_supervisor = new SupervisorController(floor, m_connection->probe(), m_connection->commands(),
                                            sessionOptionsFrom(*m_settings), m_clock, this);
    m_supervisor->setFilters(m_options.campaigns.isEmpty() ? m_settings->stringListValue(Setting::SupervisorCampaigns) : m_options.campaigns,
                             m_options.userGroups.isEmpty() ? m_settings->stringListValue(Setting::SupervisorUserGroups) : m_options.userGroups);
    m_window->setSupervisorView(m_supervisor->view());
    connect(m_supervisor, &SupervisorController::parkAlertRaised, this, &ModeSwitcher::parkAlertRaised);
    connect(m_supervisor, &SupervisorController::sessionCreated, this, [this](AgentSession *session) {
        Q_EMIT sessionCreated(session);
        Q_EMIT actingHistoryChanged();
    });
    connect(m_supervisor->view()->agentBar(), &AgentBar::historyChanged, this, &ModeSwitcher::actingHistoryChanged);
}

void ModeSwitcher::setSupervisorMode(bool supervisor)
{
    if (supervisor && !m_supervisor && (m_connection->wire() || (m_connection->isGateway() && m_connection->hub())))
        createSupervisor();
    if (!m_supervisor) {
        m_window->showSupervisorView(false);
        return;
    }
    m_window->showSupervisorView(supervisor);
    Q_EMIT modeChanged(supervisor);
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
    Q_EMIT actingHistoryChanged();
}

void ModeSwitcher::applySettings()
{
    const SessionOptions options = sessionOptionsFrom(*m_settings);
    if (m_supervisor)
        m_supervisor->setOptions(options);
    if (m_connection->reconnectIfChanged(m_session ? m_session->agent() : QString()))
        return; // the new session reads the new options
    if (m_session)
        m_session->setOptions(options);
}

void ModeSwitcher::retry()
{
    m_connection->resumeTraffic();
    if (AgentSession *session = actingSession())
        session->retry();
}

void ModeSwitcher::pauseForSleep()
{
    if (m_session)
        m_session->pause();
    if (m_supervisor)
        m_supervisor->stop();
}

void ModeSwitcher::resumeAfterSleep()
{
    const bool supervisorShown = isSupervisorShown();
    if (m_session && !supervisorShown)
        m_session->resume();
    if (supervisorShown)
        m_supervisor->start();
}

void ModeSwitcher::showAlertedAgent(const QString &agent)
{
    if (isSupervisorShown())
        m_supervisor->selectAgent(agent);
}

void ModeSwitcher::triggerHotkey(HotkeyTarget target)
{
    if (!requestFromHotkey(target, actingBar()))
        Q_EMIT hotkeyIgnored();
}
