#pragma once

#include "state/CallLegs.h"
#include "vicidial/ParkAction.h"

// What the automatic Swap button sends: SWAP_PARK_XFER while the customer
// is parked on hold (park the third party, bring the customer back),
// otherwise SWAP_PARK_CUSTOMER (park the customer, bring the third party back).
ParkAction swapActionFor(const CallLegs &legs);
