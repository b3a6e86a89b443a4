#pragma once

#include "state/CommandResult.h"

#include <QMetaType>

// Whether the agent's state showed what a successful command should change.
enum class Confirmation : quint8 {
    NotApplicable, // the command failed or was refused: nothing to confirm
    Waiting,       // SUCCESS arrived; watching the state
    Confirmed,     // the state changed as expected
    NotCarriedOut, // not within the confirm timeout: "The agent's VICIdial screen has not acted on it. Is it open?"
    Unknown,       // no clear answer (timeout, cut connection): it may or may not have been stored
};

// One command as the history list, the audit log and the bar show it.
struct CommandRecord
{
    quint64 id = 0;
    CommandResult result;          // agent, action, answer, latency, sentAtMs
    Confirmation confirmation = Confirmation::NotApplicable;
    qint64 confirmedAtMs = 0;      // wall time of the confirmation or the verdict
    bool finished = false;         // the server's answer (or failure) has arrived
    qint64 sentMonotonicMs = 0;    // Clock::monotonicMs() when the command left, for the park timer
    // Translated: what the verdict means for a person ("The server shows the customer parked.",
    // "The agent's VICIdial screen has not acted on it. Is it open?"...). Empty while Waiting or after a refusal.
    QString confirmationText;

    QString agent() const { return result.agent; }
    ParkAction action() const { return result.action; }
};

QString confirmationName(Confirmation confirmation); // stable, for logs: "confirmed"...

Q_DECLARE_METATYPE(CommandRecord)
