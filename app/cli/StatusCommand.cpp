#include "cli/StatusCommand.h"

#include "cli/CliText.h"
#include "session/AgentSession.h"

#include <QTextStream>

StatusCommand::StatusCommand(const ServerConfig &server, const QString &agent, const SessionOptions &options,
                             QTextStream &out, QTextStream &err, Clock *clock, QObject *parent)
    : CliCommand(server, agent, options, out, err, clock, parent)
{
}

void StatusCommand::onSessionReady()
{
    const RuleInput input = session()->ruleInput();
    if (input.agentUnknown) {
        complain(tr("There is no agent %1 on this server.").arg(input.agent));
        finish(CliExitCode::Refused);
        return;
    }
    out() << CliText::agentLine(input) << '\n';
    out() << CliText::connectionLine(session()->connection()) << '\n';
    out() << CliText::serverLine(input.capabilities) << '\n';
    if (const QString ivr = CliText::parkIvrLine(input); !ivr.isEmpty())
        out() << ivr << '\n';
    const ActionStates &states = session()->actionStates();
    for (ParkAction action : kAllParkActions)
        out() << CliText::actionLine(action, stateOf(states, action)) << '\n';
    finish(CliExitCode::Ok);
}
