#pragma once

#include "hotkeys/HotkeyTarget.h"

#include <QKeySequence>
#include <QMap>
#include <QString>

#include <optional>

// Which key combination each target is bound to. A target that is absent or
// bound to an empty sequence has no hotkey (the default for all of them).
using HotkeyBindings = QMap<HotkeyTarget, QKeySequence>;

// Why a key sequence cannot be a system-wide hotkey.
enum class HotkeyProblem : quint8 {
    None,
    Empty,
    SeveralCombinations, // "Ctrl+K, Ctrl+P": a global hotkey is one combination
    ModifierOnly,        // Ctrl alone, Caps Lock...
    NeedsModifier,       // a plain letter would be taken from every other program
};

HotkeyProblem hotkeyProblem(const QKeySequence &sequence);
// Shift, Ctrl, Caps Lock...: keys that only change other keys.
bool isHotkeyModifierKey(int key);
QString hotkeyProblemText(HotkeyProblem problem);

// Settings strings: QKeySequence::PortableText ("Ctrl+Alt+P"), so a saved
// file means the same on every platform and language. An unreadable string
// gives an empty sequence; only the first combination is kept.
QString hotkeySequenceToSettings(const QKeySequence &sequence);
QKeySequence hotkeySequenceFromSettings(const QString &text);

// Target id ("PARK_CUSTOMER") -> settings string; unset targets are left out.
// Unknown ids and unreadable strings are skipped on reading.
QMap<QString, QString> hotkeyBindingsToSettings(const HotkeyBindings &bindings);
HotkeyBindings hotkeyBindingsFromSettings(const QMap<QString, QString> &values);

// For each target whose combination another target also uses: the first
// other target with it.
QMap<HotkeyTarget, HotkeyTarget> hotkeyConflicts(const HotkeyBindings &bindings);

// The combination as people read it on this platform: "Ctrl+Alt+P".
QString hotkeyDisplayText(const QKeySequence &sequence);
