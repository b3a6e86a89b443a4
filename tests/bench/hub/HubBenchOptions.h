#pragma once

#include <QStringList>

// What the command line asked for.
struct HubBenchOptions
{
    QString hub;                      // the parkbar-hub binary
    QString sim;                      // the parkbar-sim binary
    int agents = 2000;                // the floor
    int subscribers = 2000;           // bars, one agent each
    int intervalMs = 1000;            // the hub's freshness
    int changesPerSecond = 40;        // park and grab commands on the floor
    int warmupSeconds = 5;
    int windowSeconds = 60;           // latency, CPU and memory are watched this long
    int soakSeconds = 0;              // > 0: the soak instead of the window
    int directBars = 500;             // bars polling agent_status in the server-work figure
    int directSeconds = 10;
    int agentStatusUs = 4000;         // the real PHP's work per agent_status (PROTOCOL.md section 8)
    int loggedInAgentsUsPerAgent = 1250; // 2.5 s per logged_in_agents at 2,000 agents
    int databasePolls = 300;          // back-to-back polls of the database source in the server-work figure
    QStringList liveSources{QStringLiteral("database"), QStringLiteral("api")}; // hubs the subscribers run against
    QStringList only;                 // groups: work, live; empty: both

    bool wants(const QString &group) const { return only.isEmpty() || only.contains(group); }
};
