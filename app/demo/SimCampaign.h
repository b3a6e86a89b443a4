#pragma once

#include "vicidial/ParkIvrMode.h"

#include <QString>

// A campaign, with the one setting that matters to parking.
struct SimCampaign
{
    QString id;
    ParkIvrMode parkIvr = ParkIvrMode::Enabled;

    bool hasParkIvr() const { return parkIvr != ParkIvrMode::Disabled; }
};
