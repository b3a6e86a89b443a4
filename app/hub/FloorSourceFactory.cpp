#include "hub/FloorSourceFactory.h"

#include "hub/ApiFloorSource.h"

FloorSource *FloorSourceFactory::create(const HubConfig &config, Clock *clock, QObject *parent, QString *error)
{
    if (config.sourceKind == HubConfig::SourceKind::Api)
        return new ApiFloorSource(config.api, config.served, clock, parent);
    // PLACEHOLDER until the database branch is merged; then:
    //     return new DatabaseFloorSource(config.database, parent);
    *error = tr("database source not available in this build");
    return nullptr;
}
