#pragma once

#include "cli/CliExitCode.h"
#include "hub/HubClientOptions.h"
#include "state/SessionOptions.h"
#include "vicidial/ServerConfig.h"

#include <QObject>
#include <QString>

class AgentSession;
class AuditRecorder;
class CapabilityProbe;
class Clock;
class HubClient;
class ParkCallService;
class QTextStream;
class WireClient;

// A headless run on the event loop: one session for one agent, its own wire
// client (and the profile's hub, when it names one), output to the streams
// the caller gives. start() returns at once;
// finished(exitCode) comes exactly once, after the session has been stopped.
// The session starts with the version probe and one poll; the subclass acts
// once both are in (onSessionReady), unless the server cannot be asked.
class CliCommand : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliCommand)

public:
    ~CliCommand() override;

    // Before start(): read the agent's state from this hub instead of polling
    // (polling directly while the hub cannot be relied on), as the bar does.
    void followHub(const HubClientOptions &hub);
    void start();
    // Every command sent goes to this audit log too (the caller sets its context).
    void recordTo(AuditRecorder *audit);
    bool isFinished() const { return m_finished; }
    int exitCode() const { return m_exitCode; }

Q_SIGNALS:
    void finished(int exitCode);

protected:
    CliCommand(const ServerConfig &server, const QString &agent, const SessionOptions &options, QTextStream &out,
               QTextStream &err, Clock *clock, QObject *parent);

    virtual void onSessionReady() = 0;
    void finish(CliExitCode code);
    AgentSession *session() const { return m_session; }
    // The hub followed, if any (its address for the source line).
    const HubClientOptions &hub() const { return m_hubOptions; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    // "parkbar: " + text, as one line on stderr; control characters removed.
    void complain(const QString &text);
    // One line on stdout, control characters removed: it may hold the server's words.
    void say(const QString &line);

private:
    AgentSession *ensureSession();
    void onSessionChanged();

    QTextStream &m_out;
    QTextStream &m_err;
    WireClient *m_client = nullptr;
    ParkCallService *m_service = nullptr;
    CapabilityProbe *m_probe = nullptr;
    HubClient *m_hub = nullptr;
    HubClientOptions m_hubOptions;
    QString m_agent;
    SessionOptions m_options;
    Clock *m_clock = nullptr;
    AgentSession *m_session = nullptr;
    bool m_ready = false;
    bool m_finished = false;
    int m_exitCode = 0;
};
