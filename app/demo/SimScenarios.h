#pragma once

#include <QString>

#include <optional>

class SimFloor;

enum class SimScenario : quint8 {
    Static, // the documentation's example data; changes only through commands and tests
    Demo,   // the example data plus a looping timeline for agent 1000 and about 20 agents
    Floor,  // N agents in mixed states, deterministic, for scale tests
};

// Fills a floor with the data of a scenario. The demo's timeline is a
// separate object (DemoTimeline) that moves these agents.
class SimScenarios final
{
public:
    static QString name(SimScenario scenario);
    static std::optional<SimScenario> fromName(QStringView name);

    // API users, campaigns TESTCAMP (park IVR) and NOIVR (none), agents 1000-1003.
    static void loadStatic(SimFloor &floor);
    // loadStatic, plus campaign SALES and agents 2001-2019; returns those the
    // demo's timeline moves. The others hold 3-WAY (and its DEAD partner),
    // RING, PREVIEW, DIAL and a park IVR park still.
    static QStringList loadDemo(SimFloor &floor);
    // The API users and campaigns of loadStatic, count logged-in agents from
    // 10000 in every state and sub status the server reports, and after them
    // a few logged-out ones (one per hundred, at least one).
    static void loadFloor(SimFloor &floor, int count);

    // "MMDDHHMMSS" of the floor's clock, for callerids.
    static QString dateCode(const SimFloor &floor);

private:
    static void loadUsersAndCampaigns(SimFloor &floor);
};
