#include "util/Logging.h"

Q_LOGGING_CATEGORY(lcWire, "parkbar.wire", QtInfoMsg)
Q_LOGGING_CATEGORY(lcState, "parkbar.state", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSim, "parkbar.sim", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSettings, "parkbar.settings", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHub, "parkbar.hub", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHubDatabase, "parkbar.hub.database", QtInfoMsg)
