#include "hotkeys/HotkeyTarget.h"

#include <QCoreApplication>

QString hotkeyTargetId(HotkeyTarget target)
{
    if (const std::optional<ParkAction> action = hotkeyTargetAction(target))
        return parkActionWireValue(*action);
    return QStringLiteral("AUTO_SWAP");
}

std::optional<HotkeyTarget> hotkeyTargetFromId(QStringView id)
{
    for (HotkeyTarget target : kAllHotkeyTargets) {
        if (hotkeyTargetId(target) == id)
            return target;
    }
    return std::nullopt;
}

std::optional<ParkAction> hotkeyTargetAction(HotkeyTarget target)
{
    switch (target) {
    case HotkeyTarget::ParkCustomer: return ParkAction::ParkCustomer;
    case HotkeyTarget::GrabCustomer: return ParkAction::GrabCustomer;
    case HotkeyTarget::ParkIvrCustomer: return ParkAction::ParkIvrCustomer;
    case HotkeyTarget::GrabIvrCustomer: return ParkAction::GrabIvrCustomer;
    case HotkeyTarget::ParkXfer: return ParkAction::ParkXfer;
    case HotkeyTarget::GrabXfer: return ParkAction::GrabXfer;
    case HotkeyTarget::SwapParkCustomer: return ParkAction::SwapParkCustomer;
    case HotkeyTarget::SwapParkXfer: return ParkAction::SwapParkXfer;
    case HotkeyTarget::HangupXferGrabCustomer: return ParkAction::HangupXferGrabCustomer;
    case HotkeyTarget::AutoSwap: return std::nullopt;
    }
    Q_UNREACHABLE();
    return std::nullopt;
}

HotkeyTarget hotkeyTargetFor(ParkAction action)
{
    for (HotkeyTarget target : kAllHotkeyTargets) {
        if (hotkeyTargetAction(target) == action)
            return target;
    }
    Q_UNREACHABLE();
    return HotkeyTarget::ParkCustomer;
}

QString hotkeyTargetDisplayName(HotkeyTarget target)
{
    if (const std::optional<ParkAction> action = hotkeyTargetAction(target))
        return parkActionDisplayName(*action);
    return QCoreApplication::translate("HotkeyTarget", "Swap (automatic)");
}
