#pragma once

struct BenchOptions;
class BenchReport;

// Figure 4: one supervisor poll of a 2,000-agent floor: parse the
// logged_in_agents answer, diff and apply it to the FloorModel shown in the
// real SupervisorView (FloorProxyModel sorted by park time + QTableView),
// then the repaint; about 10% of rows change between polls.
namespace FloorApplyBench {
void run(const BenchOptions &options, BenchReport &report);
}
