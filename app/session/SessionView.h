#pragma once

#include "state/ActionRules.h"
#include "state/CallLegs.h"
#include "state/ConnectionState.h"
#include "state/FeedSource.h"
#include "state/ParkAlert.h"

#include <optional>

// Everything a session shows at one moment, each part from its owner in
// state/. The session tells its viewers only when this changes.
struct SessionView
{
    ActionStates states;
    ConnectionState connection;
    FeedState feed = FeedState::Waiting;
    FeedSource source;
    std::optional<AgentSnapshot> snapshot;
    ServerCapabilities capabilities;
    CallLegs legs;
    ParkAction swapAction = ParkAction::SwapParkCustomer;
    bool parked = false;
    ParkAlert alert = ParkAlert::None;

    bool operator==(const SessionView &) const = default;
};
