#include "shell/ProfileConnection.h"

#include "audit/AuditRecorder.h"
#include "hub/HubClient.h"
#include "hub/HubCommandSender.h"
#include "hub/HubSession.h"
#include "bar/AgentBar.h"
#include "services/CapabilityProbe.h"
#include "services/ParkCallService.h"
#include "settings/CredentialStore.h"
#include "settings/DeskMode.h"
#include "settings/SettingsConversion.h"
#include "settings/SettingsStore.h"
#include "shell/DemoEnvironment.h"
#include "shell/PasswordPrompt.h"
#include "shell/ProxyCredentialsFlow.h"
#include "vicidial/AnswerText.h"
#include "vicidial/WireClient.h"
#include "window/MainWindow.h"

ProfileConnection::ProfileConnection(const LaunchOptions &options, SettingsStore *settings, CredentialStore *credentials,
                                     AuditRecorder *audit, MainWindow *window, Clock *clock, QObject *parent)
    : QObject(parent), m_options(options), m_settings(settings), m_credentials(credentials), m_audit(audit),
      m_window(window), m_clock(clock), m_proxyFlow(new ProxyCredentialsFlow(credentials, window, this))
{
    for (const ProfileSettings &profile : m_settings->profiles()) {
        if (!m_options.profile.isEmpty() && (profile.name == m_options.profile || profile.id == m_options.profile))
            m_settings->setActiveProfile(profile.id);
    }
}

QString ProfileConnection::activeAgent() const
{
    if (!m_options.agent.isEmpty())
        return m_options.agent;
    if (m_hub && m_hub->followsPhone())
        return m_hub->seat().user;
    if (m_hub && !m_hub->boundAgent().isEmpty())
        return m_hub->boundAgent();
    return m_settings->profileValue(Setting::AgentUser).toString();
}

CommandSender *ProfileConnection::commands() const
{
    if (m_gateway)
        return m_hubCommands;
    return m_service;
}

ServerConfig ProfileConnection::activeServerConfig(const QString &password) const
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

void ProfileConnection::selectProfile(const QString &name)
{
    for (const ProfileSettings &profile : m_settings->profiles()) {
        if (profile.name == name)
            m_settings->setActiveProfile(profile.id);
    }
}

void ProfileConnection::connectActiveProfile()
{
    QStringList names;
    for (const ProfileSettings &profile : m_settings->profiles())
        names.append(profile.name);
    m_window->setProfiles(names, m_settings->activeProfile().name);

    m_gateway = deskModeOf(m_settings->activeProfile()) == DeskMode::HubGateway;
    if (m_gateway) {
        connectGateway();
        return;
    }
    const ServerConfig config = activeServerConfig({});
    if (config.baseUrl.isEmpty() || config.apiUser.isEmpty()) {
        m_window->agentBar()->showNote(tr("Welcome. Enter your VICIdial server, API user and agent in Settings."));
        Q_EMIT setupNeeded();
        return;
    }
    if (m_options.demo) {
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

void ProfileConnection::askForPassword(const QString &why)
{
    const ServerConfig config = activeServerConfig({});
    auto *prompt = new PasswordPrompt(config.apiUser, config.baseUrl.host(), why, m_window);
    connect(prompt, &PasswordPrompt::passwordEntered, this, [this, config](const QString &password) {
        m_credentials->writePassword(credentialKey(config.baseUrl, config.apiUser), password, this);
        connectWithPassword(password);
    });
    prompt->open();
}

void ProfileConnection::connectWithPassword(const QString &password)
{
    // A proxy's saved credentials go along from the first request.
    m_proxyFlow->load(activeServerConfig(password), [this, password](const ProxyCredentials &saved) {
        m_proxyCredentials = saved;
        connectNow(password);
    });
}

void ProfileConnection::connectNow(const QString &password)
{
    m_password = password;
    const ServerConfig config = activeServerConfig(password);
    if (!m_wire) {
        m_wire = new WireClient(config, m_clock, this);
        m_service = new ParkCallService(m_wire, this);
        if (m_probe)
            m_probe->deleteLater(); // the gateway's, which has no wire
        m_probe = new CapabilityProbe(m_wire, this);
        connect(m_wire, &WireClient::trafficStopped, this, &ProfileConnection::onTrafficStopped);
        connect(m_wire, &WireClient::trafficResumed, this, &ProfileConnection::updateSignedOut);
        connect(m_wire, &WireClient::certificateWarningChanged, this, &ProfileConnection::certificateWarningChanged);
    } else {
        if (config.baseUrl != m_wire->config().baseUrl)
            m_probe->reset();
        m_wire->setConfig(config);
    }
    m_audit->setContext({m_settings->activeProfile().name, config.baseUrl.host(), config.apiUser}, password);
    m_audit->setMaxBytes(m_settings->intValue(Setting::AuditMaxBytes));
    updateSignedOut();
    prepareHub([this] {
        // Behind a hub the builds are the hub's: the desk asks VICIdial no version.
        if (m_hub)
            adoptHubBuilds(m_hub, m_probe);
        else if (m_probe->isAdopted())
            m_probe->reset();
        if (m_hub && activeAgent().isEmpty())
            m_hub->start(); // its welcome may bind this desk to a phone or an agent
        Q_EMIT connected(activeAgent());
    });
}

void ProfileConnection::connectGateway()
{
    // Nothing of VICIdial on this desk: no password, no wire, no request.
    dropServerConnection();
    m_audit->setContext({m_settings->activeProfile().name, hubClientOptionsFrom(m_settings->activeProfile()).url.host(), QString()},
                        QString());
    m_audit->setMaxBytes(m_settings->intValue(Setting::AuditMaxBytes));
    updateSignedOut();
    prepareHub([this] {
        if (!m_hub)
            return;
        if (!m_hubCommands)
            m_hubCommands = new HubCommandSender(m_hub, this);
        if (!m_probe)
            m_probe = new CapabilityProbe(nullptr, this);
        adoptHubBuilds(m_hub, m_probe);
        m_hub->start();
        Q_EMIT connected(activeAgent());
    });
}

void ProfileConnection::followTokenBinding()
{
    // What the token is bound to is known from the hub's welcome.
    connect(m_hub, &HubClient::welcomed, this, [this] {
        if (m_options.agent.isEmpty() && !m_hub->boundPhone().isEmpty())
            m_hub->subscribePhone(m_hub->boundPhone());
        else if (m_options.agent.isEmpty() && !m_hub->boundAgent().isEmpty())
            Q_EMIT seatedAgentChanged(activeAgent());
    });
    connect(m_hub, &HubClient::seatChanged, this, [this] { Q_EMIT seatedAgentChanged(activeAgent()); });
}

void ProfileConnection::dropServerConnection()
{
    m_password.clear();
    if (m_wire) {
        // The sessions holding them are replaced on connected(); until then they must not dangle.
        m_wire->deleteLater();
        m_service->deleteLater();
        m_wire = nullptr;
        m_service = nullptr;
    }
    if (m_probe && !m_probe->isAdopted()) {
        m_probe->deleteLater();
        m_probe = nullptr;
    }
}

void ProfileConnection::prepareHub(std::function<void()> done)
{
    HubClientOptions options = hubClientOptionsFrom(m_settings->activeProfile());
    if (options.url.isEmpty()) {
        delete m_hubCommands;
        m_hubCommands = nullptr;
        delete m_hub;
        m_hub = nullptr;
        done();
        return;
    }
    auto apply = [this, done](const HubClientOptions &withToken) {
        if (!m_hub) {
            m_hub = new HubClient(withToken, this);
            followTokenBinding();
        } else {
            m_hub->setOptions(withToken);
        }
        done();
    };
    if (!options.token.isEmpty()) {
        apply(options);
        return;
    }
    m_credentials->readSecret(hubTokenKey(options.url), this, [options, apply](const PasswordLookup &lookup) mutable {
        options.token = lookup.found() ? lookup.password : QString(); // none: the hub refuses, the bar polls directly
        apply(options);
    });
}

bool ProfileConnection::reconnectIfChanged(const QString &runningAgent)
{
    const bool gateway = deskModeOf(m_settings->activeProfile()) == DeskMode::HubGateway;
    if (gateway || m_gateway) {
        if (gateway != m_gateway || runningAgent != activeAgent() || !m_hub
            || hubClientOptionsFrom(m_settings->activeProfile()).url != m_hub->options().url
            || hubClientOptionsFrom(m_settings->activeProfile()).secondUrl != m_hub->options().secondUrl) {
            connectActiveProfile();
            return true;
        }
        return false;
    }
    const ServerConfig wanted = activeServerConfig(m_password);
    const bool serverChanged = !m_wire || wanted.baseUrl != m_wire->config().baseUrl || wanted.apiUser != m_wire->config().apiUser;
    if (serverChanged || runningAgent != activeAgent()) {
        connectActiveProfile();
        return true;
    }
    if (const std::optional<QString> saved = m_credentials->cachedPassword(credentialKey(wanted.baseUrl, wanted.apiUser));
        saved && *saved != m_password) {
        connectWithPassword(*saved); // a new password: a person acted, so traffic may resume
        return true;
    }
    m_wire->setConfig(wanted);
    return false;
}

void ProfileConnection::resumeTraffic()
{
    if (m_wire)
        m_wire->resumeTraffic();
}

void ProfileConnection::updateSignedOut()
{
    const std::optional<Answer> reason = m_wire ? m_wire->trafficStopReason() : std::nullopt;
    m_window->setSignedOutReason(reason ? describeAnswer(*reason) : QString());
    const bool switchable = m_wire && m_options.server.isEmpty() && !m_settings->isLocked(Setting::ServerUrl);
    m_window->setSecureAddressOffer(switchable ? m_wire->secureAddressOffered() : QUrl());
}

void ProfileConnection::onTrafficStopped(const Answer &reason)
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

void ProfileConnection::switchToSecureAddress(const QUrl &address)
{
    // The keychain names a password by host and port: the same password goes with the new address.
    const ServerConfig current = activeServerConfig(m_password);
    if (!m_settings->setProfileValue(m_settings->activeProfileId(), Setting::ServerUrl, address.toString()) || !m_settings->save())
        return;
    if (!m_password.isEmpty() && credentialKey(address, current.apiUser) != credentialKey(current.baseUrl, current.apiUser))
        m_credentials->writePassword(credentialKey(address, current.apiUser), m_password, this);
    connectActiveProfile();
}

QString ProfileConnection::certificateWarning() const
{
    return m_wire ? m_wire->certificateWarning() : QString();
}
