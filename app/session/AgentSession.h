#pragma once

#include "state/ActionRules.h"
#include "state/CommandRecord.h"
#include "state/ConnectionState.h"
#include "state/ParkAlert.h"
#include "state/SessionOptions.h"

#include <QList>
#include <QObject>

#include <memory>
#include <optional>

class Clock;
class ParkCallService;
class StatePoller;
class WireClient;

// Everything the bar shows about one agent, and the one way to act for them.
// Owns the poller, capability probe, command ledger, confirmation and park
// timer for that agent; the bar and the command line only read it and call
// request(). Every request goes through the same rules as the buttons.
class AgentSession : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentSession)

public:
    // clock: nullptr means Clock::system(). client and service must outlive the session.
    AgentSession(WireClient *client, ParkCallService *service, const QString &agent, const SessionOptions &options,
                 Clock *clock, QObject *parent = nullptr);
    ~AgentSession() override;

    QString agent() const;
    void setOptions(const SessionOptions &options);
    const SessionOptions &options() const;

    // Probes the version and starts polling; stop() ends all traffic.
    void start();
    void stop();
    // A person asked to try again after a sign-out or while offline: exactly
    // one poll (WireClient::setConfig resumes a stopped client by itself).
    // Also after fixing a password the poller refused to use.
    void retry();
    // The computer goes to sleep / wakes up: no polls in between; resume() polls at once.
    void pause();
    void resume();
    bool isPaused() const;

    // Sends the command if the rules allow it; otherwise emits actionRefused
    // with the rule's reason and sends nothing. Returns whether it was sent.
    bool request(ParkAction action);

    const ActionStates &actionStates() const;
    ConnectionState connection() const;
    FeedState feed() const;
    std::optional<AgentSnapshot> snapshot() const;
    ServerCapabilities capabilities() const;
    LedgerFacts ledgerFacts() const;
    std::optional<ParkAction> pendingAction() const;

    // Monotonic ms since the customer was parked (from our command or the
    // first poll that showed PARK); nullopt when not parked.
    std::optional<qint64> parkedForMs() const;
    ParkAlert parkAlert() const;

    // Newest last; bounded.
    const QList<CommandRecord> &history() const;

    // Everything the rules were given for actionStates(), for displays and the command line.
    RuleInput ruleInput() const;
    // The version of both APIs has been asked once (answered or not).
    bool probeFinished() const;
    // For tests and diagnostics (poll counts, jitter source); owned by the session.
    StatePoller *poller() const;

Q_SIGNALS:
    // Anything visible changed: snapshot, states, connection, timer level.
    void changed();
    void actionRefused(ParkAction action, const QString &reason);
    void commandStarted(const CommandRecord &record);
    // The server's answer arrived (record.finished is true), or the command
    // was refused before leaving (Busy, traffic stopped: record.result.reachedServer is false).
    void commandFinished(const CommandRecord &record);
    // Exactly once per command, after commandFinished; the command is no longer pending.
    // The verdict: Confirmed, NotCarriedOut or Unknown after a SUCCESS (or an unclear
    // answer) of a value whose effect shows in the state; NotApplicable after a refusal,
    // and after SUCCESS of PARK_XFER / GRAB_XFER, whose effect no state shows
    // (record.confirmationText says so).
    void commandSettled(const CommandRecord &record);
    // Emitted once per parked call per level, never every poll.
    void parkAlertRaised(ParkAlert level, const QString &agent, qint64 parkedForMs);

private:
    class Private;
    std::unique_ptr<Private> d;
};
