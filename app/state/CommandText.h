#pragma once

#include "state/CommandRecord.h"
#include "state/ConnectionState.h"

#include <QString>

// Short texts the bar, the tray and the supervisor table share.
namespace CommandText {
// 0:42, 12:05, 1:02:03
QString duration(qint64 ms);
// "Connected", "Offline, retrying in 8 s", "Signed out: ..."
QString connection(const ConnectionState &state, qint64 nowMonotonicMs);
// One line about a command and its confirmation, for the feedback label and history.
QString commandLine(const CommandRecord &record);
// Whether the record is bad news a person must read.
bool isProblem(const CommandRecord &record);
} // namespace CommandText
