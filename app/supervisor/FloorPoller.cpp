#include "supervisor/FloorPoller.h"

#include "util/Clock.h"
#include "util/Logging.h"
#include "vicidial/AgentTableParser.h"
#include "vicidial/WireClient.h"

#include <QRandomGenerator>

FloorPoller::FloorPoller(WireClient *client, Clock *clock, QObject *parent)
    : FloorFeed(parent), m_client(client), m_clock(clock ? clock : Clock::system()),
      m_jitter([] { return QRandomGenerator::global()->generateDouble() * 2.0 - 1.0; })
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &FloorPoller::poll);
    m_intervalMs = m_policy.baseIntervalMs;
    // A person pressed Retry or changed the settings: start again at once.
    connect(client, &WireClient::trafficResumed, this, [this] {
        m_failuresInARow = 0;
        Q_EMIT resumed();
        if (m_running)
            pollNow();
    });
}

void FloorPoller::setFilters(const QStringList &campaigns, const QStringList &userGroups)
{
    m_campaigns = campaigns;
    m_userGroups = userGroups;
}

bool FloorPoller::isStopped() const
{
    return m_client && m_client->isTrafficStopped();
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
    m_nextPollAtMs = 0;
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

void FloorPoller::retry()
{
    if (isStopped())
        m_client->resumeTraffic(); // trafficResumed polls once
    else
        pollNow();
}

void FloorPoller::schedule(int delayMs)
{
    if (!m_running)
        return;
    if (delayMs != m_intervalMs) {
        m_intervalMs = delayMs;
        Q_EMIT intervalChanged(delayMs, isStretched());
    }
    const int wait = m_pollAgainWhenBack ? 0 : delayMs;
    m_pollAgainWhenBack = false;
    m_nextPollAtMs = m_clock->monotonicMs() + wait;
    m_timer.start(wait);
}

void FloorPoller::fail(const Answer &answer)
{
    if (isStopped()) {
        // No more polls until trafficResumed: a person must act first.
        m_nextPollAtMs = 0;
        Q_EMIT pollFailed(*m_client->trafficStopReason());
        return;
    }
    schedule(m_policy.intervalAfterFailure(++m_failuresInARow, m_jitter()));
    Q_EMIT pollFailed(answer);
}

void FloorPoller::poll()
{
    if (!m_running || m_inFlight || !m_client)
        return;
    if (isStopped()) {
        fail({});
        return;
    }
    m_inFlight = true;
    m_nextPollAtMs = 0;
    const qint64 sentAtMs = m_clock->monotonicMs();
    WireCall *call = m_client->send(ApiRequest::loggedInAgents(m_campaigns, m_userGroups));
    connect(call, &WireCall::finished, this, [this, sentAtMs](const WireResponse &response) {
        m_inFlight = false;
        if (response.failure) {
            fail(*response.failure);
            return;
        }
        const LoggedInAgentsResult result = parseLoggedInAgents(response.body, m_client->redactor());
        if (result.answer.kind != ResultKind::Success && result.answer.kind != ResultKind::NoLoggedInAgents) {
            fail(result.answer);
            return;
        }
        m_failuresInARow = 0;
        m_smoothedResponseMs = m_smoothedResponseMs < 0 ? double(response.latencyMs)
                                                        : 0.7 * m_smoothedResponseMs + 0.3 * double(response.latencyMs);
        m_lastFloor = result.agents;
        m_lastFloorSentAtMs = sentAtMs;
        m_hasFloor = true;
        Q_EMIT floorUpdated(m_lastFloor, sentAtMs);
        schedule(m_policy.intervalAfterAnswer(m_smoothedResponseMs));
    });
}
