#include "state/FloorPollPolicy.h"

#include <algorithm>
#include <cmath>

int FloorPollPolicy::intervalAfterAnswer(double responseMs) const
{
    // Start to start: busy share = response / interval <= budget.
    const double needed = responseMs / std::max(serverBudget, 0.001);
    return static_cast<int>(std::clamp(std::ceil(needed), double(baseIntervalMs), double(std::max(maxIntervalMs, baseIntervalMs))));
}

int FloorPollPolicy::intervalAfterFailure(int failuresInARow, double jitter) const
{
    const double exponential = baseIntervalMs * std::pow(2.0, std::clamp(failuresInARow - 1, 0, 16));
    const double capped = std::min(exponential, double(maxBackoffMs));
    const double spread = capped * 0.2 * std::clamp(jitter, -1.0, 1.0);
    return static_cast<int>(std::max(double(baseIntervalMs), std::min(capped + spread, double(maxBackoffMs))));
}
