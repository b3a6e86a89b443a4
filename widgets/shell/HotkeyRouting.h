#pragma once

#include "hotkeys/HotkeyTarget.h"

class AgentBar;

// A global hotkey asks exactly as a click on the bar would: through its
// toolbar, so the same rules and the same confirmation apply. Returns
// false when the bar acts for nobody (the bar then says so).
bool requestFromHotkey(HotkeyTarget target, AgentBar *bar);
