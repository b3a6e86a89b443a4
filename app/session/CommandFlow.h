#pragma once

#include "state/CommandHistory.h"
#include "state/CommandRecord.h"
#include "state/ConfirmationTracker.h"

#include <QObject>
#include <QTimer>

#include <optional>

class Clock;

// One agent's commands from the click to the verdict: the one on its way
// (at most one), its confirmation against the agent's readings, and the
// history. The session decides whether a command may go (the rules) and
// sends it; this follows it.
class CommandFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandFlow)

public:
    CommandFlow(const QString &agent, Clock *clock, QObject *parent = nullptr);

    // A command the rules let go, about to be sent: recorded, emits started.
    void begin(ParkAction action);
    // The sender's answer. confirmWindowMs: how long the state may take to show it.
    void onResult(const CommandResult &result, int confirmWindowMs);
    // A reading of the agent that left at sentAtMs (monotonic); nullopt: logged out.
    void observe(const std::optional<AgentSnapshot> &snapshot, qint64 sentAtMs);

    std::optional<ParkAction> pending() const;
    // Newest last; bounded.
    const QList<CommandRecord> &history() const { return m_history.records(); }

Q_SIGNALS:
    void started(const CommandRecord &record);
    void finished(const CommandRecord &record);
    // Exactly once per command; it is no longer pending.
    void settled(const CommandRecord &record);
    // Watching for a confirmation: readings are wanted more often.
    void confirmingChanged(bool confirming);
    // A fresh reading is wanted now (a command's answer came, or the server disagreed).
    void readingWanted();

private:
    void settle(Confirmation confirmation, const QString &text);

    QString m_agent;
    Clock *m_clock;
    std::optional<CommandRecord> m_current; // sent and not yet settled
    quint64 m_nextId = 1;
    CommandHistory m_history;
    ConfirmationTracker m_confirmation;
    QTimer m_confirmTimer;
};
