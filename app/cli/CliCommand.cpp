#include "cli/CliCommand.h"

#include "audit/AuditRecorder.h"
#include "cli/CliText.h"
#include "hub/HubClient.h"
#include "hub/HubSession.h"
#include "services/CapabilityProbe.h"
#include "services/ParkCallService.h"
#include "session/PollingSession.h"
#include "vicidial/WireClient.h"

#include <QTextStream>

CliCommand::CliCommand(const ServerConfig &server, const QString &agent, const SessionOptions &options, QTextStream &out,
                       QTextStream &err, Clock *clock, QObject *parent)
    : QObject(parent), m_out(out), m_err(err), m_client(new WireClient(server, this)),
      m_service(new ParkCallService(m_client, this)), m_probe(new CapabilityProbe(m_client, this)), m_agent(agent),
      m_options(options), m_clock(clock)
{
}

CliCommand::~CliCommand() = default;

void CliCommand::followHub(const HubClientOptions &hub)
{
    Q_ASSERT(!m_session);
    m_hubOptions = hub;
}

AgentSession *CliCommand::ensureSession()
{
    if (m_session)
        return m_session;
    if (!m_hubOptions.url.isEmpty()) {
        m_hub = new HubClient(m_hubOptions, this);
        m_session = createHubSession(m_hub, m_client, m_probe, m_service, m_agent, m_options, m_clock, this);
    } else {
        m_session = createPollingSession(m_client, m_probe, m_service, m_agent, m_options, m_clock, this);
    }
    connect(m_session, &AgentSession::changed, this, &CliCommand::onSessionChanged);
    return m_session;
}

void CliCommand::start()
{
    ensureSession()->start();
}

void CliCommand::recordTo(AuditRecorder *audit)
{
    audit->watch(ensureSession());
}

void CliCommand::onSessionChanged()
{
    if (m_ready || m_finished)
        return;
    // Stopped traffic (even during the version probe: a proxy's 407, a
    // redirect to https) ends the run at once; anything else waits for the probe.
    if (!m_session->probeFinished() && m_session->feed() != FeedState::AuthStopped)
        return;
    switch (m_session->feed()) {
    case FeedState::Waiting:
        return;
    case FeedState::AuthStopped:
        if (const QString proxy = m_client->proxyAskingForCredentials(); !proxy.isEmpty())
            complain(tr("%1 No user name and password for it are saved in the keychain: start ParkBar's window once and "
                        "enter them when it asks.")
                         .arg(m_session->connection().detail));
        else
            complain(m_session->connection().detail);
        finish(CliExitCode::SignedOut);
        return;
    case FeedState::Offline:
        complain(m_session->connection().detail);
        finish(CliExitCode::Unreachable);
        return;
    case FeedState::Stale:
    case FeedState::Live:
        break;
    }
    m_ready = true;
    onSessionReady();
}

void CliCommand::complain(const QString &text)
{
    m_err << "parkbar: " << CliText::printable(text) << Qt::endl;
}

void CliCommand::say(const QString &line)
{
    m_out << CliText::printable(line) << Qt::endl;
}

void CliCommand::finish(CliExitCode code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_exitCode = exitCodeValue(code);
    if (m_session)
        m_session->stop();
    m_out.flush();
    m_err.flush();
    Q_EMIT finished(m_exitCode);
}
