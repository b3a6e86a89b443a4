#include "shell/HotkeyRouting.h"

#include "bar/AgentBar.h"
#include "bar/ParkToolbar.h"
#include "hotkeys/HotkeyTarget.h"

#include <QCoreApplication>

bool requestFromHotkey(HotkeyTarget target, AgentBar *bar)
{
    const AgentSession *session = bar->session();
    if (!session) {
        bar->showNote(QCoreApplication::translate("HotkeyRouting", "No agent is selected, so the hotkey did nothing."));
        return false;
    }
    bar->toolbar()->requestAction(hotkeyTargetAction(target).value_or(session->swapAction()));
    return true;
}
