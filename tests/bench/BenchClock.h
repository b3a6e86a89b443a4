#pragma once

#include <QtGlobal>

#include <chrono>

// The steady clock in ns: the same clock parkbar's first-paint hook prints,
// so times compare across processes.
namespace BenchClock {
inline qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}
inline double msBetween(qint64 fromNs, qint64 toNs)
{
    return double(toNs - fromNs) / 1e6;
}
} // namespace BenchClock
