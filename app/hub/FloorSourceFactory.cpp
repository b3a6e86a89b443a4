#include "hub/FloorSourceFactory.h"

#include "hub/ApiFloorSource.h"
#include "hub/DatabaseFloorSource.h"

FloorSource *FloorSourceFactory::create(const HubConfig &config, Clock *clock, QObject *parent)
{
    if (config.sourceKind == HubConfig::SourceKind::Api)
        return new ApiFloorSource(config.api, config.served, clock, parent);
    return new DatabaseFloorSource(config.database, parent);
}
