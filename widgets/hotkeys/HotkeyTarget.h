#pragma once

#include "vicidial/ParkAction.h"

#include <QString>

#include <array>
#include <optional>

// What a system-wide hotkey can do: one of the nine park_call values, or
// Swap in its automatic form (the bar picks SWAP_PARK_CUSTOMER or
// SWAP_PARK_XFER from the state, as its Swap button does).
enum class HotkeyTarget : quint8 {
    ParkCustomer,
    GrabCustomer,
    ParkIvrCustomer,
    GrabIvrCustomer,
    ParkXfer,
    GrabXfer,
    SwapParkCustomer,
    SwapParkXfer,
    HangupXferGrabCustomer,
    AutoSwap,
};

inline constexpr std::array<HotkeyTarget, 10> kAllHotkeyTargets{
    HotkeyTarget::ParkCustomer,     HotkeyTarget::GrabCustomer, HotkeyTarget::ParkIvrCustomer,
    HotkeyTarget::GrabIvrCustomer,  HotkeyTarget::ParkXfer,     HotkeyTarget::GrabXfer,
    HotkeyTarget::SwapParkCustomer, HotkeyTarget::SwapParkXfer, HotkeyTarget::HangupXferGrabCustomer,
    HotkeyTarget::AutoSwap,
};

// Stable ids for settings and for the platform backends: the park_call value
// ("PARK_CUSTOMER", ...) for the nine, "AUTO_SWAP" for the automatic Swap.
QString hotkeyTargetId(HotkeyTarget target);
std::optional<HotkeyTarget> hotkeyTargetFromId(QStringView id);

// The park_call value a target always sends; nullopt for AutoSwap, whose
// value depends on the state.
std::optional<ParkAction> hotkeyTargetAction(HotkeyTarget target);
HotkeyTarget hotkeyTargetFor(ParkAction action);

// A short, translated name for people: "Park customer", "Swap (automatic)".
QString hotkeyTargetDisplayName(HotkeyTarget target);
