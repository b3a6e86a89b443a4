#pragma once

struct BenchOptions;
class BenchReport;

// Figure 1: process start to the first painted window of `parkbar --demo`.
namespace StartupBench {
void run(const BenchOptions &options, BenchReport &report);
}
