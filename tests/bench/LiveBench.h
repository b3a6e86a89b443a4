#pragma once

struct BenchOptions;
class BenchReport;

// Figures 3 and 5, and the supervisor's memory and traffic: real parkbar
// processes and in-process sessions, all against simulators in this process
// (so the simulators' CPU is never counted for parkbar), watched together
// for BenchOptions::liveSeconds.
namespace LiveBench {
void run(const BenchOptions &options, BenchReport &report);
}
