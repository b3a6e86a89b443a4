#pragma once

#include "state/CommandRecord.h"
#include "vicidial/AgentSnapshot.h"

#include <QCoreApplication>

#include <optional>

// What a successful command should change in the polled state.
enum class Expectation : quint8 {
    ParkAppears, // PARK_CUSTOMER, PARK_IVR_CUSTOMER, SWAP_PARK_CUSTOMER
    ParkGoes,    // GRAB_CUSTOMER, GRAB_IVR_CUSTOMER, SWAP_PARK_XFER, HANGUP_XFER_GRAB_CUSTOMER
    NotVisible,  // PARK_XFER, GRAB_XFER: the server shows no third-party line
};
Expectation expectationFor(ParkAction action);

// Watches the polled state for what one command should change (PARK
// appearing or going) until a deadline, and gives the verdict. Only polls
// that left after the command count. Never claims what was not seen: with no
// fresh state, after an unclear answer, or while the server shows a 3-way
// call (which can hide PARK), a missing change gives Unknown, not
// NotCarriedOut.
class ConfirmationTracker final
{
    Q_DECLARE_TR_FUNCTIONS(ConfirmationTracker)

public:
    struct Verdict
    {
        quint64 commandId = 0;
        Confirmation confirmation = Confirmation::Unknown;
        QString text; // translated
    };

    // clearAnswer: the server answered SUCCESS (false: a timeout or cut
    // connection, so it may or may not have been stored).
    void begin(quint64 commandId, ParkAction action, qint64 sentAtMs, bool clearAnswer);
    void cancel();
    bool isWatching() const { return m_watching; }
    quint64 commandId() const { return m_commandId; }

    // A poll that left at polledAtMs (monotonic) answered; nullopt snapshot:
    // the agent is not logged in. Returns the verdict when this settles it.
    std::optional<Verdict> observe(const std::optional<AgentSnapshot> &snapshot, qint64 polledAtMs);
    // The confirmation timeout passed.
    std::optional<Verdict> expire();

    // The verdict for a command whose change cannot be seen (PARK_XFER, GRAB_XFER).
    static Verdict notVisibleVerdict(quint64 commandId, bool clearAnswer);
    static QString notCarriedOutText();

private:
    quint64 m_commandId = 0;
    Expectation m_expectation = Expectation::NotVisible;
    qint64 m_sentAtMs = 0;
    bool m_clearAnswer = true;
    bool m_watching = false;
    bool m_sawFreshState = false;
    SubStatus m_lastSubStatus = SubStatus::None;
};
