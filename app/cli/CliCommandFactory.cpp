#include "cli/CliCommandFactory.h"

#include "cli/SendCommand.h"
#include "cli/StatusCommand.h"

CliCommand *createCliCommand(const CliRequest &request, QTextStream &out, QTextStream &err, QObject *parent)
{
    switch (request.mode) {
    case CliRequest::Mode::Status:
        return new StatusCommand(request.server, request.agent, request.session, out, err, nullptr, parent);
    case CliRequest::Mode::Send:
        return new SendCommand(request.server, request.agent, request.action, request.confirm, request.session, out, err,
                               nullptr, parent);
    case CliRequest::Mode::None:
        break;
    }
    return nullptr;
}
