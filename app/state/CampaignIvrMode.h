#pragma once

#include "vicidial/ParkIvrMode.h"

#include <QHash>
#include <QString>

#include <optional>

// Which park IVR mode applies to a campaign: the administrator's or the
// user's setting wins; a campaign nobody set takes what the feed's source
// knows (a database hub reads vicidial_campaigns.ivr_park_call); otherwise
// it is unknown (PROTOCOL.md section 5: the APIs cannot say).
std::optional<ParkIvrMode> campaignIvrMode(const QString &campaign, const QHash<QString, ParkIvrMode> &configured,
                                           const QHash<QString, ParkIvrMode> &fromSource);
