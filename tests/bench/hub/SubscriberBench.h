#pragma once

class BenchReport;
struct HubBenchOptions;

// The hub with a floor's subscribers on this machine: parkbar-hub as its own
// process, once per source the options name (database: reading a private
// MariaDB that a parkbar-sim process mirrors its floor into; api: asking
// that parkbar-sim directly), one HubClient per bar in this process, the
// floor kept busy with park and grab commands. Change-to-subscriber latency,
// the hub's CPU share, memory and open files, figures named after the
// source; with --soak, the same for longer, at start and end.
namespace SubscriberBench {
void run(const HubBenchOptions &options, BenchReport &report);
}
