#pragma once

#include "cli/CliCommand.h"

// `parkbar --status --agent A`: the agent's state, the connection, the
// server's builds and, for each of the nine values, "enabled" with what it
// would do or "off" with why; exit 0. When the server cannot be asked
// (unreachable, signed out) or has no such agent: one line on stderr and a
// non-zero exit (CliExitCode).
class StatusCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusCommand)

public:
    StatusCommand(const ServerConfig &server, const QString &agent, const SessionOptions &options, QTextStream &out,
                  QTextStream &err, Clock *clock = nullptr, QObject *parent = nullptr);

protected:
    void onSessionReady() override;
};
