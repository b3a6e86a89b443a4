#pragma once

#include <QtGlobal>

// What the kernel says about a process (Linux /proc): CPU time and memory.
namespace ProcessProbe {
// CPU time of all the process's live threads, in ns (sum of /proc/PID/task/*/schedstat).
qint64 cpuNs(qint64 pid);
// utime + stime from /proc/PID/stat, in ns (10 ms resolution; includes ended threads).
qint64 cpuTickNs(qint64 pid);
// VmHWM and VmRSS from /proc/PID/status, in KiB; -1 when unreadable.
qint64 peakRssKb(qint64 pid);
qint64 rssKb(qint64 pid);
qint64 selfPid();
} // namespace ProcessProbe
