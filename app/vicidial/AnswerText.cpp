#include "vicidial/AnswerText.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Answer", text);
}
} // namespace

QString describeAnswer(const Answer &answer)
{
    switch (answer.kind) {
    case ResultKind::Success:
        if (!answer.value.isEmpty())
            return tr("The server stored %1 for agent %2.").arg(answer.value, answer.agent);
        return tr("The server accepted the request.");
    case ResultKind::NotLoggedIn:
        return tr("Agent %1 is not logged in.").arg(answer.agent);
    case ResultKind::NoLead:
        return tr("Agent %1 has no lead on the screen.").arg(answer.agent);
    case ResultKind::InvalidValue:
        if (answer.function == QLatin1String("park_call"))
            return tr("The server does not accept the value \"%1\" for agent %2.").arg(answer.value, answer.agent);
        return tr("The server rejected the request's parameters.");
    case ResultKind::NoPermission:
        return tr("API user %1 is not allowed to use %2. Ask the VICIdial administrator to allow it.")
            .arg(answer.user, answer.function);
    case ResultKind::BadCredentials:
        return tr("Signed out: wrong API user or password.");
    case ResultKind::AccountLocked:
        return tr("Signed out: the server has locked API user %1 for 15 minutes after too many failed logins.")
            .arg(answer.user);
    case ResultKind::IpBlocked:
        return tr("The server does not accept requests from this computer (%1).").arg(answer.detail);
    case ResultKind::ApiNotActive:
        return tr("The agent API is switched off on this server.");
    case ResultKind::InvalidSource:
        return tr("The server rejected the source name: it must be 2 to 20 characters.");
    case ResultKind::AgentNotFound:
        return tr("There is no agent %1 on this server.").arg(answer.agent);
    case ResultKind::NoLoggedInAgents:
        return tr("No agents are logged in.");
    case ResultKind::ServerError:
        if (answer.detail == QLatin1String("empty"))
            return tr("The server sent an empty answer.");
        return tr("The server answered with an error page instead of an answer.");
    case ResultKind::Unrecognised:
        return tr("The server said: %1").arg(answer.text);
    case ResultKind::Timeout:
        return tr("The server did not answer in time.");
    case ResultKind::ConnectionFailed:
        return tr("Cannot reach the server: %1").arg(answer.detail);
    case ResultKind::TlsFailure:
        return tr("The server's certificate is not trusted: %1").arg(answer.detail);
    case ResultKind::HttpError:
        return tr("The server answered with HTTP status %1.").arg(answer.detail);
    case ResultKind::Busy:
        return tr("A command for agent %1 is already on its way.").arg(answer.agent);
    case ResultKind::NotSent:
        return answer.text.isEmpty() ? tr("Not sent.") : answer.text;
    }
    Q_UNREACHABLE();
    return {};
}
