#pragma once

#include <QList>
#include <QString>

#include <optional>

class MariaDbServer;

// What parkbar-bench's hubdb figures and parkbar-hub-bench's database
// column share: a floor mirrored into a private MariaDB with the history a
// real server has, and the database source polled back to back while agents
// change between polls. Database time is what the database measures
// (SET profiling, SHOW PROFILES), as PROTOCOL.md section 8 asks.
namespace HubDatabasePolls {

struct Result
{
    QList<double> dbMs;   // per poll, as the database measures it
    QList<double> wallMs; // read() to readingReady on the caller's thread
    double firstReadDbMs = 0;
    double firstReadWallMs = 0;
    double mirrorLoadMs = 0; // the mirror writing the floor, plus the history
    int changesPerPoll = 0;
};

// What a real server has besides the live floor: 300,000 agent log rows and
// 5,000 users who are not logged in. False with the server's errorString().
bool addHistory(MariaDbServer &server);

// Starts its own MariaDB, mirrors a floor-scenario simulator of `agents`
// into it and polls `polls` times. The reason when it could not.
std::optional<QString> measure(int agents, int polls, int changesPerPoll, Result &result);

} // namespace HubDatabasePolls
