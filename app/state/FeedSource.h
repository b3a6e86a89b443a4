#pragma once

#include <QString>

// Where a session's readings come from right now, for the status line.
struct FeedSource
{
    enum class Kind : quint8 {
        Direct,         // the bar's own agent_status polls (no hub configured)
        Hub,            // a parkbar-hub's pushed changes
        DirectFallback, // a hub is configured but cannot be relied on: the bar polls itself
        HubOnly,        // a hub is configured, cannot be relied on, and there is no direct way
        Floor,          // the supervisor's floor polls
    };
    // Why a configured hub cannot be relied on.
    enum class HubProblem : quint8 { None, Connecting, Unreachable, Refused, NoData, Silent };

    Kind kind = Kind::Direct;
    HubProblem problem = HubProblem::None;
    QString detail; // the hub's or the socket's own words, for the tooltip

    static FeedSource of(Kind kind)
    {
        FeedSource source;
        source.kind = kind;
        return source;
    }

    bool operator==(const FeedSource &) const = default;
};
