#include "state/SwapChoice.h"

ParkAction swapActionFor(const CallLegs &legs)
{
    return legs.customer == CallLeg::Parked ? ParkAction::SwapParkXfer : ParkAction::SwapParkCustomer;
}
