#pragma once

struct BenchOptions;
class BenchReport;

// parkbar-hub's database source on a 2,000-agent floor: the floor scenario
// mirrored into a private MariaDB (with a long vicidial_agent_log and
// inactive users, as a real server has), then polls back to back while 20
// agents change between polls. Prints the database's own time per poll
// (SHOW PROFILES) and the wall time of each read() to its readingReady.
// The polling itself is HubDatabasePolls, shared with parkbar-hub-bench.
namespace HubDatabaseBench {
void run(const BenchOptions &options, BenchReport &report);
}
