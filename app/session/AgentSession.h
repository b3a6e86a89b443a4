#pragma once

#include "session/SessionView.h"
#include "state/ActionRules.h"
#include "state/CommandLedger.h"
#include "state/CommandRecord.h"
#include "state/SessionOptions.h"

#include <QList>
#include <QObject>

#include <memory>
#include <optional>

class AgentFeed;
class CapabilityProbe;
class Clock;
class CommandSender;

// What a session is built from. The feed becomes the session's child; the
// probe (one per server) and the sender are shared and must outlive it.
struct SessionParts
{
    AgentFeed *feed = nullptr;
    CapabilityProbe *probe = nullptr;
    CommandSender *commands = nullptr;
};

// Everything the bar shows about one agent, and the one way to act for them.
// Orchestrates the agent's feed, the server's capabilities, the command
// ledger, the confirmation and the park timer; every decision it shows comes
// from a function in state/. The bar, the supervisor view and the command
// line only read it and call request(). Every request goes through the same
// rules as the buttons.
class AgentSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentSession)

public:
    // clock: nullptr means Clock::system().
    AgentSession(const SessionParts &parts, const QString &agent, const SessionOptions &options, Clock *clock,
                 QObject *parent = nullptr);
    ~AgentSession() override;

    QString agent() const;
    void setOptions(const SessionOptions &options);
    const SessionOptions &options() const;
    // What this client already knows about the agent's call (the supervisor's
    // floor keeps it between selections). Before start().
    void restoreLedger(const CommandLedger &ledger);

    // Probes the version and starts the feed; stop() ends all traffic.
    void start();
    void stop();
    // A person asked to try again after a sign-out or while offline.
    void retry();
    // The computer goes to sleep / wakes up: no polls in between; resume() polls at once.
    void pause();
    void resume();
    bool isPaused() const;

    // Sends the command if the rules allow it; otherwise emits actionRefused
    // with the rule's reason and sends nothing. Returns whether it was sent.
    bool request(ParkAction action);

    // Everything visible about the agent now.
    const SessionView &view() const;
    const ActionStates &actionStates() const;
    ConnectionState connection() const;
    FeedState feed() const;
    std::optional<AgentSnapshot> snapshot() const;
    ServerCapabilities capabilities() const;
    LedgerFacts ledgerFacts() const;
    CallLegs legs() const;
    // What the automatic Swap button sends now.
    ParkAction swapAction() const;
    std::optional<ParkAction> pendingAction() const;

    // Monotonic ms since the customer was parked; nullopt when not parked.
    std::optional<qint64> parkedForMs() const;
    ParkAlert parkAlert() const;
    qint64 nowMonotonicMs() const;

    // Newest last; bounded.
    const QList<CommandRecord> &history() const;

    // Everything the rules were given for actionStates(), for displays and the command line.
    RuleInput ruleInput() const;
    // The version of both APIs has been asked once (answered or not).
    bool probeFinished() const;
    // For tests and diagnostics; owned by the session.
    AgentFeed *stateFeed() const;

Q_SIGNALS:
    // Anything visible changed: snapshot, states, connection, timer level;
    // and every second while a timer on screen counts.
    void changed();
    void actionRefused(ParkAction action, const QString &reason);
    void commandStarted(const CommandRecord &record);
    // The server's answer arrived (record.finished is true), or the command
    // was refused before leaving (traffic stopped: record.result.reachedServer is false).
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
