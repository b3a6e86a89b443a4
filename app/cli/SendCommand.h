#pragma once

#include "cli/CliCommand.h"
#include "vicidial/ParkAction.h"

struct CommandRecord;

// `parkbar --send VALUE --agent A [--confirm]`: one park_call through the
// same rules as the buttons. An action that is off prints its reason and
// sends nothing. Prints the server's (redacted) answer and, with --confirm,
// the confirmation verdict. Exit 0 on SUCCESS (and, with --confirm, when the
// state showed it carried out, or for PARK_XFER / GRAB_XFER, whose effect no
// state shows: the line says it cannot be confirmed); see CliExitCode.
class SendCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendCommand)

public:
    SendCommand(const ServerConfig &server, const QString &agent, ParkAction action, bool confirm,
                const SessionOptions &options, QTextStream &out, QTextStream &err, Clock *clock = nullptr,
                QObject *parent = nullptr);

protected:
    void onSessionReady() override;

private:
    void onCommandFinished(const CommandRecord &record);
    void onCommandSettled(const CommandRecord &record);

    ParkAction m_action;
    bool m_confirm = false;
};
