#include "state/PollSchedule.h"

#include <algorithm>

namespace {
constexpr int kMinimumMs = 10; // a misconfigured 0 must not spin

int normalIntervalMs(const PollSituation &situation, const SessionOptions &options)
{
    return std::max(kMinimumMs, situation.agent == PollSituation::Agent::LoggedOut ? options.loggedOutPollMs
                                                                                    : options.loggedInPollMs);
}
} // namespace

int backoffCeilingMs(const PollSituation &situation, const SessionOptions &options)
{
    const qint64 cap = std::max(kMinimumMs, options.maxBackoffMs);
    const int doublings = std::clamp(situation.consecutiveFailures - 1, 0, 30);
    const qint64 grown = qint64(normalIntervalMs(situation, options)) << doublings;
    return int(std::min(cap, grown));
}

int nextPollDelayMs(const PollSituation &situation, const SessionOptions &options, double jitter)
{
    if (situation.consecutiveFailures > 0) {
        const int ceiling = backoffCeilingMs(situation, options);
        const double unit = std::clamp(jitter, 0.0, 1.0);
        return std::max(kMinimumMs, int(ceiling * (0.5 + 0.5 * unit)));
    }
    if (situation.confirming)
        return std::max(kMinimumMs, options.confirmingPollMs);
    return normalIntervalMs(situation, options);
}
