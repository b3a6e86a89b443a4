#include "hotkeys/HotkeyStatus.h"

#include "hotkeys/HotkeyBindings.h"

#include <QCoreApplication>

QString hotkeyStatusText(const HotkeyState &state)
{
    const QString keys = hotkeyDisplayText(state.sequence);
    switch (state.status) {
    case HotkeyStatus::Off: return QCoreApplication::translate("Hotkeys", "Off");
    case HotkeyStatus::Active:
        if (!state.desktopTrigger.isEmpty())
            return QCoreApplication::translate("Hotkeys", "Works in every window (the desktop set it to %1)")
                .arg(state.desktopTrigger);
        return QCoreApplication::translate("Hotkeys", "Works in every window");
    case HotkeyStatus::TakenByOtherProgram:
        return QCoreApplication::translate("Hotkeys", "%1 is already used by another program").arg(keys);
    case HotkeyStatus::ConflictsWithOwn:
        return QCoreApplication::translate("Hotkeys", "%1 is also set for \u201c%2\u201d; neither works until one is changed")
            .arg(keys, hotkeyTargetDisplayName(state.conflictsWith));
    case HotkeyStatus::Invalid:
        if (const HotkeyProblem problem = hotkeyProblem(state.sequence); problem != HotkeyProblem::None)
            return hotkeyProblemText(problem);
        return QCoreApplication::translate("Hotkeys", "%1 cannot be typed on this keyboard").arg(keys);
    case HotkeyStatus::Unavailable: return QCoreApplication::translate("Hotkeys", "Saved, but not active on this desktop");
    case HotkeyStatus::WaitingForDesktop:
        return QCoreApplication::translate("Hotkeys", "Waiting for the desktop to confirm the key");
    case HotkeyStatus::RefusedByDesktop:
        return QCoreApplication::translate("Hotkeys", "The desktop did not assign a key; check its keyboard settings");
    case HotkeyStatus::Paused: return QCoreApplication::translate("Hotkeys", "Paused while the hotkey settings are open");
    }
    Q_UNREACHABLE();
    return {};
}
