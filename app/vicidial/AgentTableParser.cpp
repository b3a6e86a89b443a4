#include "vicidial/AgentTableParser.h"

#include "vicidial/AnswerLines.h"
#include "vicidial/AnswerParser.h"
#include "vicidial/Redactor.h"

namespace {

QChar delimiterOf(TableStage stage)
{
    switch (stage) {
    case TableStage::Csv: return QLatin1Char(',');
    case TableStage::Tab: return QLatin1Char('\t');
    case TableStage::Pipe: break;
    }
    return QLatin1Char('|');
}

bool isStatusWord(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (!((c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || c == QLatin1Char('_') || c == QLatin1Char('-')))
            return false;
    }
    return true;
}

bool isErrorLine(const QString &line)
{
    return line.startsWith(QLatin1String("ERROR:")) || line.startsWith(QLatin1String("SUCCESS:"));
}

// Without a recognisable table, the body is an error answer or noise.
Answer nonTableAnswer(QByteArrayView body, const Redactor &redactor)
{
    Answer answer = parseAnswer(body, redactor);
    if (answer.kind == ResultKind::Success)
        answer.kind = ResultKind::Unrecognised; // a SUCCESS line is not a table
    return answer;
}

} // namespace

AgentStatusResult parseAgentStatus(QByteArrayView body, const Redactor &redactor, const QString &agentUser,
                                   TableStage stage)
{
    constexpr int kColumns = 13;
    const QChar delimiter = delimiterOf(stage);
    const AnswerLines lines(body);
    for (const QString &line : lines.meaningful()) {
        if (isErrorLine(line))
            break;
        const QStringList fields = line.split(delimiter);
        if (fields.size() < kColumns || fields.size() > kColumns + 1 || !isStatusWord(fields.at(0))
            || fields.at(0) == QLatin1String("status")) {
            continue;
        }
        AgentSnapshot agent;
        agent.user = agentUser;
        agent.status = fields.at(0);
        agent.callerId = fields.at(1);
        agent.leadId = fields.at(2);
        agent.campaign = fields.at(3);
        agent.callsToday = fields.at(4).toInt();
        agent.fullName = fields.at(5);
        agent.userGroup = fields.at(6);
        agent.userLevel = fields.at(7).toInt();
        agent.pauseCode = fields.at(8);
        agent.subStatus = fields.at(9);
        agent.phoneNumber = fields.at(10);
        agent.vendorLeadCode = fields.at(11);
        agent.sessionId = fields.at(12);
        if (fields.size() > kColumns)
            agent.computerIp = fields.at(13);
        AgentStatusResult result;
        result.answer.kind = ResultKind::Success;
        result.answer.function = QStringLiteral("agent_status");
        result.answer.agent = agentUser;
        result.agent = agent;
        return result;
    }
    return {nonTableAnswer(body, redactor), std::nullopt};
}

LoggedInAgentsResult parseLoggedInAgents(QByteArrayView body, const Redactor &redactor, TableStage stage)
{
    constexpr int kColumns = 10;
    constexpr int kColumnsWithSubStatus = 12;
    const QChar delimiter = delimiterOf(stage);
    const AnswerLines lines(body);
    LoggedInAgentsResult result;
    result.agents.reserve(lines.meaningful().size());
    bool sawTable = false;
    for (const QString &line : lines.meaningful()) {
        if (isErrorLine(line)) {
            if (sawTable)
                continue;
            break;
        }
        const QStringList fields = line.split(delimiter);
        if (fields.size() < kColumns) {
            // A csv row split by a comma in a name has more fields; a short line is noise.
            continue;
        }
        if (fields.at(0) == QLatin1String("user") && fields.at(1) == QLatin1String("campaign_id")) {
            sawTable = true;
            continue;
        }
        if (!isStatusWord(fields.at(3))) {
            continue;
        }
        if (fields.size() != kColumns && fields.size() != kColumnsWithSubStatus) {
            ++result.malformedRows;
            continue;
        }
        sawTable = true;
        AgentSnapshot agent;
        agent.user = fields.at(0);
        agent.campaign = fields.at(1);
        agent.sessionId = fields.at(2);
        agent.status = fields.at(3);
        agent.leadId = fields.at(4);
        agent.callerId = fields.at(5);
        agent.callsToday = fields.at(6).toInt();
        agent.fullName = fields.at(7);
        agent.userGroup = fields.at(8);
        agent.userLevel = fields.at(9).toInt();
        if (fields.size() == kColumnsWithSubStatus) {
            agent.pauseCode = fields.at(10);
            agent.subStatus = fields.at(11);
        }
        result.agents.append(agent);
    }
    if (sawTable || result.malformedRows > 0) {
        result.answer.kind = ResultKind::Success;
        result.answer.function = QStringLiteral("logged_in_agents");
        return result;
    }
    result.answer = nonTableAnswer(body, redactor);
    return result;
}
