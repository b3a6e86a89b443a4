#include "state/ActionRules.h"

#include "state/CallLegs.h"
#include "state/GatewayText.h"
#include "state/StopReason.h"

#include <QCoreApplication>

// The order of the checks is the order of the reasons a person sees: the
// first that applies wins. Feed (signed out, offline, waiting, stale), then
// the agent (not logged in, no lead), then a command in progress, then what
// the server build can do, then the campaign's park IVR mode, then the legs
// of the call.

namespace {

class ActionRules
{
    Q_DECLARE_TR_FUNCTIONS(ActionRules)
};

ActionState on(const QString &reason)
{
    return {true, reason};
}

ActionState off(const QString &reason)
{
    return {false, reason};
}

ActionStates allOff(const QString &reason)
{
    ActionStates states;
    states.fill(off(reason));
    return states;
}

std::optional<QString> feedReason(const RuleInput &input)
{
    // Without the hub there is no other way to the server: say that, not "the server".
    if (input.hubOnly && (input.feed == FeedState::Offline || input.feed == FeedState::Stale))
        return GatewayText::hubUnreachable();
    switch (input.feed) {
    case FeedState::AuthStopped:
        return input.stopReason.isEmpty() ? stopSentence(std::nullopt) : input.stopReason;
    case FeedState::Offline: return ActionRules::tr("Offline: the server cannot be reached");
    case FeedState::Waiting: return ActionRules::tr("Waiting for the server...");
    case FeedState::Stale: return ActionRules::tr("The agent's state is out of date: no answer from the server for a while");
    case FeedState::Live: break;
    }
    return std::nullopt;
}

std::optional<QString> agentReason(const RuleInput &input)
{
    if (!input.snapshot) {
        if (input.agentUnknown)
            return ActionRules::tr("There is no agent %1 on this server").arg(input.agent);
        return ActionRules::tr("Agent %1 is not logged in").arg(input.agent);
    }
    if (!input.snapshot->hasLead())
        return ActionRules::tr("No lead on the agent's screen");
    return std::nullopt;
}

// The short name the build reason uses for an action.
QString featureName(ParkAction action)
{
    switch (action) {
    case ParkAction::ParkXfer: return ActionRules::tr("Park third party");
    case ParkAction::GrabXfer: return ActionRules::tr("Grab third party");
    case ParkAction::SwapParkCustomer:
    case ParkAction::SwapParkXfer: return ActionRules::tr("Swap");
    case ParkAction::HangupXferGrabCustomer: return ActionRules::tr("Hangup Xfer + Grab");
    default: return parkActionDisplayName(action);
    }
}

std::optional<QString> buildReason(ParkAction action, const ServerCapabilities &capabilities)
{
    if (capabilities.supports(action))
        return std::nullopt;
    const int needed = parkActionFirstBuild(action); // YYMMDD
    const QString neededDate = QStringLiteral("20%1-%2-%3")
                                   .arg(needed / 10000, 2, 10, QLatin1Char('0'))
                                   .arg(needed / 100 % 100, 2, 10, QLatin1Char('0'))
                                   .arg(needed % 100, 2, 10, QLatin1Char('0'));
    const QString seen = QStringLiteral("%1").arg(capabilities.newestBuild()->date, 6, 10, QLatin1Char('0'));
    return ActionRules::tr("This server looks older than %1 (newest build seen: %2); %3 needs newer")
        .arg(neededDate, seen, featureName(action));
}

std::optional<QString> ivrModeReason(ParkAction action, const RuleInput &input)
{
    if (action != ParkAction::ParkIvrCustomer && action != ParkAction::GrabIvrCustomer)
        return std::nullopt;
    const QString campaign = input.snapshot->campaign;
    if (!input.ivrMode) {
        return ActionRules::tr("The park IVR mode of campaign %1 is not set. If it has a park IVR, set its mode in Settings "
                  "(a park into a missing IVR drops the caller)")
            .arg(campaign);
    }
    switch (*input.ivrMode) {
    case ParkIvrMode::Disabled: return ActionRules::tr("Campaign %1 has no park IVR").arg(campaign);
    case ParkIvrMode::EnabledParkOnly:
        if (action == ParkAction::GrabIvrCustomer)
            return ActionRules::tr("Campaign %1 does not allow grabbing back from the park IVR: the customer returns when it ends")
                .arg(campaign);
        break;
    case ParkIvrMode::Enabled:
    case ParkIvrMode::EnabledButtonHidden: break; // the API works even when the screen hides its button
    }
    return std::nullopt;
}

// Why nothing can act on the call, or nullopt when the customer is connected.
std::optional<QString> callReason(CallLeg leg, const AgentSnapshot &snapshot, const QString &agent)
{
    switch (leg) {
    case CallLeg::HungUp: return ActionRules::tr("The customer has hung up");
    case CallLeg::Dispo: return ActionRules::tr("The call has ended: the agent is writing the disposition");
    case CallLeg::Preview: return ActionRules::tr("No call is connected yet: the lead is in preview");
    case CallLeg::Ring: return ActionRules::tr("No call is connected yet: the phone is ringing");
    case CallLeg::Dial: return ActionRules::tr("No call is connected yet: the number is being dialled");
    case CallLeg::NotInCall: return ActionRules::tr("Agent %1 is not in a call (%2)").arg(agent, snapshot.status);
    case CallLeg::Unfamiliar: return ActionRules::tr("The server shows a call state this program does not know (%1)").arg(snapshot.subStatus);
    case CallLeg::OnLine:
    case CallLeg::ThreeWay:
    case CallLeg::Parked:
    case CallLeg::InIvr: break;
    }
    return std::nullopt;
}

ActionState legState(ParkAction action, const RuleInput &input)
{
    const AgentSnapshot &snapshot = *input.snapshot;
    const LedgerFacts &facts = input.ledger;
    const CallLegs legs = callLegsOf(snapshot, facts);
    const CallLeg leg = legs.customer;

    // The third party is its own line: a parked one can be fetched back even after the customer hung up.
    if (action == ParkAction::GrabXfer && leg == CallLeg::HungUp && facts.thirdPartyParked)
        return on(ActionRules::tr("Bring the parked third party back"));
    if (const auto reason = callReason(leg, snapshot, input.agent))
        return off(*reason);

    const bool onLine = legs.customerOnLine();
    const bool parked = leg == CallLeg::Parked;
    const bool inIvr = leg == CallLeg::InIvr;
    switch (action) {
    case ParkAction::ParkCustomer:
        if (onLine)
            return on(ActionRules::tr("Park the customer: they hear hold music until grabbed back"));
        return off(parked ? ActionRules::tr("The customer is already parked") : ActionRules::tr("The customer is in the park IVR"));
    case ParkAction::GrabCustomer:
        if (parked)
            return on(ActionRules::tr("Bring the parked customer back"));
        return off(inIvr ? ActionRules::tr("The customer is in the park IVR") : ActionRules::tr("The customer is not parked"));
    case ParkAction::ParkIvrCustomer:
        if (onLine)
            return on(ActionRules::tr("Send the customer to the park IVR of campaign %1; they come back by themselves when it ends")
                          .arg(snapshot.campaign));
        return off(parked ? ActionRules::tr("The customer is parked: bring them back first") : ActionRules::tr("The customer is already in the park IVR"));
    case ParkAction::GrabIvrCustomer:
        if (inIvr)
            return on(ActionRules::tr("Bring the customer back from the park IVR now"));
        return off(ActionRules::tr("The customer is not in the park IVR"));
    case ParkAction::ParkXfer:
        if (facts.thirdPartyParked)
            return off(ActionRules::tr("The third party is already parked"));
        if (leg == CallLeg::ThreeWay)
            return on(ActionRules::tr("Park the third-party line (the server shows another party on this call)"));
        if (facts.thirdPartyOnLine)
            return on(ActionRules::tr("Park the third party"));
        return on(ActionRules::tr("Park the third-party line, if there is one: the server does not report whether a third party "
                     "is on the call"));
    case ParkAction::GrabXfer:
        if (facts.thirdPartyParked)
            return on(ActionRules::tr("Bring the parked third party back"));
        return off(ActionRules::tr("No third party was parked from this bar (one parked in the VICIdial screen cannot be seen here)"));
    case ParkAction::SwapParkCustomer:
        if (parked)
            return off(ActionRules::tr("The customer is already parked"));
        if (inIvr)
            return off(ActionRules::tr("The customer is in the park IVR"));
        if (!facts.thirdPartyParked)
            return off(ActionRules::tr("No third party was parked from this bar to swap with"));
        return on(ActionRules::tr("Park the customer and bring the parked third party back"));
    case ParkAction::SwapParkXfer:
        if (onLine)
            return off(ActionRules::tr("The customer is not parked"));
        if (inIvr)
            return off(ActionRules::tr("The customer is in the park IVR"));
        if (facts.thirdPartyParked)
            return off(ActionRules::tr("The third party is already parked: use Grab to bring the customer back"));
        if (facts.thirdPartyOnLine)
            return on(ActionRules::tr("Park the third party and bring the customer back"));
        return on(ActionRules::tr("Park the third-party line (if there is one: the server cannot tell) and bring the customer back"));
    case ParkAction::HangupXferGrabCustomer:
        if (onLine)
            return off(ActionRules::tr("The customer is not parked"));
        if (inIvr)
            return off(ActionRules::tr("The customer is in the park IVR"));
        if (facts.thirdPartyOnLine)
            return on(ActionRules::tr("Hang up the third party and bring the parked customer back"));
        return on(ActionRules::tr("Hang up the third-party line (if there is one) and bring the parked customer back"));
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace

ActionStates evaluateActions(const RuleInput &input)
{
    if (const auto reason = feedReason(input))
        return allOff(*reason);
    if (const auto reason = agentReason(input))
        return allOff(*reason);
    if (input.pending)
        return allOff(ActionRules::tr("Waiting for the previous command to finish"));

    ActionStates states;
    for (ParkAction action : kAllParkActions) {
        ActionState &state = states[static_cast<size_t>(action)];
        if (const auto reason = buildReason(action, input.capabilities))
            state = off(*reason);
        else if (const auto reason = ivrModeReason(action, input))
            state = off(*reason);
        else
            state = legState(action, input);
    }
    return states;
}
