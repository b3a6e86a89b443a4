#pragma once

#include <functional>

// Waiting without sleeping: events are handled the moment they arrive, so
// timestamps taken in signal handlers are not delayed by the wait itself
// (QTest::qWaitFor sleeps 10 ms between rounds).
namespace BenchWait {
// True when the condition held before the timeout.
bool until(const std::function<bool()> &condition, int timeoutMs);
// Runs the event loop for this long.
void forMs(int ms);
} // namespace BenchWait
