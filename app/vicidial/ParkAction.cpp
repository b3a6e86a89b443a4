#include "vicidial/ParkAction.h"

#include <QCoreApplication>

QString parkActionWireValue(ParkAction action)
{
    switch (action) {
    case ParkAction::ParkCustomer: return QStringLiteral("PARK_CUSTOMER");
    case ParkAction::GrabCustomer: return QStringLiteral("GRAB_CUSTOMER");
    case ParkAction::ParkIvrCustomer: return QStringLiteral("PARK_IVR_CUSTOMER");
    case ParkAction::GrabIvrCustomer: return QStringLiteral("GRAB_IVR_CUSTOMER");
    case ParkAction::ParkXfer: return QStringLiteral("PARK_XFER");
    case ParkAction::GrabXfer: return QStringLiteral("GRAB_XFER");
    case ParkAction::SwapParkCustomer: return QStringLiteral("SWAP_PARK_CUSTOMER");
    case ParkAction::SwapParkXfer: return QStringLiteral("SWAP_PARK_XFER");
    case ParkAction::HangupXferGrabCustomer: return QStringLiteral("HANGUP_XFER_GRAB_CUSTOMER");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<ParkAction> parkActionFromWireValue(QStringView value)
{
    for (ParkAction action : kAllParkActions) {
        if (parkActionWireValue(action) == value)
            return action;
    }
    return std::nullopt;
}

int parkActionFirstBuild(ParkAction action)
{
    switch (action) {
    case ParkAction::ParkCustomer:
    case ParkAction::GrabCustomer:
    case ParkAction::ParkIvrCustomer:
    case ParkAction::GrabIvrCustomer: return 100527;
    case ParkAction::ParkXfer:
    case ParkAction::GrabXfer: return 240429;
    case ParkAction::SwapParkCustomer:
    case ParkAction::SwapParkXfer:
    case ParkAction::HangupXferGrabCustomer: return 240624;
    }
    Q_UNREACHABLE();
    return 0;
}

QString parkActionDisplayName(ParkAction action)
{
    switch (action) {
    case ParkAction::ParkCustomer: return QCoreApplication::translate("ParkAction", "Park customer");
    case ParkAction::GrabCustomer: return QCoreApplication::translate("ParkAction", "Grab customer");
    case ParkAction::ParkIvrCustomer: return QCoreApplication::translate("ParkAction", "Park customer in IVR");
    case ParkAction::GrabIvrCustomer: return QCoreApplication::translate("ParkAction", "Grab customer from IVR");
    case ParkAction::ParkXfer: return QCoreApplication::translate("ParkAction", "Park third party");
    case ParkAction::GrabXfer: return QCoreApplication::translate("ParkAction", "Grab third party");
    case ParkAction::SwapParkCustomer: return QCoreApplication::translate("ParkAction", "Swap: park customer, grab third party");
    case ParkAction::SwapParkXfer: return QCoreApplication::translate("ParkAction", "Swap: park third party, grab customer");
    case ParkAction::HangupXferGrabCustomer: return QCoreApplication::translate("ParkAction", "Hang up third party and grab customer");
    }
    Q_UNREACHABLE();
    return {};
}
