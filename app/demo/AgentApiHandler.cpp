#include "demo/AgentApiHandler.h"

#include "demo/PhpInput.h"
#include "demo/SimFloor.h"
#include "util/Logging.h"
#include "vicidial/Redactor.h"

#include <array>

namespace {

constexpr int kSubstringCheckBuild = 240429; // value check and per-function permission

QByteArray line(const QString &text)
{
    return text.toUtf8() + '\n';
}

// From 240429 the value must contain one of the first six values (case-sensitive);
// before, any value of at least ten characters passed.
bool valueAccepted(const QString &value, int build)
{
    if (build < kSubstringCheckBuild)
        return value.size() >= 10;
    static const std::array<QLatin1StringView, 6> known{
        QLatin1StringView("PARK_CUSTOMER"),     QLatin1StringView("GRAB_CUSTOMER"),
        QLatin1StringView("PARK_IVR_CUSTOMER"), QLatin1StringView("GRAB_IVR_CUSTOMER"),
        QLatin1StringView("PARK_XFER"),         QLatin1StringView("GRAB_XFER"),
    };
    for (QLatin1StringView candidate : known) {
        if (value.contains(candidate))
            return true;
    }
    return false;
}

bool isCoffee(const QString &function)
{
    return function == QLatin1String("coffee") || function == QLatin1String("start_coffee")
        || function == QLatin1String("make_coffee") || function == QLatin1String("brew_coffee");
}

} // namespace

SimReply AgentApiHandler::handle(const SimRequest &request) const
{
    m_floor->processDue();
    const QString function = PhpInput::keepAlnumAnd(request.field(QStringLiteral("function")), u"-_");
    if (function == QLatin1String("version"))
        return version();
    if (isCoffee(function))
        return {418, QStringLiteral("Coffee: %1|Error 418 I'm a teapot").arg(function).toUtf8()};

    const QString source = PhpInput::keepAlnumAnd(request.field(QStringLiteral("source")), u"");
    if (source.size() < 2)
        return {200, line(QStringLiteral("ERROR: Invalid Source - ") + source)};

    const QString user = PhpInput::keepAlnumAnd(PhpInput::dropQuotesAndSpaces(request.field(QStringLiteral("user"))), u"-_");
    const QString pass = Redactor::agentApiEdited(request.field(QStringLiteral("pass")), false);
    if (const QByteArray refused = authenticate(user, pass); !refused.isEmpty())
        return {200, refused};
    if (!m_floor->agentApiActive())
        return {200, line(QStringLiteral("ERROR: System API NOT ACTIVE"))};

    if (function == QLatin1String("park_call"))
        return {200, parkCall(request, *m_floor->apiUser(user))};
    return {}; // the real script falls through every function and prints nothing
}

SimReply AgentApiHandler::version() const
{
    const QString text = QStringLiteral("VERSION: %1|BUILD: %2|DATE: %3|EPOCH: %4")
                             .arg(m_floor->agentApiVersion(), m_floor->agentApiBuild().toString(),
                                  m_floor->serverDateTime(), QString::number(m_floor->epochSeconds()));
    return {200, line(text)};
}

QByteArray AgentApiHandler::authenticate(const QString &user, const QString &pass) const
{
    const SimApiUser *apiUser = m_floor->apiUser(user);
    LoginGuard &guard = m_floor->loginGuard();
    const int authApi = apiUser && apiUser->agentApiAccess ? 1 : 0;
    QString message;
    if (guard.isLocked(user)) {
        message = QStringLiteral("LOCK");
    } else if (apiUser && apiUser->userLevel > 0 && pass == apiUser->password) {
        message = QStringLiteral("GOOD");
    } else {
        if (apiUser && guard.recordFailure(user))
            qCInfo(lcSim) << "API user" << user << "locked out after" << LoginGuard::kMaxFailures << "failed logins";
        // The newer script echoes the password check it ran, password and all.
        const qint64 lockCutoff = m_floor->epochSeconds() - LoginGuard::kLockMs / 1000;
        message = QStringLiteral("BAD|0|api|SELECT count(*) from vicidial_users where user='%1' and pass='%2' and "
                                 "user_level > 0 and active='Y' and ( (failed_login_count < 10) or "
                                 "(UNIX_TIMESTAMP(last_login_date) < %3) );")
                      .arg(user, pass, QString::number(lockCutoff));
    }
    const int auth = message == QLatin1String("GOOD") ? 1 : 0;
    if (user.size() >= 2 && pass.size() >= 2 && auth == 1 && authApi == 1)
        return {};
    return line(QStringLiteral("ERROR: Invalid Username/Password: |%1|%2|%3|%4|%5|")
                    .arg(user, pass, QString::number(auth), QString::number(authApi), message));
}

QByteArray AgentApiHandler::parkCall(const SimRequest &request, const SimApiUser &apiUser) const
{
    const QString value = PhpInput::keepAlnumAnd(request.field(QStringLiteral("value")), u"-_");
    QString agentUser = PhpInput::keepAlnumAnd(request.field(QStringLiteral("agent_user")), u"");
    const QString altUser = PhpInput::keepAlnumAnd(request.field(QStringLiteral("alt_user")), u"");
    const int build = m_floor->agentApiBuild().date;

    if (!valueAccepted(value, build) || (agentUser.isEmpty() && altUser.size() < 2))
        return line(QStringLiteral("ERROR: park_call not valid - %1|%2").arg(value, agentUser));
    if (build >= kSubstringCheckBuild && !apiUser.mayUse(QStringLiteral("park_call"))) {
        return line(QStringLiteral("ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION - %1|%2|park_call|%3")
                        .arg(value, apiUser.user, apiUser.userGroup));
    }

    QByteArray answer;
    if (altUser.size() > 1) {
        // The real script reports a missing alt_user and carries on with agent_user.
        if (const SimAgent *byAlt = m_floor->agentByAltUser(altUser))
            agentUser = byAlt->user;
        else
            answer += line(QStringLiteral("ERROR: no user found - ") + altUser);
    }
    const SimAgent *agent = m_floor->agent(agentUser);
    if (!agent || !agent->loggedIn)
        return answer + line(QStringLiteral("ERROR: agent_user is not logged in - ") + agentUser);
    if (!agent->hasLead())
        return answer + line(QStringLiteral("ERROR: agent_user does not have a lead on their screen - ") + agentUser);
    m_floor->storeCommand(agentUser, value);
    return answer + line(QStringLiteral("SUCCESS: park_call function set - %1|%2").arg(value, agentUser));
}
