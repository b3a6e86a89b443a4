#pragma once

#include <QtGlobal>

#include <optional>

// How loudly the park timer should be calling for attention.
enum class ParkAlert : quint8 { None, Warning, Critical };

// The park time limits, in seconds; 0 or less turns that level off.
struct ParkLimits
{
    int warnSeconds = 60;
    int criticalSeconds = 25 * 60; // before the server's own cut-off (about 30 min)

    bool operator==(const ParkLimits &) const = default;
};

// The one alert rule, for the bar, the tray and the supervisor table alike:
// only a customer on hold calls for attention. A customer in the park IVR
// comes back by itself when it ends, so that park never alerts.
ParkAlert parkAlertFor(std::optional<qint64> parkedForMs, bool inIvr, const ParkLimits &limits);
