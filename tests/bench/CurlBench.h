#pragma once

struct BenchOptions;
class BenchReport;

// Figure 6: the same park_call sent by starting curl once per click, as
// scripted integrations do, against ParkBar's click-to-answer.
namespace CurlBench {
void run(const BenchOptions &options, BenchReport &report);
}
