#include "supervisor/FloorPoller.h"

#include "util/Logging.h"
#include "vicidial/AgentTableParser.h"
#include "vicidial/WireClient.h"

#include <QCoreApplication>
#include <QRandomGenerator>

FloorPoller::FloorPoller(WireClient *client, QObject *parent)
    : QObject(parent), m_client(client), m_jitter([] { return QRandomGenerator::global()->generateDouble() * 2.0 - 1.0; })
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &FloorPoller::poll);
    m_intervalMs = m_policy.baseIntervalMs;
    // A person pressed Retry or changed the settings: start again at once.
    connect(client, &WireClient::trafficResumed, this, [this] {
        if (m_running)
            pollNow();
    });
}

void FloorPoller::setFilters(const QStringList &campaigns, const QStringList &userGroups)
{
    m_campaigns = campaigns;
    m_userGroups = userGroups;
}

void FloorPoller::start()
{
    m_running = true;
    m_failuresInARow = 0;
    pollNow();
}

void FloorPoller::stop()
{
    m_running = false;
    m_timer.stop();
}

void FloorPoller::pollNow()
{
    if (!m_running)
        return;
    if (m_inFlight) {
        m_pollAgainWhenBack = true;
        return;
    }
    m_timer.stop();
    poll();
}

void FloorPoller::schedule(int delayMs)
{
    if (!m_running)
        return;
    if (delayMs != m_intervalMs) {
        m_intervalMs = delayMs;
        Q_EMIT intervalChanged(delayMs, isStretched());
    }
    m_timer.start(m_pollAgainWhenBack ? 0 : delayMs);
    m_pollAgainWhenBack = false;
}

void FloorPoller::poll()
{
    if (!m_running || m_inFlight || !m_client)
        return;
    if (m_client->isTrafficStopped())
        return; // waits for trafficResumed: a person must act first
    if (Redactor::nonAgentApiAltersPassword(m_client->config().password)) {
        // It would fail every time and count towards the lockout (PROTOCOL.md section 6): never send it.
        Answer refusal;
        refusal.kind = ResultKind::NotSent;
        refusal.detail = QStringLiteral("password-unusable-for-logged-in-agents");
        refusal.text = QCoreApplication::translate(
            "FloorPoller", "Not sent: the API password has characters that the server's non-agent API removes (it keeps "
                           "only letters, digits, - and _), so reading the floor would always fail and count towards the "
                           "account lockout. Use a password of letters, digits, - and _, then press Retry.");
        Q_EMIT pollFailed(refusal); // waits, like a stop, for new settings or Retry
        return;
    }
    m_inFlight = true;
    WireCall *call = m_client->send(ApiRequest::loggedInAgents(m_campaigns, m_userGroups));
    connect(call, &WireCall::finished, this, [this](const WireResponse &response) {
        m_inFlight = false;
        if (response.failure) {
            Q_EMIT pollFailed(*response.failure);
            if (response.failure->kind != ResultKind::NotSent)
                schedule(m_policy.intervalAfterFailure(++m_failuresInARow, m_jitter()));
            return;
        }
        const LoggedInAgentsResult result = parseLoggedInAgents(response.body, m_client->redactor());
        if (result.answer.kind != ResultKind::Success && result.answer.kind != ResultKind::NoLoggedInAgents) {
            Q_EMIT pollFailed(result.answer);
            if (!stopsTraffic(result.answer.kind))
                schedule(m_policy.intervalAfterFailure(++m_failuresInARow, m_jitter()));
            return;
        }
        m_failuresInARow = 0;
        m_smoothedResponseMs = m_smoothedResponseMs < 0 ? double(response.latencyMs)
                                                        : 0.7 * m_smoothedResponseMs + 0.3 * double(response.latencyMs);
        Q_EMIT floorUpdated(result.agents);
        schedule(m_policy.intervalAfterAnswer(m_smoothedResponseMs));
    });
}
