#pragma once

#include <QString>

#include <array>
#include <optional>

// The nine values of the agent API's park_call function.
enum class ParkAction : quint8 {
    ParkCustomer,
    GrabCustomer,
    ParkIvrCustomer,
    GrabIvrCustomer,
    ParkXfer,
    GrabXfer,
    SwapParkCustomer,
    SwapParkXfer,
    HangupXferGrabCustomer,
};

inline constexpr std::array<ParkAction, 9> kAllParkActions{
    ParkAction::ParkCustomer,     ParkAction::GrabCustomer, ParkAction::ParkIvrCustomer,
    ParkAction::GrabIvrCustomer,  ParkAction::ParkXfer,     ParkAction::GrabXfer,
    ParkAction::SwapParkCustomer, ParkAction::SwapParkXfer, ParkAction::HangupXferGrabCustomer,
};

// "PARK_CUSTOMER" and so on, exactly as the server expects them.
QString parkActionWireValue(ParkAction action);
std::optional<ParkAction> parkActionFromWireValue(QStringView value);

// The first server build (YYMMDD) whose agent API knows the value.
int parkActionFirstBuild(ParkAction action);

// A short, translated name for people: "Park customer".
QString parkActionDisplayName(ParkAction action);
