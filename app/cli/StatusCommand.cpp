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
    say(CliText::agentLine(input));
    say(CliText::sourceLine(session()->view().source, hub().url));
    say(CliText::connectionLine(session()->connection()));
    say(CliText::serverLine(input.capabilities));
    if (const QString ivr = CliText::parkIvrLine(input); !ivr.isEmpty())
        say(ivr);
    const ActionStates &states = session()->actionStates();
    for (ParkAction action : kAllParkActions)
        say(CliText::actionLine(action, stateOf(states, action)));
    finish(CliExitCode::Ok);
}
