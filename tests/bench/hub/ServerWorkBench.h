#pragma once

class BenchReport;
struct HubBenchOptions;

// The VICIdial server's work per second for a floor at 1 s freshness, side
// by side: every bar polling agent_status, the hub's API source, and the
// hub's database source. Against the in-process simulator, whose
// service-time models stand for the real PHP's work (PROTOCOL.md section 8).
namespace ServerWorkBench {
void run(const HubBenchOptions &options, BenchReport &report);
}
