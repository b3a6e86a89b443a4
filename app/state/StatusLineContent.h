#pragma once

#include "state/CallLegs.h"
#include "state/ConnectionState.h"
#include "state/FeedSource.h"
#include "state/FeedState.h"
#include "state/ParkAlert.h"
#include "vicidial/AgentSnapshot.h"

#include <QString>

#include <optional>

// What the bar's status line says, decided here and only rendered by the widget.
struct StatusLineContent
{
    QString agent;                   // "Agent 1000 (1000) · TESTCAMP"
    QString state;                   // "In call, customer parked"; "Last known: ..." when old
    bool stateIsCurrent = true;      // false: shown dimmed, it is not the present
    std::optional<QString> parkTimer; // "Parked 1:05"; nullopt hides it
    ParkAlert alert = ParkAlert::None;
    QString connection;              // "Connected", "Offline, retrying in 8 s", "Direct: hub unreachable · Connected"...
    QString connectionDetail;        // the tooltip: the reason or the error

    bool operator==(const StatusLineContent &) const = default;
};

struct StatusLineInput
{
    QString agent;
    std::optional<AgentSnapshot> snapshot;
    CallLegs legs;
    FeedState feed = FeedState::Waiting;
    FeedSource source;
    ConnectionState connection;
    std::optional<qint64> parkedForMs;
    ParkAlert alert = ParkAlert::None;
    qint64 nowMonotonicMs = 0;
};

StatusLineContent statusLineContent(const StatusLineInput &input);
