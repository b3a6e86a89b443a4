#include "hub/ApiFloorSource.h"

#include "util/Clock.h"
#include "util/Logging.h"
#include "vicidial/AgentTableParser.h"
#include "vicidial/AnswerText.h"
#include "vicidial/WireClient.h"

ApiFloorSource::ApiFloorSource(const ServerConfig &config, const HubScope &served, Clock *clock, QObject *parent)
    : FloorSource(parent), m_wire(new WireClient(config, clock, this)), m_served(served), m_clock(clock)
{
    connect(m_wire, &WireClient::trafficStopped, this, [](const Answer &reason) {
        qCCritical(lcHub).noquote() << "VICIdial refused the API user:" << reason.text
                                    << "- the hub sends no more requests until it is restarted or reloaded (SIGHUP)";
    });
}

ApiFloorSource::~ApiFloorSource() = default;

bool ApiFloorSource::isStopped() const
{
    return m_wire->isTrafficStopped();
}

void ApiFloorSource::reload(const ServerConfig &config)
{
    m_wire->setConfig(config); // new settings count as a person acting: stopped traffic resumes
}

void ApiFloorSource::failSoon(const QString &reason)
{
    // Exactly one answer per read, after read() has returned, like a real request.
    m_failurePending = true;
    QMetaObject::invokeMethod(
        this,
        [this, reason] {
            m_failurePending = false;
            Q_EMIT readFailed(reason);
        },
        Qt::QueuedConnection);
}

void ApiFloorSource::read()
{
    if (isReading() || m_failurePending)
        return;
    if (const std::optional<Answer> stop = m_wire->trafficStopReason()) {
        failSoon(tr("Stopped after VICIdial refused the API user (%1): restart or reload the hub after fixing it")
                     .arg(stop->text));
        return;
    }
    m_elapsed.start();
    WireCall *call = m_wire->send(ApiRequest::loggedInAgents(m_served.campaigns, m_served.userGroups));
    m_call = call;
    connect(call, &WireCall::finished, this, [this](const WireResponse &response) {
        m_call.clear();
        const qint64 microseconds = m_elapsed.nsecsElapsed() / 1000;
        const qint64 readAtMs = m_clock->msecsSinceEpoch();
        if (response.failure) {
            Q_EMIT readFailed(tr("logged_in_agents failed: %1").arg(describeAnswer(*response.failure)));
            return;
        }
        const LoggedInAgentsResult result = parseLoggedInAgents(response.body, m_wire->redactor());
        if (result.answer.kind != ResultKind::Success && result.answer.kind != ResultKind::NoLoggedInAgents) {
            Q_EMIT readFailed(tr("logged_in_agents failed: %1").arg(describeAnswer(result.answer)));
            return;
        }
        if (result.malformedRows > 0)
            qCWarning(lcHub) << "logged_in_agents had" << result.malformedRows << "malformed rows; they were left out";
        FloorReading reading;
        reading.agents = result.agents;
        reading.readAtMs = readAtMs;
        reading.sourceMicroseconds = microseconds;
        Q_EMIT readingReady(reading);
    });
}
