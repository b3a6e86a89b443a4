#include "vicidial/AgentTableParser.h"

#include "vicidial/AnswerLines.h"
#include "vicidial/AnswerParser.h"
#include "vicidial/Redactor.h"

#include <array>

namespace {

// A row's fields as views into the row, without allocating: the first kMax of
// them, and how many there are in all.
struct RowFields
{
    static constexpr qsizetype kMax = 16;
    std::array<QStringView, kMax> field;
    qsizetype count = 0;

    QStringView at(qsizetype i) const { return field.at(size_t(i)); }
    QString text(qsizetype i) const { return field.at(size_t(i)).toString(); }
    int number(qsizetype i) const { return field.at(size_t(i)).toInt(); }
};

RowFields splitRow(QStringView line, QChar delimiter)
{
    RowFields fields;
    qsizetype start = 0;
    const qsizetype size = line.size();
    for (qsizetype i = 0; i <= size; ++i) {
        if (i < size && line[i] != delimiter)
            continue;
        if (fields.count < RowFields::kMax)
            fields.field[size_t(fields.count)] = line.sliced(start, i - start);
        ++fields.count;
        start = i + 1;
    }
    return fields;
}

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

bool isErrorLine(QStringView line)
{
    return line.startsWith(QLatin1StringView("ERROR:")) || line.startsWith(QLatin1StringView("SUCCESS:"));
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
    for (QStringView line : lines.meaningful()) {
        if (isErrorLine(line))
            break;
        const RowFields fields = splitRow(line, delimiter);
        if (fields.count < kColumns || fields.count > kColumns + 1 || !isStatusWord(fields.at(0))
            || fields.at(0) == QLatin1StringView("status")) {
            continue;
        }
        AgentSnapshot agent;
        agent.user = agentUser;
        agent.status = fields.text(0);
        agent.callerId = fields.text(1);
        agent.leadId = fields.text(2);
        agent.campaign = fields.text(3);
        agent.callsToday = fields.number(4);
        agent.fullName = fields.text(5);
        agent.userGroup = fields.text(6);
        agent.userLevel = fields.number(7);
        agent.pauseCode = fields.text(8);
        agent.subStatus = fields.text(9);
        agent.phoneNumber = fields.text(10);
        agent.vendorLeadCode = fields.text(11);
        agent.sessionId = fields.text(12);
        if (fields.count > kColumns)
            agent.computerIp = fields.text(13);
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
    for (QStringView line : lines.meaningful()) {
        if (isErrorLine(line)) {
            if (sawTable)
                continue;
            break;
        }
        const RowFields fields = splitRow(line, delimiter);
        if (fields.count < kColumns) {
            // A csv row split by a comma in a name has more fields; a short line is noise.
            continue;
        }
        if (fields.at(0) == QLatin1StringView("user") && fields.at(1) == QLatin1StringView("campaign_id")) {
            sawTable = true;
            continue;
        }
        if (!isStatusWord(fields.at(3))) {
            continue;
        }
        if (fields.count != kColumns && fields.count != kColumnsWithSubStatus) {
            ++result.malformedRows;
            continue;
        }
        sawTable = true;
        AgentSnapshot &agent = result.agents.emplace_back();
        agent.user = fields.text(0);
        agent.campaign = fields.text(1);
        agent.sessionId = fields.text(2);
        agent.status = fields.text(3);
        agent.leadId = fields.text(4);
        agent.callerId = fields.text(5);
        agent.callsToday = fields.number(6);
        agent.fullName = fields.text(7);
        agent.userGroup = fields.text(8);
        agent.userLevel = fields.number(9);
        if (fields.count == kColumnsWithSubStatus) {
            agent.pauseCode = fields.text(10);
            agent.subStatus = fields.text(11);
        }
    }
    if (sawTable || result.malformedRows > 0) {
        result.answer.kind = ResultKind::Success;
        result.answer.function = QStringLiteral("logged_in_agents");
        return result;
    }
    result.answer = nonTableAnswer(body, redactor);
    return result;
}
