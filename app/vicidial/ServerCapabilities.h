#pragma once

#include "vicidial/ParkAction.h"
#include "vicidial/ServerBuild.h"

#include <optional>

// What the server can do, from the builds its two APIs report. The agent
// screen that carries out SWAP and HANGUP reports its build nowhere, so the
// newest API build stands for the install's age (PROTOCOL.md section 3).
struct ServerCapabilities
{
    std::optional<ServerBuild> agentApiBuild;
    std::optional<ServerBuild> nonAgentApiBuild;
    // An administrator's word that the agent screen is new enough for the
    // SWAP and HANGUP values even though the APIs look older.
    bool screenSupportsSwapAndHangup = false;

    bool isKnown() const { return agentApiBuild.has_value() || nonAgentApiBuild.has_value(); }
    std::optional<ServerBuild> newestBuild() const;
    // Unknown builds are treated as able: the confirmation catches the rest.
    bool supports(ParkAction action) const;

    bool operator==(const ServerCapabilities &) const = default;
};
