#pragma once

class BenchReport;
struct HubBenchOptions;

// The hub with a floor's subscribers on this machine: parkbar-hub as its own
// process (API source against a parkbar-sim process with the floor
// scenario), one HubClient per bar in this process, the floor kept busy with
// park and grab commands. Change-to-subscriber latency, the hub's CPU share,
// memory and open files; with --soak, the same for longer, at start and end.
namespace SubscriberBench {
void run(const HubBenchOptions &options, BenchReport &report);
}
