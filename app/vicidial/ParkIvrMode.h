#pragma once

#include <QString>

#include <optional>

// The campaign's ivr_park_call setting, as an administrator told us
// (the APIs cannot read it, PROTOCOL.md section 5).
enum class ParkIvrMode : quint8 {
    Disabled,            // no park IVR
    Enabled,             // park to IVR and grab back
    EnabledParkOnly,     // park to IVR, no grab back: the customer returns when it ends
    EnabledButtonHidden, // the agent screen hides its button; the API still works
};

// "DISABLED", "ENABLED", "ENABLED_PARK_ONLY", "ENABLED_BUTTON_HIDDEN", as VICIdial writes them.
QString parkIvrModeKey(ParkIvrMode mode);
std::optional<ParkIvrMode> parkIvrModeFromKey(QStringView key);
