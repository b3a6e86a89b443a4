#pragma once

#include "hotkeys/HotkeyTarget.h"

#include <QKeySequence>
#include <QString>

// Where one target's system-wide hotkey stands.
enum class HotkeyStatus : quint8 {
    Off,                 // no combination set
    Active,              // works while any window has focus
    TakenByOtherProgram,
    ConflictsWithOwn,    // another of our targets has the same combination; neither is bound
    Invalid,             // see hotkeyProblem()
    Unavailable,         // this desktop has no global hotkeys
    WaitingForDesktop,   // asked the desktop (Wayland portal), no answer yet
    RefusedByDesktop,    // the desktop bound no key for it
    Paused,              // released while the hotkey settings are open
};

struct HotkeyState
{
    HotkeyStatus status = HotkeyStatus::Off;
    QKeySequence sequence;
    HotkeyTarget conflictsWith = HotkeyTarget::ParkCustomer; // with ConflictsWithOwn
    QString desktopTrigger; // the desktop's own description, where it decides
};

// One translated line for people: "Ctrl+Alt+P is already used by another program".
QString hotkeyStatusText(const HotkeyState &state);
