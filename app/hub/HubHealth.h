#pragma once

#include <QMetaType>
#include <QString>

// Whether a hub can be relied on right now, and if not why: what a bar needs
// to decide between the hub and its own polling, and to say so.
struct HubHealth
{
    enum class State : quint8 {
        Connecting,       // not yet connected, authenticated and given a snapshot
        Usable,           // the latest state came from the hub and it is alive
        Unreachable,      // no connection (detail: the socket's or TLS's reason)
        Refused,          // the hub refused the token or this address (detail: the hub's reason)
        NoData,           // the hub is up but its source is failing (detail: the hub's reason)
        HeartbeatsMissed, // nothing from the hub for two heartbeat intervals
    };

    State state = State::Connecting;
    QString detail;

    bool isUsable() const { return state == State::Usable; }
    // For a person, translated: "Hub unreachable: connection refused".
    QString text() const;

    bool operator==(const HubHealth &) const = default;
};

Q_DECLARE_METATYPE(HubHealth)
