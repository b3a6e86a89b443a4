#include "vicidial/AnswerText.h"

#include <QCoreApplication>

QString describeAnswer(const Answer &answer)
{
    switch (answer.kind) {
    case ResultKind::Success:
        if (!answer.value.isEmpty())
            return QCoreApplication::translate("Answer", "The server stored %1 for agent %2.").arg(answer.value, answer.agent);
        return QCoreApplication::translate("Answer", "The server accepted the request.");
    case ResultKind::NotLoggedIn:
        return QCoreApplication::translate("Answer", "Agent %1 is not logged in.").arg(answer.agent);
    case ResultKind::NoLead:
        return QCoreApplication::translate("Answer", "Agent %1 has no lead on the screen.").arg(answer.agent);
    case ResultKind::InvalidValue:
        if (answer.function == QLatin1String("park_call"))
            return QCoreApplication::translate("Answer", "The server does not accept the value \"%1\" for agent %2.").arg(answer.value, answer.agent);
        return QCoreApplication::translate("Answer", "The server rejected the request's parameters.");
    case ResultKind::NoPermission:
        return QCoreApplication::translate("Answer", "API user %1 is not allowed to use %2. Ask the VICIdial administrator to allow it.")
            .arg(answer.user, answer.function);
    case ResultKind::BadCredentials:
        return QCoreApplication::translate("Answer", "Signed out: wrong API user or password.");
    case ResultKind::AccountLocked:
        return QCoreApplication::translate("Answer", "Signed out: the server has locked API user %1 for 15 minutes after too many failed logins.")
            .arg(answer.user);
    case ResultKind::IpBlocked:
        return QCoreApplication::translate("Answer", "The server does not accept requests from this computer (%1).").arg(answer.detail);
    case ResultKind::ApiNotActive:
        return QCoreApplication::translate("Answer", "The agent API is switched off on this server.");
    case ResultKind::InvalidSource:
        return QCoreApplication::translate("Answer", "The server rejected the source name: it must be 2 to 20 characters.");
    case ResultKind::AgentNotFound:
        return QCoreApplication::translate("Answer", "There is no agent %1 on this server.").arg(answer.agent);
    case ResultKind::NoLoggedInAgents:
        return QCoreApplication::translate("Answer", "No agents are logged in.");
    case ResultKind::ServerError:
        if (answer.detail == QLatin1String("empty"))
            return QCoreApplication::translate("Answer", "The server sent an empty answer.");
        return QCoreApplication::translate("Answer", "The server answered with an error page instead of an answer.");
    case ResultKind::Unrecognised:
        return QCoreApplication::translate("Answer", "The server said: %1").arg(answer.text);
    case ResultKind::Timeout:
        return QCoreApplication::translate("Answer", "The server did not answer in time.");
    case ResultKind::ConnectionFailed:
        return QCoreApplication::translate("Answer", "Cannot reach the server: %1").arg(answer.detail);
    case ResultKind::TlsFailure:
        return QCoreApplication::translate("Answer", "The server's certificate is not trusted: %1").arg(answer.detail);
    case ResultKind::HttpError:
        return QCoreApplication::translate("Answer", "The server answered with HTTP status %1.").arg(answer.detail);
    case ResultKind::Busy:
        return QCoreApplication::translate("Answer", "A command for agent %1 is already on its way.").arg(answer.agent);
    case ResultKind::NotSent:
        return answer.text.isEmpty() ? QCoreApplication::translate("Answer", "Not sent.") : answer.text;
    case ResultKind::HttpsRequired:
        return QCoreApplication::translate("Answer", "The server sends ParkBar to its https address, %1. ParkBar stopped "
                                                     "asking so that the password no longer travels unencrypted: switch "
                                                     "the profile to the https address.")
            .arg(answer.detail);
    case ResultKind::ProxyAuthRequired:
        if (!answer.text.isEmpty())
            return answer.text; // what the wire saw: asked, or refused what it was given
        return QCoreApplication::translate("Answer", "The proxy %1 asks for a user name and password.").arg(answer.detail);
    }
    Q_UNREACHABLE();
    return {};
}
