#pragma once

#include <QString>

// What the status line says about the link to the server.
struct ConnectionState
{
    enum class Kind : quint8 {
        Connecting, // no answer yet
        Connected,
        Slow,       // answers arrive, but slower than they should
        Offline,    // unreachable; retrying with back-off
        SignedOut,  // traffic stopped after an authentication error; waits for a person
    };
    Kind kind = Kind::Connecting;
    QString detail;        // translated, person-readable: the reason or the error
    qint64 nextRetryMs = 0; // for Offline: monotonic time of the next attempt
    // For Slow: of the latest answer; 0 otherwise, so that an unchanged
    // connection compares equal from one poll to the next.
    qint64 latencyMs = 0;

    bool operator==(const ConnectionState &) const = default;
};
