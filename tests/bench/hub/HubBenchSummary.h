#pragma once

class BenchReport;
class QTextStream;
struct HubBenchOptions;

// The figures side by side, as Markdown tables: the server's work
// per second for direct polling, the API source and the database source;
// then one column per hub source for the subscribers. From what the report
// holds; a figure not measured shows as "-".
namespace HubBenchSummary {
void print(const HubBenchOptions &options, const BenchReport &report, QTextStream &out);
}
