// libFuzzer target: parseAgentStatus and parseLoggedInAgents over any body,
// with the table stage (pipe, csv, tab) chosen by the first byte and a
// Redactor for the password on the next line.
#include "FuzzInput.h"
#include "vicidial/AgentTableParser.h"
#include "vicidial/Redactor.h"

namespace {

void checkAgent(const AgentSnapshot &agent)
{
    for (const QString *field : {&agent.user, &agent.status, &agent.callerId, &agent.leadId, &agent.campaign, &agent.fullName,
                                 &agent.userGroup, &agent.pauseCode, &agent.subStatus, &agent.phoneNumber, &agent.sessionId}) {
        PARKBAR_FUZZ_CHECK(!field->contains(QLatin1Char('\n')));
    }
    (void)agent.hasLead();
    (void)agent.isParked();
}

void checkAnswer(const Answer &answer, const FuzzInput &input)
{
    if (input.passwordCheckable()) {
        PARKBAR_FUZZ_CHECK(!answer.text.contains(input.password));
        // A server error's detail is a fixed code ("php-fatal", "html"), not the server's text.
        PARKBAR_FUZZ_CHECK(answer.kind == ResultKind::ServerError || !answer.detail.contains(input.password));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const FuzzInput input = FuzzInput::split(data, size, true);
    const TableStage stage = static_cast<TableStage>(input.selector % 3);
    const Redactor redactor(input.password);

    const AgentStatusResult one = parseAgentStatus(input.body, redactor, QStringLiteral("1000"), stage);
    PARKBAR_FUZZ_CHECK(one.agent.has_value() == (one.answer.kind == ResultKind::Success));
    if (one.agent) {
        checkAgent(*one.agent);
        PARKBAR_FUZZ_CHECK(one.agent->user == QLatin1String("1000"));
    }
    checkAnswer(one.answer, input);

    const LoggedInAgentsResult many = parseLoggedInAgents(input.body, redactor, stage);
    PARKBAR_FUZZ_CHECK(many.malformedRows >= 0);
    PARKBAR_FUZZ_CHECK(many.agents.isEmpty() || many.answer.kind == ResultKind::Success);
    for (const AgentSnapshot &agent : many.agents)
        checkAgent(agent);
    checkAnswer(many.answer, input);
    return 0;
}
