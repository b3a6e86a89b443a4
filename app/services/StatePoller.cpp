#include "services/StatePoller.h"

#include "util/Clock.h"
#include "util/Logging.h"
#include "vicidial/AgentTableParser.h"
#include "vicidial/ApiRequest.h"
#include "vicidial/WireClient.h"

#include <QRandomGenerator>

namespace {
bool isAbsence(ResultKind kind)
{
    // The server answered, and there is no state to show: a fact, not a fault.
    return kind == ResultKind::NotLoggedIn || kind == ResultKind::AgentNotFound || kind == ResultKind::InvalidValue;
}
} // namespace

StatePoller::StatePoller(WireClient *client, const QString &agent, const SessionOptions &options, Clock *clock,
                         QObject *parent)
    : AgentFeed(parent), m_client(client), m_agent(agent), m_options(options), m_clock(clock),
      m_jitter([] { return QRandomGenerator::global()->generateDouble(); })
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &StatePoller::sendPoll);
    connect(client, &WireClient::trafficStopped, this, &StatePoller::onTrafficStopped);
    connect(client, &WireClient::trafficResumed, this, &StatePoller::onTrafficResumed);
}

StatePoller::~StatePoller()
{
    stop();
}

void StatePoller::setOptions(const SessionOptions &options)
{
    m_options = options;
    if (m_timer.isActive())
        schedule();
}

void StatePoller::setJitterSource(std::function<double()> jitter)
{
    m_jitter = std::move(jitter);
}

void StatePoller::start()
{
    if (m_running)
        return;
    m_running = true;
    m_stoppedByServer = m_client && m_client->isTrafficStopped();
    m_situation = {};
    if (m_stoppedByServer)
        Q_EMIT polled(stoppedOutcome());
    else
        pollNow();
}

void StatePoller::stop()
{
    m_running = false;
    m_pollSoon = false;
    m_timer.stop();
    m_nextPollAtMs = 0;
    if (WireCall *call = m_call.data()) {
        m_call.clear();
        disconnect(call, nullptr, this, nullptr);
        call->abort(); // so it cannot overlap a poll after a restart
    }
}

void StatePoller::pause()
{
    m_paused = true;
    m_timer.stop();
    m_nextPollAtMs = 0;
}

void StatePoller::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    pollNow();
}

void StatePoller::retry()
{
    if (m_client && m_client->isTrafficStopped()) {
        m_client->resumeTraffic(); // trafficResumed brings exactly one poll
        return;
    }
    if (!m_running)
        start();
    else
        pollNow();
}

void StatePoller::pollNow()
{
    if (!m_running || m_paused || m_stoppedByServer)
        return;
    if (isInFlight()) {
        m_pollSoon = true;
        return;
    }
    scheduleIn(0);
}

void StatePoller::setConfirming(bool confirming)
{
    if (m_situation.confirming == confirming)
        return;
    m_situation.confirming = confirming;
    if (m_timer.isActive() && m_clock->monotonicMs() + nextPollDelayMs(m_situation, m_options, 1.0) < m_nextPollAtMs)
        schedule();
}

void StatePoller::sendPoll()
{
    if (!m_running || m_paused || m_stoppedByServer || isInFlight() || !m_client)
        return;
    m_nextPollAtMs = 0;
    m_pollSoon = false;
    const qint64 sentAtMs = m_clock->monotonicMs();
    WireCall *call = m_client->send(ApiRequest::agentStatus(m_agent));
    m_call = call;
    ++m_pollsSent;
    connect(call, &WireCall::finished, this, [this, call, sentAtMs](const WireResponse &response) {
        if (m_call.data() != call)
            return;
        m_call.clear();
        onAnswer(response, sentAtMs);
    });
}

void StatePoller::onAnswer(const WireResponse &response, qint64 sentAtMs)
{
    PollOutcome outcome;
    outcome.sentAtMs = sentAtMs;
    outcome.latencyMs = response.latencyMs;
    if (response.failure) {
        outcome.answer = *response.failure;
    } else {
        const AgentStatusResult result = parseAgentStatus(response.body, m_client->redactor(), m_agent);
        outcome.answer = result.answer;
        outcome.snapshot = result.agent;
    }

    const ResultKind kind = outcome.answer.kind;
    // This answer, or a park_call answer while it was out, may have stopped traffic.
    if (m_client && m_client->isTrafficStopped()) {
        const qint64 latencyMs = outcome.latencyMs;
        outcome = stoppedOutcome();
        outcome.sentAtMs = sentAtMs;
        outcome.latencyMs = latencyMs;
        m_stoppedByServer = true;
    } else if (outcome.snapshot) {
        outcome.kind = PollOutcome::Kind::Snapshot;
        m_situation.agent = PollSituation::Agent::LoggedIn;
        m_situation.consecutiveFailures = 0;
    } else if (isAbsence(kind)) {
        outcome.kind = PollOutcome::Kind::AgentAbsent;
        m_situation.agent = PollSituation::Agent::LoggedOut;
        m_situation.consecutiveFailures = 0;
    } else {
        outcome.kind = PollOutcome::Kind::Failed;
        ++m_situation.consecutiveFailures;
        qCInfo(lcState) << "agent_status for" << m_agent << "failed:" << resultKindName(kind) << "- failure"
                        << m_situation.consecutiveFailures << "in a row";
    }
    if (m_running && !m_paused && !m_stoppedByServer) {
        if (m_pollSoon && outcome.kind != PollOutcome::Kind::Failed)
            scheduleIn(0);
        else
            schedule();
    }
    outcome.nextPollAtMs = m_nextPollAtMs;
    Q_EMIT polled(outcome);
}

void StatePoller::schedule()
{
    scheduleIn(nextPollDelayMs(m_situation, m_options, m_jitter ? m_jitter() : 0.5));
}

void StatePoller::scheduleIn(int delayMs)
{
    m_nextPollAtMs = m_clock->monotonicMs() + delayMs;
    m_timer.start(delayMs);
}

PollOutcome StatePoller::stoppedOutcome() const
{
    PollOutcome outcome;
    outcome.kind = PollOutcome::Kind::Stopped;
    if (m_client && m_client->trafficStopReason())
        outcome.answer = *m_client->trafficStopReason();
    return outcome;
}

void StatePoller::onTrafficStopped()
{
    m_stoppedByServer = true;
    m_timer.stop();
    m_nextPollAtMs = 0;
    if (isInFlight() || !m_running)
        return; // the poll's own answer reports it
    Q_EMIT polled(stoppedOutcome());
}

void StatePoller::onTrafficResumed()
{
    Q_EMIT resumed();
    if (!m_stoppedByServer)
        return;
    m_stoppedByServer = false;
    m_situation.consecutiveFailures = 0;
    pollNow();
}
