#include "state/StatusText.h"

#include <QCoreApplication>

namespace {

class StatusText
{
    Q_DECLARE_TR_FUNCTIONS(StatusText)

public:
    static QString status(const AgentSnapshot &snapshot)
    {
        const QString &status = snapshot.status;
        if (status == QLatin1String("INCALL"))
            return tr("In call");
        if (status == QLatin1String("READY"))
            return tr("Ready");
        if (status == QLatin1String("QUEUE"))
            return tr("Call arriving");
        if (status == QLatin1String("PAUSED"))
            return snapshot.pauseCode.isEmpty() ? tr("Paused") : tr("Paused (%1)").arg(snapshot.pauseCode);
        if (status == QLatin1String("CLOSER"))
            return tr("Waiting for inbound calls");
        return status;
    }

    static QString call(const AgentSnapshot &snapshot, const CallLegs &legs)
    {
        switch (legs.customer) {
        case CallLeg::Parked: return tr("customer parked");
        case CallLeg::InIvr: return tr("customer in park IVR");
        case CallLeg::HungUp: return tr("customer hung up");
        case CallLeg::Dispo: return tr("writing disposition");
        case CallLeg::ThreeWay: return tr("3-way call");
        case CallLeg::Ring: return tr("ringing");
        case CallLeg::Preview: return tr("previewing lead");
        case CallLeg::Dial: return tr("dialling");
        case CallLeg::Unfamiliar: return snapshot.subStatus;
        case CallLeg::OnLine: return {};
        case CallLeg::NotInCall:
            // A sub status this program does not know, outside a call.
            return snapshot.subStatusKind() == SubStatus::Other ? snapshot.subStatus : QString();
        }
        return {};
    }

    static QString combined(const AgentSnapshot &snapshot, const CallLegs &legs)
    {
        QString detail = call(snapshot, legs);
        if (legs.thirdParty == ThirdPartyLine::Parked)
            detail = detail.isEmpty() ? tr("third party parked") : tr("%1, third party parked").arg(detail);
        if (!snapshot.hasLead() && !snapshot.isInCall() && detail.isEmpty())
            detail = tr("no lead");
        const QString text = status(snapshot);
        return detail.isEmpty() ? text : tr("%1, %2").arg(text, detail);
    }
};

} // namespace

QString agentStateText(const AgentSnapshot &snapshot, const CallLegs &legs)
{
    return StatusText::combined(snapshot, legs);
}
