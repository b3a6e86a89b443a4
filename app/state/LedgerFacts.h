#pragma once

// What this client knows that the server does not report (PROTOCOL.md
// section 4), from the commands it sent for the call on the agent's screen.
struct LedgerFacts
{
    bool thirdPartyParked = false; // we parked the third party (PARK_XFER / SWAP_PARK_XFER... )
    bool thirdPartyOnLine = false; // we grabbed or swapped the third party onto the line
    bool customerInIvr = false;    // the PARK the server shows is our PARK_IVR_CUSTOMER

    bool operator==(const LedgerFacts &) const = default;
};
