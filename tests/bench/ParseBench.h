#pragma once

struct BenchOptions;
class BenchReport;

// The parsing part of one agent poll, alone: a clean agent_status answer and
// a real one buried in PHP 8 warnings.
namespace ParseBench {
void run(const BenchOptions &options, BenchReport &report);
}
