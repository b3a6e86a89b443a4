#pragma once

#include <QtGlobal>

// How fresh our knowledge of the agent is.
enum class FeedState : quint8 {
    Waiting,     // no answer yet since start
    Live,        // the latest poll answered
    Stale,       // answers stopped coming for a while; last snapshot too old to act on
    Offline,     // the server cannot be reached
    AuthStopped, // credentials, lock, IP or permission refused: traffic stopped
};
