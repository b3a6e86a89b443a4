#pragma once

struct BenchOptions;
class BenchReport;

// Figure 3, our part of it: the GUI thread's CPU time from a poll's HTTP
// answer to the bar showing it (parse, diff, session and rules, bar update),
// and the repaint, for polls that change nothing and polls that change the
// agent's state each time.
namespace PollWorkBench {
void run(const BenchOptions &options, BenchReport &report);
}
