#include "hub/HubPoller.h"

#include "hub/FloorSource.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QRandomGenerator>

#include <algorithm>

HubPoller::HubPoller(FloorSource *source, const HubPollerOptions &options, Clock *clock, QObject *parent)
    : QObject(parent), m_source(source), m_clock(clock), m_served(options.served), m_configuredIvrModes(options.configuredIvrModes),
      m_jitter([] { return QRandomGenerator::global()->generateDouble() * 2.0 - 1.0; })
{
    m_policy.baseIntervalMs = std::max(1, options.intervalMs);
    m_policy.serverBudget = options.serverBudget;
    m_policy.maxIntervalMs = options.maxIntervalMs;
    m_policy.maxBackoffMs = options.maxBackoffMs;
    m_intervalMs = m_policy.baseIntervalMs;
    m_noDataReason = tr("The hub has not read the floor yet");
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &HubPoller::read);
    connect(source, &FloorSource::readingReady, this, &HubPoller::onReading);
    connect(source, &FloorSource::readFailed, this, &HubPoller::onFailure);
}

void HubPoller::start()
{
    m_running = true;
    m_failuresInARow = 0;
    pollNow();
}

void HubPoller::stop()
{
    m_running = false;
    m_timer.stop();
}

void HubPoller::pollNow()
{
    if (!m_running)
        return;
    if (m_inFlight) {
        m_readAgainWhenBack = true;
        return;
    }
    m_timer.stop();
    read();
}

QList<AgentSnapshot> HubPoller::agentList() const
{
    QList<AgentSnapshot> agents = m_agents.values();
    std::sort(agents.begin(), agents.end(), [](const AgentSnapshot &a, const AgentSnapshot &b) { return a.user < b.user; });
    return agents;
}

void HubPoller::read()
{
    if (!m_running || m_inFlight || !m_source || m_source->isReading())
        return;
    m_inFlight = true;
    m_readStartedMs = m_clock->monotonicMs();
    m_source->read();
}

void HubPoller::schedule(int intervalMs, bool fromStart)
{
    if (!m_running)
        return;
    if (intervalMs != m_intervalMs) {
        m_intervalMs = intervalMs;
        Q_EMIT intervalChanged(intervalMs, isStretched());
    }
    const qint64 elapsed = fromStart ? m_clock->monotonicMs() - m_readStartedMs : 0;
    const int delay = m_readAgainWhenBack ? 0 : int(std::clamp<qint64>(intervalMs - elapsed, 0, intervalMs));
    m_readAgainWhenBack = false;
    m_timer.start(delay);
}

void HubPoller::onReading(const FloorReading &reading)
{
    if (!m_inFlight)
        return; // a read nobody here asked for
    m_inFlight = false;
    m_failuresInARow = 0;
    m_lastFailure.clear();

    QList<AgentSnapshot> served;
    served.reserve(reading.agents.size());
    for (const AgentSnapshot &agent : reading.agents) {
        if (m_served.contains(agent))
            served.append(agent);
    }
    QHash<QString, ParkIvrMode> modes;
    for (auto it = reading.campaignIvrModes.cbegin(); it != reading.campaignIvrModes.cend(); ++it) {
        if (m_served.containsCampaign(it.key()))
            modes.insert(it.key(), it.value());
    }
    for (auto it = m_configuredIvrModes.cbegin(); it != m_configuredIvrModes.cend(); ++it) {
        if (m_served.containsCampaign(it.key()))
            modes.insert(it.key(), it.value());
    }

    FloorDiff diff = FloorDiff::between(m_agents, served);
    diff.ivrModesChanged = modes != m_ivrModes;
    diff.readAtMs = reading.readAtMs > 0 ? reading.readAtMs : m_clock->msecsSinceEpoch();
    diff.sequence = ++m_sequence;
    m_readAtMs = diff.readAtMs;
    m_ivrModes = modes;
    if (!diff.isEmpty()) {
        m_agents.clear();
        m_agents.reserve(served.size());
        for (const AgentSnapshot &agent : served)
            m_agents.insert(agent.user, agent);
    }

    const double sourceMs = double(reading.sourceMicroseconds) / 1000.0;
    m_smoothedSourceMs = m_smoothedSourceMs < 0 ? sourceMs : 0.7 * m_smoothedSourceMs + 0.3 * sourceMs;
    schedule(m_policy.intervalAfterAnswer(m_smoothedSourceMs), true);

    Q_EMIT readingTaken(reading.sourceMicroseconds, int(served.size()));
    if (!m_hasData) {
        m_hasData = true;
        m_noDataReason.clear();
        qCInfo(lcHub).noquote() << "serving" << served.size() << "agents from the" << m_source->kind() << "source";
        Q_EMIT dataAvailabilityChanged(true, {});
    } else if (!diff.isEmpty()) {
        Q_EMIT floorChanged(diff);
    }
}

void HubPoller::onFailure(const QString &reason)
{
    if (!m_inFlight)
        return;
    m_inFlight = false;
    ++m_failuresInARow;
    if (reason != m_lastFailure) // a failing source says the same thing every time: once is enough
        qCWarning(lcHub).noquote() << "the" << m_source->kind() << "source failed:" << reason;
    m_lastFailure = reason;
    schedule(m_policy.intervalAfterFailure(m_failuresInARow, m_jitter()), false); // back off from now
    Q_EMIT readFailed(reason);
    if (m_hasData) {
        m_hasData = false;
        m_noDataReason = reason;
        Q_EMIT dataAvailabilityChanged(false, reason);
    } else if (m_noDataReason != reason) {
        m_noDataReason = reason;
        Q_EMIT dataAvailabilityChanged(false, reason);
    }
}
