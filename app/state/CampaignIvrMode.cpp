#include "state/CampaignIvrMode.h"

std::optional<ParkIvrMode> campaignIvrMode(const QString &campaign, const QHash<QString, ParkIvrMode> &configured,
                                           const QHash<QString, ParkIvrMode> &fromSource)
{
    if (const auto it = configured.constFind(campaign); it != configured.cend())
        return *it;
    if (const auto it = fromSource.constFind(campaign); it != fromSource.cend())
        return *it;
    return std::nullopt;
}
