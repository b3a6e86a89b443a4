#pragma once

#include "vicidial/Answer.h"
#include "vicidial/ParkAction.h"

#include <QMetaType>
#include <QString>

// The result of one park_call command.
struct CommandResult
{
    QString agent;
    ParkAction action = ParkAction::ParkCustomer;
    Answer answer;      // parsed and redacted
    qint64 latencyMs = 0;
    qint64 sentAtMs = 0; // wall time the command left, for the audit log
    bool reachedServer = false; // false when refused before sending (busy, stopped)
};

Q_DECLARE_METATYPE(CommandResult)
