#include "state/ParkAlert.h"

ParkAlert parkAlertFor(std::optional<qint64> parkedForMs, bool inIvr, const ParkLimits &limits)
{
    if (!parkedForMs || inIvr)
        return ParkAlert::None;
    if (limits.criticalSeconds > 0 && *parkedForMs >= qint64(limits.criticalSeconds) * 1000)
        return ParkAlert::Critical;
    if (limits.warnSeconds > 0 && *parkedForMs >= qint64(limits.warnSeconds) * 1000)
        return ParkAlert::Warning;
    return ParkAlert::None;
}
