#pragma once

#include "hub/HubConfig.h"

class Clock;
class FloorSource;
class QObject;

// Builds the source the configuration names.
class FloorSourceFactory final
{
public:
    static FloorSource *create(const HubConfig &config, Clock *clock, QObject *parent);
};
