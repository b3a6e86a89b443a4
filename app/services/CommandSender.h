#pragma once

#include "state/CommandResult.h"

#include <QObject>

// Sends park_call commands for a session: straight to the server's agent API
// (ParkCallService) or through a hub in gateway mode. A command is written at
// most once and never resent; commandFinished follows exactly once per send().
// Whether a command may go at all (one in flight per agent, the action rules)
// is the session's decision, not the sender's.
class CommandSender : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandSender)

public:
    using QObject::QObject;
    ~CommandSender() override = default;

    virtual void send(const QString &agent, ParkAction action) = 0;

Q_SIGNALS:
    void commandFinished(const CommandResult &result);
};
