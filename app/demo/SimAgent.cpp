#include "demo/SimAgent.h"

QString SimAgent::reportedStatus() const
{
    if (customerParked())
        return QStringLiteral("INCALL");
    return status;
}

bool SimAgent::customerCallExists() const
{
    switch (customer) {
    case CustomerLeg::OnLine:
    case CustomerLeg::Parked:
    case CustomerLeg::InParkIvr:
    case CustomerLeg::Ringing:
    case CustomerLeg::Dialing: return true;
    case CustomerLeg::None:
    case CustomerLeg::HungUp: break;
    }
    return false;
}

void SimAgent::startCall(qint64 lead, const QString &callerIdCode)
{
    status = QStringLiteral("INCALL");
    leadId = lead;
    callerId = callerIdCode;
    pauseCode.clear();
    comments = QStringLiteral("AUTO");
    previewLeadId = 0;
    ringCallerId.clear();
    customer = CustomerLeg::OnLine;
    thirdParty = ThirdPartyLeg::None;
    ++callsToday;
}

void SimAgent::endCall(const QString &newStatus)
{
    status = newStatus;
    leadId = 0;
    callerId.clear();
    comments.clear();
    previewLeadId = 0;
    ringCallerId.clear();
    customer = CustomerLeg::None;
    thirdParty = ThirdPartyLeg::None;
}

QString SimAgent::makeCallerId(const QString &dateCode, qint64 lead)
{
    return QLatin1Char('M') + dateCode.left(10).rightJustified(10, QLatin1Char('0'))
        + QString::number(lead).rightJustified(9, QLatin1Char('0'));
}

QString customerLegName(CustomerLeg leg)
{
    switch (leg) {
    case CustomerLeg::None: return QStringLiteral("none");
    case CustomerLeg::OnLine: return QStringLiteral("on line");
    case CustomerLeg::Parked: return QStringLiteral("parked");
    case CustomerLeg::InParkIvr: return QStringLiteral("in park IVR");
    case CustomerLeg::HungUp: return QStringLiteral("hung up");
    case CustomerLeg::Ringing: return QStringLiteral("ringing");
    case CustomerLeg::Dialing: return QStringLiteral("dialing");
    }
    return {};
}

QString thirdPartyLegName(ThirdPartyLeg leg)
{
    switch (leg) {
    case ThirdPartyLeg::None: return QStringLiteral("none");
    case ThirdPartyLeg::OnLine: return QStringLiteral("on line");
    case ThirdPartyLeg::Parked: return QStringLiteral("parked");
    }
    return {};
}
