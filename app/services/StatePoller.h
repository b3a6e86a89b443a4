#pragma once

#include "services/AgentFeed.h"
#include "state/PollOutcome.h"
#include "state/PollSchedule.h"
#include "state/SessionOptions.h"
#include "vicidial/Answer.h"

#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

class Clock;
class WireCall;
class WireClient;
struct WireResponse;

// Polls agent_status for one agent. Never two polls in flight: the next is
// scheduled only when the previous one has answered or failed, after a delay
// from nextPollDelayMs(). Whether requests stopped is the WireClient's word
// alone: after it stops traffic the poller reports Stopped with its reason
// and polls again only when a person retries or changes the settings
// (WireClient::trafficResumed): at most one failing request per person's action.
class StatePoller final : public AgentFeed
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatePoller)

public:
    StatePoller(WireClient *client, const QString &agent, const SessionOptions &options, Clock *clock,
                QObject *parent = nullptr);
    ~StatePoller() override;

    void setOptions(const SessionOptions &options) override;
    // Returns numbers in [0, 1); the default is QRandomGenerator.
    void setJitterSource(std::function<double()> jitter);

    void start() override;   // polls now, then on schedule
    void stop() override;
    void pause() override;
    void resume() override;
    void pollNow() override;
    void setConfirming(bool confirming) override;
    void retry() override;

    bool isRunning() const override { return m_running; }
    bool isPaused() const override { return m_paused; }
    int freshnessMs() const override { return m_options.confirmingPollMs; }
    bool isInFlight() const { return !m_call.isNull(); }
    bool isStoppedByServer() const { return m_stoppedByServer; }
    int consecutiveFailures() const { return m_situation.consecutiveFailures; }
    qint64 nextPollAtMs() const { return m_nextPollAtMs; }
    int pollsSent() const { return m_pollsSent; }

private:
    void sendPoll();
    void onAnswer(const WireResponse &response, qint64 sentAtMs);
    void schedule();
    void scheduleIn(int delayMs);
    void onTrafficStopped();
    PollOutcome stoppedOutcome() const;
    void onTrafficResumed();

    QPointer<WireClient> m_client;
    QString m_agent;
    SessionOptions m_options;
    Clock *m_clock = nullptr;
    std::function<double()> m_jitter;
    QTimer m_timer;
    QPointer<WireCall> m_call;
    PollSituation m_situation;
    qint64 m_nextPollAtMs = 0;
    int m_pollsSent = 0;
    bool m_running = false;
    bool m_paused = false;
    bool m_stoppedByServer = false;
    bool m_pollSoon = false;
};
