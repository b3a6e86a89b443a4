#pragma once

#include "hub/HubConfig.h"

#include <QCoreApplication>

class Clock;
class FloorSource;

// Builds the source the configuration names.
class FloorSourceFactory final
{
    Q_DECLARE_TR_FUNCTIONS(FloorSourceFactory)

public:
    // nullptr and the reason in *error when this build cannot make it.
    static FloorSource *create(const HubConfig &config, Clock *clock, QObject *parent, QString *error);
};
