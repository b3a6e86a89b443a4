#pragma once

#include <QtGlobal>

// The two kinds of request the channel carries, which decide how an idle
// connection may be reused and whether a lost request may go out again.
enum class ExchangeKind : quint8 {
    Read,    // idempotent (version, agent_status, logged_in_agents): may be retried once
    Command, // park_call: written at most once, never again
};

// How long an idle kept-alive connection may wait for its next request.
//
// A server closes an idle connection after its keep-alive timeout, which it
// may announce ("Keep-Alive: timeout=5", Apache's default). A request written
// just as the server closes is lost: the classic keep-alive race.
//
// - Command: reused only within kCommandReuseWithinMs and within half of the
//   announced timeout, so the race cannot meet a command that is never resent.
// - Read: reused up to the announced timeout plus a tenth of it, or for
//   kReadReuseDefaultMs when the server announces none. Servers close at their
//   timeout or later, never earlier, and a poll every T seconds arrives a
//   little after T (Qt's coarse timers fire up to 5% late); a connection the
//   server already closed is seen before writing and not used. A read that
//   still meets the race is retried once on a fresh connection.
// - An announced timeout of 0 means the server keeps nothing: no reuse.
struct KeepAliveRules
{
    static constexpr qint64 kCommandReuseWithinMs = 2000;
    static constexpr qint64 kReadReuseDefaultMs = 15000;

    // announcedMs: the server's announced timeout, or -1 when it announced none.
    static qint64 idleLimitMs(ExchangeKind kind, qint64 announcedMs);
    // How long an idle connection is kept at all: the longest of the limits.
    static qint64 idleLifetimeMs(qint64 announcedMs);
};
