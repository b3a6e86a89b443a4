#include "state/ConfirmationTracker.h"

Expectation expectationFor(ParkAction action)
{
    switch (action) {
    case ParkAction::ParkCustomer:
    case ParkAction::ParkIvrCustomer:
    case ParkAction::SwapParkCustomer: return Expectation::ParkAppears;
    case ParkAction::GrabCustomer:
    case ParkAction::GrabIvrCustomer:
    case ParkAction::SwapParkXfer:
    case ParkAction::HangupXferGrabCustomer: return Expectation::ParkGoes;
    case ParkAction::ParkXfer:
    case ParkAction::GrabXfer: return Expectation::NotVisible;
    }
    Q_UNREACHABLE();
    return Expectation::NotVisible;
}

void ConfirmationTracker::begin(quint64 commandId, ParkAction action, qint64 sentAtMs, bool clearAnswer)
{
    m_commandId = commandId;
    m_expectation = expectationFor(action);
    m_sentAtMs = sentAtMs;
    m_clearAnswer = clearAnswer;
    m_watching = m_expectation != Expectation::NotVisible;
    m_sawFreshState = false;
    m_lastSubStatus = SubStatus::None;
}

void ConfirmationTracker::cancel()
{
    m_watching = false;
}

std::optional<ConfirmationTracker::Verdict> ConfirmationTracker::observe(const std::optional<AgentSnapshot> &snapshot,
                                                                         qint64 polledAtMs)
{
    if (!m_watching || polledAtMs < m_sentAtMs)
        return std::nullopt;
    m_sawFreshState = true;
    m_lastSubStatus = snapshot ? snapshot->subStatusKind() : SubStatus::None;
    const bool parked = snapshot && snapshot->isParked();
    if (m_expectation == Expectation::ParkAppears && parked) {
        m_watching = false;
        return Verdict{m_commandId, Confirmation::Confirmed, tr("The server shows the customer parked.")};
    }
    // PARK going away with the agent still on the lead; a logout is no grab.
    if (m_expectation == Expectation::ParkGoes && snapshot && snapshot->hasLead() && !parked) {
        m_watching = false;
        return Verdict{m_commandId, Confirmation::Confirmed,
                       tr("The server no longer shows the customer parked.")};
    }
    return std::nullopt;
}

std::optional<ConfirmationTracker::Verdict> ConfirmationTracker::expire()
{
    if (!m_watching)
        return std::nullopt;
    m_watching = false;
    if (!m_sawFreshState) {
        return Verdict{m_commandId, Confirmation::Unknown,
                       tr("No state came from the server since the command was sent: cannot tell whether it was carried out.")};
    }
    if (!m_clearAnswer) {
        return Verdict{m_commandId, Confirmation::Unknown,
                       tr("The server gave no clear answer, so the command may or may not have been stored, and the "
                          "agent's state does not show it carried out.")};
    }
    if (m_lastSubStatus == SubStatus::ThreeWay) {
        return Verdict{m_commandId, Confirmation::Unknown,
                       tr("The server shows a 3-way call, which can hide a park: cannot tell whether it was carried out.")};
    }
    return Verdict{m_commandId, Confirmation::NotCarriedOut, notCarriedOutText()};
}

ConfirmationTracker::Verdict ConfirmationTracker::notVisibleVerdict(quint64 commandId, bool clearAnswer)
{
    if (!clearAnswer) {
        return {commandId, Confirmation::Unknown,
                tr("The server gave no clear answer, so the command may or may not have been stored; the "
                   "third-party line cannot be seen to check.")};
    }
    return {commandId, Confirmation::NotApplicable,
            tr("Sent. The server does not show the third-party line, so this cannot be confirmed.")};
}

QString ConfirmationTracker::notCarriedOutText()
{
    return tr("The agent's VICIdial screen has not acted on it. Is it open?");
}
