#pragma once

#include "hub/FloorSource.h"
#include "vicidial/AgentSnapshot.h"

#include <QString>

#include <variant>

// Reading a hub source in a test, and comparing what it read with the API.
namespace FloorReads {

using ReadResult = std::variant<FloorReading, QString>;

// The reading, or the reason it failed; a failure when neither came within 20 s.
ReadResult readOnce(FloorSource &source);
// The reading; an empty one (with a warning saying why) when it failed.
FloorReading readingOf(FloorSource &source);

// One field per column, so a difference shows which field differs.
QString describe(const AgentSnapshot &agent);
// What the API can tell too: the database-only fields cleared.
AgentSnapshot withoutDatabaseFields(AgentSnapshot agent);

} // namespace FloorReads
