#pragma once

#include <QStringView>

// The sub status words of agent_status and logged_in_agents (PROTOCOL.md
// section 4), decoded in this one place.
enum class SubStatus : quint8 {
    None,     // empty: nothing special
    Dead,     // DEAD: the customer hung up, the agent still has the call screen
    Dispo,    // DISPO: paused with a lead, writing the disposition
    ThreeWay, // 3-WAY: another agent is on the same lead
    Park,     // PARK: the customer's channel is parked (hold or park IVR)
    Ring,     // RING
    Preview,  // PREVIEW
    Dial,     // DIAL
    Other,    // a word this program does not know
};

SubStatus subStatusOf(QStringView word);
