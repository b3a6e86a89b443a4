#include "cli/SendCommand.h"

#include "session/AgentSession.h"
#include "vicidial/AnswerText.h"

#include <QTextStream>

namespace {

// The server's own words where it said something; our sentence for what happened on the way.
QString answerText(const CommandRecord &record)
{
    const Answer &answer = record.result.answer;
    if (!record.result.reachedServer || isTransportFailure(answer.kind) || answer.kind == ResultKind::ServerError
        || answer.text.isEmpty())
        return describeAnswer(answer);
    return answer.text;
}

CliExitCode failureCode(const Answer &answer)
{
    if (stopsTraffic(answer.kind) || answer.kind == ResultKind::NotSent)
        return CliExitCode::SignedOut;
    if (isTransportFailure(answer.kind) || answer.kind == ResultKind::ServerError)
        return CliExitCode::Unreachable;
    return CliExitCode::Refused;
}

} // namespace

SendCommand::SendCommand(const ServerConfig &server, const QString &agent, ParkAction action, bool confirm,
                         const SessionOptions &options, QTextStream &out, QTextStream &err, Clock *clock,
                         QObject *parent)
    : CliCommand(server, agent, options, out, err, clock, parent), m_action(action), m_confirm(confirm)
{
}

void SendCommand::onSessionReady()
{
    connect(session(), &AgentSession::actionRefused, this, [this](ParkAction action, const QString &reason) {
        complain(tr("%1 not sent: %2").arg(parkActionWireValue(action), reason));
        finish(CliExitCode::Refused);
    });
    connect(session(), &AgentSession::commandFinished, this, &SendCommand::onCommandFinished);
    connect(session(), &AgentSession::commandSettled, this, &SendCommand::onCommandSettled);
    session()->request(m_action);
}

void SendCommand::onCommandFinished(const CommandRecord &record)
{
    if (isFinished())
        return;
    const Answer &answer = record.result.answer;
    say(tr("answer: %1").arg(answerText(record)));
    if (answer.isSuccess()) {
        if (!m_confirm)
            finish(CliExitCode::Ok);
        return;
    }
    if (record.result.reachedServer && outcomeUnknown(answer.kind)) {
        if (m_confirm)
            return; // the state may still show it carried out
        complain(tr("No clear answer: the command may or may not have been stored. Check the agent's screen."));
        finish(CliExitCode::Unreachable);
        return;
    }
    finish(failureCode(answer));
}

void SendCommand::onCommandSettled(const CommandRecord &record)
{
    if (isFinished())
        return;
    switch (record.confirmation) {
    case Confirmation::Confirmed:
        say(tr("confirmation: confirmed: %1").arg(record.confirmationText));
        finish(CliExitCode::Ok);
        return;
    case Confirmation::NotApplicable:
        say(tr("confirmation: cannot be seen: %1").arg(record.confirmationText));
        finish(record.result.answer.isSuccess() ? CliExitCode::Ok : failureCode(record.result.answer));
        return;
    case Confirmation::NotCarriedOut:
        say(tr("confirmation: not carried out: %1").arg(record.confirmationText));
        finish(CliExitCode::NotConfirmed);
        return;
    case Confirmation::Unknown:
        say(tr("confirmation: unknown: %1").arg(record.confirmationText));
        finish(CliExitCode::NotConfirmed);
        return;
    case Confirmation::Waiting:
        return;
    }
}
