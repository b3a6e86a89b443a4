#include "demo/AgentScreen.h"

#include "vicidial/ParkAction.h"

namespace {

bool thirdPartyPresent(const SimAgent &agent)
{
    return agent.thirdParty != ThirdPartyLeg::None;
}

bool act(SimAgent &agent, ParkAction action, ParkIvrMode ivrMode)
{
    CustomerLeg &customer = agent.customer;
    ThirdPartyLeg &third = agent.thirdParty;
    switch (action) {
    case ParkAction::ParkCustomer:
        if (customer != CustomerLeg::OnLine)
            return false;
        customer = CustomerLeg::Parked;
        return true;
    case ParkAction::GrabCustomer:
        if (customer != CustomerLeg::Parked)
            return false;
        customer = CustomerLeg::OnLine;
        return true;
    case ParkAction::ParkIvrCustomer:
        if (customer != CustomerLeg::OnLine)
            return false;
        // Without a park IVR the transfer goes nowhere and the customer is lost.
        customer = ivrMode == ParkIvrMode::Disabled ? CustomerLeg::HungUp : CustomerLeg::InParkIvr;
        return true;
    case ParkAction::GrabIvrCustomer:
        if (customer != CustomerLeg::InParkIvr || ivrMode == ParkIvrMode::EnabledParkOnly)
            return false;
        customer = CustomerLeg::OnLine;
        return true;
    case ParkAction::ParkXfer:
        if (third != ThirdPartyLeg::OnLine)
            return false;
        third = ThirdPartyLeg::Parked;
        return true;
    case ParkAction::GrabXfer:
        if (third != ThirdPartyLeg::Parked)
            return false;
        third = ThirdPartyLeg::OnLine;
        return true;
    case ParkAction::SwapParkCustomer:
        if (customer != CustomerLeg::OnLine || !thirdPartyPresent(agent))
            return false;
        customer = CustomerLeg::Parked;
        third = ThirdPartyLeg::OnLine;
        return true;
    case ParkAction::SwapParkXfer:
        if (customer != CustomerLeg::Parked || !thirdPartyPresent(agent))
            return false;
        customer = CustomerLeg::OnLine;
        third = ThirdPartyLeg::Parked;
        return true;
    case ParkAction::HangupXferGrabCustomer:
        if (!thirdPartyPresent(agent))
            return false;
        third = ThirdPartyLeg::None;
        if (customer == CustomerLeg::Parked)
            customer = CustomerLeg::OnLine;
        return true;
    }
    return false;
}

} // namespace

bool AgentScreen::carryOut(SimAgent &agent, const QString &value, ParkIvrMode ivrMode, const ServerBuild &screenBuild)
{
    const std::optional<ParkAction> action = parkActionFromWireValue(value);
    if (!action || !agent.loggedIn || !agent.hasLead())
        return false;
    if (parkActionFirstBuild(*action) > screenBuild.date)
        return false;
    return act(agent, *action, ivrMode);
}
