#include "state/CallLegs.h"

namespace {

ThirdPartyLine thirdPartyOf(const LedgerFacts &facts)
{
    if (facts.thirdPartyParked)
        return ThirdPartyLine::Parked;
    if (facts.thirdPartyOnLine)
        return ThirdPartyLine::OnLine;
    return ThirdPartyLine::Unknown;
}

CallLeg customerOf(const AgentSnapshot &snapshot, const LedgerFacts &facts)
{
    switch (snapshot.subStatusKind()) {
    case SubStatus::Dispo: return CallLeg::Dispo;
    case SubStatus::Dead: return CallLeg::HungUp;
    case SubStatus::Preview: return CallLeg::Preview;
    case SubStatus::Ring: return CallLeg::Ring;
    case SubStatus::Dial: return CallLeg::Dial;
    case SubStatus::Park:
    case SubStatus::ThreeWay:
    case SubStatus::None:
    case SubStatus::Other: break;
    }
    if (!snapshot.isInCall())
        return CallLeg::NotInCall;
    switch (snapshot.subStatusKind()) {
    case SubStatus::Park:
        return snapshot.inParkIvr.value_or(facts.customerInIvr) ? CallLeg::InIvr : CallLeg::Parked;
    case SubStatus::ThreeWay: return CallLeg::ThreeWay;
    case SubStatus::None: return CallLeg::OnLine;
    default: return CallLeg::Unfamiliar;
    }
}

} // namespace

CallLegs callLegsOf(const AgentSnapshot &snapshot, const LedgerFacts &facts)
{
    return {customerOf(snapshot, facts), thirdPartyOf(facts)};
}
