#include "cli/CliCommandFactory.h"

#include "cli/SendCommand.h"
#include "cli/StatusCommand.h"

CliCommand *createCliCommand(const CliRequest &request, QTextStream &out, QTextStream &err, QObject *parent)
{
    CliCommand *command = nullptr;
    switch (request.mode) {
    case CliRequest::Mode::Status:
        command = new StatusCommand(request.server, request.agent, request.session, out, err, nullptr, parent);
        break;
    case CliRequest::Mode::Send:
        command = new SendCommand(request.server, request.agent, request.action, request.confirm, request.session, out,
                                  err, nullptr, parent);
        break;
    case CliRequest::Mode::None:
        return nullptr;
    }
    if (!request.hub.url.isEmpty())
        command->followHub(request.hub);
    return command;
}
