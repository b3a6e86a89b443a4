#include "state/CommandLedger.h"

void CommandLedger::observe(const std::optional<AgentSnapshot> &snapshot)
{
    if (!snapshot || !snapshot->hasLead()) {
        clear();
        return;
    }
    if (snapshot->leadId != m_leadId) {
        clear();
        m_leadId = snapshot->leadId;
    }
    // PARK gone after our IVR park: the IVR ended or someone grabbed the customer.
    if (m_facts.customerInIvr && !snapshot->isParked())
        m_facts.customerInIvr = false;
}

void CommandLedger::clear()
{
    m_leadId.clear();
    m_facts = {};
    m_applied.clear();
}

void CommandLedger::record(const CommandRecord &record)
{
    if (!m_applied.contains(record.id))
        apply(record);
}

void CommandLedger::apply(const CommandRecord &record)
{
    const bool success = record.finished && record.result.answer.isSuccess();
    const bool confirmed = record.confirmation == Confirmation::Confirmed;
    bool applied = true;
    switch (record.action()) {
    case ParkAction::ParkXfer:
        applied = success;
        if (applied) {
            m_facts.thirdPartyParked = true;
            m_facts.thirdPartyOnLine = false;
        }
        break;
    case ParkAction::GrabXfer:
        applied = success;
        if (applied) {
            m_facts.thirdPartyParked = false;
            m_facts.thirdPartyOnLine = true;
        }
        break;
    case ParkAction::ParkCustomer:
        applied = confirmed;
        if (applied)
            m_facts.customerInIvr = false;
        break;
    case ParkAction::ParkIvrCustomer:
        applied = confirmed;
        if (applied)
            m_facts.customerInIvr = true;
        break;
    case ParkAction::GrabCustomer:
    case ParkAction::GrabIvrCustomer:
        applied = confirmed;
        if (applied)
            m_facts.customerInIvr = false;
        break;
    case ParkAction::SwapParkCustomer:
        applied = confirmed;
        if (applied) {
            m_facts.customerInIvr = false;
            m_facts.thirdPartyParked = false;
            m_facts.thirdPartyOnLine = true;
        }
        break;
    case ParkAction::SwapParkXfer:
        applied = confirmed;
        if (applied) {
            m_facts.thirdPartyParked = true;
            m_facts.thirdPartyOnLine = false;
        }
        break;
    case ParkAction::HangupXferGrabCustomer:
        applied = confirmed;
        if (applied) {
            m_facts.thirdPartyParked = false;
            m_facts.thirdPartyOnLine = false;
        }
        break;
    }
    if (applied)
        m_applied.append(record.id);
}
