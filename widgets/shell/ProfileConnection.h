#pragma once

#include "shell/LaunchOptions.h"
#include "vicidial/ProxyCredentials.h"
#include "vicidial/ServerConfig.h"

#include <QObject>

#include <functional>

class AuditRecorder;
class CapabilityProbe;
class Clock;
class CommandSender;
class CredentialStore;
class HubClient;
class HubCommandSender;
class MainWindow;
class ParkCallService;
class ProxyCredentialsFlow;
struct Answer;
class SettingsStore;
class WireClient;

// The active profile and the server it names: its server config (with the
// command line's overrides), the password (keychain, or a prompt), and the
// one connection to that server: the wire client, the command service and
// the capability probe, kept across profile changes; and the hub the profile
// follows, if it names one (its token from the administrator's file or the
// keychain). In gateway mode (hub/mode) there is no password and no
// connection to VICIdial at all: commands go through the hub.
class ProfileConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileConnection)

public:
    // Everything given must outlive this; window shows the profiles, the
    // signed-out reason and the prompts. Selects the profile the command line names.
    ProfileConnection(const LaunchOptions &options, SettingsStore *settings, CredentialStore *credentials,
                      AuditRecorder *audit, MainWindow *window, Clock *clock, QObject *parent = nullptr);

    // Null until the first password is known, and always in gateway mode.
    WireClient *wire() const { return m_wire; }
    ParkCallService *service() const { return m_service; }
    // Where the sessions' commands go: the server (service()) or, in gateway mode, the hub.
    CommandSender *commands() const;
    bool isGateway() const { return m_gateway; }
    CapabilityProbe *probe() const { return m_probe; }
    // The profile's hub; null when it names none.
    HubClient *hub() const { return m_hub; }
    // The agent this run acts for: the command line's; else, behind a hub, the
    // one seated at the token's phone or the token's agent; else the profile's.
    QString activeAgent() const;

    // Finds the password for the active profile, then connects (connected()).
    void connectActiveProfile();
    void selectProfile(const QString &name);
    // After the settings changed: reconnects (true) when the server, the API
    // user, the agent or the saved password changed; otherwise only hands the
    // wire its new config (false). runningAgent: the session's, empty for none.
    bool reconnectIfChanged(const QString &runningAgent);
    // A person asked to try again: stopped traffic may go.
    void resumeTraffic();
    // The person chose the https address the server redirected to: the
    // profile keeps it from now on, with the same password.
    void switchToSecureAddress(const QUrl &address);
    // The certificate warning of the connection now (empty: none).
    QString certificateWarning() const;

Q_SIGNALS:
    // The connection is ready for the agent's session (agent may be empty).
    void connected(const QString &agent);
    // Another agent sat down at the phone this desk's token is bound to (empty: nobody).
    void seatedAgentChanged(const QString &agent);
    // The profile lacks a server or API user: a person has to fill them in.
    void setupNeeded();
    // The server's certificate expires soon, or has and is pinned (empty: no warning).
    void certificateWarningChanged(const QString &warning);

private:
    void connectWithPassword(const QString &password);
    void connectNow(const QString &password);
    // Gateway mode: only the hub, no password and no wire.
    void connectGateway();
    void dropServerConnection();
    void followTokenBinding();
    void onTrafficStopped(const Answer &reason);
    // Points the hub client at the profile's hub (reading its token first), then done().
    void prepareHub(std::function<void()> done);
    void askForPassword(const QString &why);
    void updateSignedOut();
    ServerConfig activeServerConfig(const QString &password) const;

    LaunchOptions m_options;
    SettingsStore *m_settings;
    CredentialStore *m_credentials;
    AuditRecorder *m_audit;
    MainWindow *m_window;
    Clock *m_clock;
    WireClient *m_wire = nullptr;
    ParkCallService *m_service = nullptr;
    CapabilityProbe *m_probe = nullptr;
    HubClient *m_hub = nullptr;
    HubCommandSender *m_hubCommands = nullptr;
    bool m_gateway = false;
    ProxyCredentialsFlow *m_proxyFlow = nullptr;
    QString m_password; // in memory for this run only
    ProxyCredentials m_proxyCredentials; // likewise
};
