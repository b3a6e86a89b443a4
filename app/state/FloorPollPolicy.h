#pragma once

#include <QtGlobal>

// When to ask for the floor next. The server's work for logged_in_agents
// grows faster than the floor (about 45 ms for 100 agents, 2.5 s for 2,000
// on real VICIdial PHP), so ParkBar keeps its share of the server's time
// under a budget by stretching the interval as answers get slow.
struct FloorPollPolicy
{
    int baseIntervalMs = 2000;
    double serverBudget = 0.05; // at most 5% of the server's time
    int maxIntervalMs = 120000;
    int maxBackoffMs = 30000;

    // After a good answer that took responseMs (smoothed by the caller).
    int intervalAfterAnswer(double responseMs) const;
    // After the n-th failure in a row (n >= 1); jitter in [-1, 1] spreads desks apart.
    int intervalAfterFailure(int failuresInARow, double jitter) const;
    // The interval was stretched beyond the base to respect the budget.
    bool isStretched(int intervalMs) const { return intervalMs > baseIntervalMs * 21 / 20; }
};
