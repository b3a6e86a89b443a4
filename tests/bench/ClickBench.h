#pragma once

struct BenchOptions;
class BenchReport;

// Figure 2: a click on the bar's Park/Grab button to the request on the
// simulator's wire, and to the answer shown on the bar.
namespace ClickBench {
void run(const BenchOptions &options, BenchReport &report);
}
