#include "demo/NonAgentApiHandler.h"

#include "demo/PhpInput.h"
#include "demo/SimFloor.h"
#include "demo/SimLiveView.h"
#include "util/Logging.h"
#include "vicidial/Redactor.h"

namespace {

QByteArray line(const QString &text)
{
    return text.toUtf8() + '\n';
}

QString gmt(double hours)
{
    return QString::number(hours, 'f', 2);
}

QStringList pipeList(const QString &text)
{
    QStringList items = text.split(QLatin1Char('|'), Qt::SkipEmptyParts);
    items.removeAll(QStringLiteral("---ALL---"));
    return items;
}

const QStringList &agentStatusHeader()
{
    static const QStringList header = QStringLiteral(
        "status|callerid|lead_id|campaign_id|calls_today|full_name|user_group|user_level|pause_code|"
        "real_time_sub_status|phone_number|vendor_lead_code|session_id").split(QLatin1Char('|'));
    return header;
}

const QStringList &loggedInAgentsHeader()
{
    static const QStringList header = QStringLiteral(
        "user|campaign_id|session_id|status|lead_id|callerid|calls_today|full_name|user_group|user_level|pause_code|"
        "sub_status").split(QLatin1Char('|'));
    return header;
}

} // namespace

SimReply NonAgentApiHandler::handle(const SimRequest &request) const
{
    m_floor->processDue();
    const QString function = PhpInput::keepAlnumAnd(request.field(QStringLiteral("function")), u"-_");
    if (function == QLatin1String("version"))
        return version();
    if (function == QLatin1String("coffee") || function == QLatin1String("start_coffee")
        || function == QLatin1String("make_coffee") || function == QLatin1String("brew_coffee")) {
        return {418, QStringLiteral("Coffee: %1|Error 418 I'm a teapot").arg(function).toUtf8()};
    }

    const QString user = PhpInput::keepAlnumAnd(request.field(QStringLiteral("user")), u"-_");
    const QString pass = Redactor::nonAgentApiEdited(request.field(QStringLiteral("pass")), false);
    if (const QByteArray refused = authenticate(user, pass); !refused.isEmpty())
        return {200, refused};
    const SimApiUser &apiUser = *m_floor->apiUser(user);

    const QString stage = PhpInput::keepLetters(request.field(QStringLiteral("stage")));
    Table table;
    table.delimiter = stage == QLatin1String("csv") ? QLatin1Char(',')
        : stage == QLatin1String("tab")            ? QLatin1Char('\t')
                                                   : QLatin1Char('|');
    table.header = PhpInput::keepUpper(request.field(QStringLiteral("header"))) == QLatin1String("YES");

    if (function == QLatin1String("agent_status") || function == QLatin1String("logged_in_agents")) {
        const QString source = PhpInput::keepAlnumAnd(request.field(QStringLiteral("source")), u"");
        if (const QByteArray refused = refusal(function, source, apiUser); !refused.isEmpty())
            return {200, refused};
        return function == QLatin1String("agent_status") ? agentStatus(request, apiUser, table)
                                                          : loggedInAgents(request, apiUser, table);
    }
    return {200, line(QStringLiteral("ERROR: NO FUNCTION SPECIFIED"))};
}

SimReply NonAgentApiHandler::version() const
{
    const QString offset = gmt(m_floor->serverGmtOffsetHours());
    const QString text = QStringLiteral("VERSION: %1|BUILD: %2|DATE: %3|EPOCH: %4|DST: 0|TZ: %5|TZNOW: %5|")
                             .arg(m_floor->nonAgentApiVersion(), m_floor->nonAgentApiBuild().toString(),
                                  m_floor->serverDateTime(), QString::number(m_floor->epochSeconds()), offset);
    return {200, line(text)};
}

QByteArray NonAgentApiHandler::authenticate(const QString &user, const QString &pass) const
{
    LoginGuard &guard = m_floor->loginGuard();
    if (guard.isLocked(user))
        return line(QStringLiteral("ERROR: Too many login attempts, try again in 15 minutes: |%1|LOCK|").arg(user));
    const SimApiUser *apiUser = m_floor->apiUser(user);
    // The reports login needs user level 7 or more; anything else is a failed login.
    if (apiUser && apiUser->userLevel >= 7 && !pass.isEmpty() && pass == apiUser->password)
        return {};
    if (apiUser && guard.recordFailure(user))
        qCInfo(lcSim) << "API user" << user << "locked out after" << LoginGuard::kMaxFailures << "failed logins";
    return line(QStringLiteral("ERROR: Login incorrect, please try again: |%1|%2|BAD|").arg(user, pass));
}

QByteArray NonAgentApiHandler::refusal(const QString &function, const QString &source, const SimApiUser &apiUser) const
{
    if (source.size() < 2)
        return line(QStringLiteral("ERROR: Invalid Source - ") + source) + line(QStringLiteral("ERROR: Invalid Source: |%1|").arg(source));
    if (!apiUser.mayUse(function))
        return line(QStringLiteral("ERROR: auth USER DOES NOT HAVE PERMISSION TO USE THIS FUNCTION: |%1|%2|").arg(apiUser.user, function));
    if (apiUser.userLevel < 7 || !apiUser.viewReports || !apiUser.agentApiAccess)
        return line(QStringLiteral("ERROR: %1 USER DOES NOT HAVE PERMISSION TO GET AGENT INFO: |%2|0|").arg(function, apiUser.user));
    return {};
}

SimReply NonAgentApiHandler::agentStatus(const SimRequest &request, const SimApiUser &apiUser, const Table &table) const
{
    const QString agentUser = PhpInput::keepAlnumAnd(request.field(QStringLiteral("agent_user")), u"-_");
    const bool withIp = PhpInput::keepUpper(request.field(QStringLiteral("include_ip"))) == QLatin1String("YES");
    const QString prefix = QStringLiteral("ERROR: agent_status ");
    const QString who = apiUser.user + QLatin1Char('|') + agentUser;
    if (agentUser.isEmpty())
        return {200, line(prefix + QStringLiteral("INVALID SEARCH PARAMETERS: ") + who)};
    const SimAgent *agent = m_floor->agent(agentUser);
    if (!agent)
        return {200, line(prefix + QStringLiteral("AGENT NOT FOUND: ") + who)};
    if (!agent->loggedIn)
        return {200, line(prefix + QStringLiteral("AGENT NOT LOGGED IN: ") + who)};

    QByteArray body;
    if (table.header) {
        QStringList header = agentStatusHeader();
        if (withIp)
            header.append(QStringLiteral("computer_ip"));
        body += line(header.join(table.delimiter));
    }
    body += line(agentStatusFields(*agent, SimLiveView(*m_floor, *agent).report(*agent), withIp).join(table.delimiter));
    return {200, body, 1};
}

SimReply NonAgentApiHandler::loggedInAgents(const SimRequest &request, const SimApiUser &apiUser, const Table &table) const
{
    const QString campaignsField = PhpInput::keepAlnumAnd(request.field(QStringLiteral("campaigns")), u"-|_,");
    const QString groupsField = PhpInput::keepAlnumAnd(request.field(QStringLiteral("user_groups")), u"-|_,");
    const QStringList campaigns = pipeList(campaignsField);
    const QStringList groups = pipeList(groupsField);
    const bool withSubStatus = PhpInput::keepUpper(request.field(QStringLiteral("show_sub_status"))) == QLatin1String("YES");

    QByteArray rows;
    int count = 0;
    const SimLiveView view(*m_floor);
    for (const SimAgent *agent : m_floor->agents()) {
        if (!agent->loggedIn || (!campaigns.isEmpty() && !campaigns.contains(agent->campaign))
            || (!groups.isEmpty() && !groups.contains(agent->userGroup))) {
            continue;
        }
        rows += line(loggedInAgentsFields(*agent, view.report(*agent), withSubStatus).join(table.delimiter));
        ++count;
    }
    if (count == 0) {
        // The exact tail of this line is not documented; the leading text is.
        return {200, line(QStringLiteral("ERROR: logged_in_agents NO LOGGED IN AGENTS: |%1|%2|%3|")
                              .arg(apiUser.user, campaignsField, groupsField))};
    }
    QByteArray body;
    if (table.header) {
        const QStringList &header = loggedInAgentsHeader();
        body += line((withSubStatus ? header : header.mid(0, 10)).join(table.delimiter));
    }
    return {200, body + rows, count};
}

QStringList NonAgentApiHandler::agentStatusFields(const SimAgent &agent, const LiveAgentReport &report, bool withIp)
{
    const bool leadShown = report.leadId > 0; // a previewed lead's number shows too
    QStringList fields{
        agent.reportedStatus(),
        agent.reportedCallerId(),
        QString::number(report.leadId),
        agent.campaign,
        QString::number(agent.callsToday),
        agent.fullName,
        agent.userGroup,
        QString::number(agent.userLevel),
        agent.pauseCode,
        report.subStatus,
        leadShown ? agent.phoneNumber : QString(),
        leadShown ? agent.vendorLeadCode : QString(),
        agent.sessionId,
    };
    if (withIp)
        fields.append(agent.computerIp);
    return fields;
}

QStringList NonAgentApiHandler::loggedInAgentsFields(const SimAgent &agent, const LiveAgentReport &report, bool withSubStatus)
{
    QStringList fields{
        agent.user,
        agent.campaign,
        agent.sessionId,
        agent.reportedStatus(),
        QString::number(report.leadId),
        agent.reportedCallerId(),
        QString::number(agent.callsToday),
        agent.fullName,
        agent.userGroup,
        QString::number(agent.userLevel),
    };
    if (withSubStatus) {
        fields.append(agent.pauseCode);
        fields.append(report.subStatus);
    }
    return fields;
}
