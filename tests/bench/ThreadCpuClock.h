#pragma once

#include <QtGlobal>

#include <ctime>

// CPU time used by the calling thread, in ns.
namespace ThreadCpuClock {
inline qint64 nowNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000LL + now.tv_nsec;
}
} // namespace ThreadCpuClock
