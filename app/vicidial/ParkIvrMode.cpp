#include "vicidial/ParkIvrMode.h"

QString parkIvrModeKey(ParkIvrMode mode)
{
    switch (mode) {
    case ParkIvrMode::Disabled: return QStringLiteral("DISABLED");
    case ParkIvrMode::Enabled: return QStringLiteral("ENABLED");
    case ParkIvrMode::EnabledParkOnly: return QStringLiteral("ENABLED_PARK_ONLY");
    case ParkIvrMode::EnabledButtonHidden: return QStringLiteral("ENABLED_BUTTON_HIDDEN");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<ParkIvrMode> parkIvrModeFromKey(QStringView key)
{
    for (ParkIvrMode mode : {ParkIvrMode::Disabled, ParkIvrMode::Enabled, ParkIvrMode::EnabledParkOnly, ParkIvrMode::EnabledButtonHidden}) {
        if (key.compare(parkIvrModeKey(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
    return std::nullopt;
}
