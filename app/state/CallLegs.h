#pragma once

#include "state/LedgerFacts.h"
#include "vicidial/AgentSnapshot.h"

// Where the customer's call is, from the server's sub status and what this
// client knows about its own commands.
enum class CallLeg : quint8 {
    NotInCall,  // no call up (READY, PAUSED, QUEUE...)
    OnLine,     // talking to the agent
    ThreeWay,   // talking to the agent, another agent on the same lead
    Parked,     // on hold music (PARK, not the park IVR)
    InIvr,      // in the campaign's park IVR (PARK, and our PARK_IVR_CUSTOMER or the database says so)
    HungUp,     // DEAD: the customer hung up
    Dispo,      // DISPO: the call ended, the agent writes the disposition
    Preview,    // PREVIEW: no call yet
    Ring,       // RING: no call yet
    Dial,       // DIAL: no call yet
    Unfamiliar, // a sub status this program does not know
};

// The third-party (transfer/conference) line, which the server never
// reports: only what this client did to it is known.
enum class ThirdPartyLine : quint8 { Unknown, OnLine, Parked };

struct CallLegs
{
    CallLeg customer = CallLeg::NotInCall;
    ThirdPartyLine thirdParty = ThirdPartyLine::Unknown;

    // The customer is talking to the agent (alone or in a 3-way call).
    bool customerOnLine() const { return customer == CallLeg::OnLine || customer == CallLeg::ThreeWay; }
    // The server shows the customer's channel parked: on hold or in the park IVR.
    bool customerParkedAnywhere() const { return customer == CallLeg::Parked || customer == CallLeg::InIvr; }

    bool operator==(const CallLegs &) const = default;
};

// The one reading of a snapshot's call legs. A database reading
// (snapshot.inParkIvr) says whether a PARK is the park IVR; otherwise only
// our own confirmed PARK_IVR_CUSTOMER does.
CallLegs callLegsOf(const AgentSnapshot &snapshot, const LedgerFacts &facts);
