#include "settings/ConnectionTest.h"

#include "vicidial/AgentTableParser.h"
#include "vicidial/AnswerParser.h"
#include "vicidial/AnswerText.h"
#include "vicidial/Redactor.h"
#include "vicidial/WireClient.h"

bool ConnectionTestResult::ok() const
{
    return agentApi && nonAgentApi && agentStatus && (agentStatus->isSuccess() || agentStatus->kind == ResultKind::NotLoggedIn);
}

ConnectionTest::ConnectionTest(QObject *parent) : QObject(parent) {}

ConnectionTest::~ConnectionTest() = default;

void ConnectionTest::start(const ServerConfig &config, const QString &agent)
{
    delete m_client; // its unfinished calls go with it, unanswered
    m_pending = 0;
    m_result = {};
    m_agent = agent;
    auto *client = new WireClient(config, this);
    m_client = client;

    auto askVersion = [this, client](ApiRequest::Endpoint endpoint, std::optional<VersionInfo> &version, std::optional<Answer> &failure) {
        ++m_pending;
        connect(client->send(ApiRequest::version(endpoint)), &WireCall::finished, this,
                [this, client, &version, &failure](const WireResponse &response) {
                    if (response.failure) {
                        failure = response.failure;
                    } else if (const std::optional<VersionInfo> info = parseVersionAnswer(response.body)) {
                        version = info;
                    } else {
                        failure = parseAnswer(response.body, client->redactor());
                    }
                    finishOne();
                });
    };
    askVersion(ApiRequest::Endpoint::AgentApi, m_result.agentApi, m_result.agentApiFailure);
    askVersion(ApiRequest::Endpoint::NonAgentApi, m_result.nonAgentApi, m_result.nonAgentApiFailure);

    if (agent.isEmpty()) {
        m_result.agentStatusSkipped = tr("No agent entered, so the agent's state was not read.");
    } else if (config.password.isEmpty()) {
        m_result.agentStatusSkipped = tr("No password entered, so the agent's state was not read.");
    } else if (Redactor::nonAgentApiAltersPassword(config.password)) {
        m_result.agentStatusSkipped = tr("The agent's state was not read: the non-agent API would alter this password and "
                                         "count a failed login.");
    } else {
        ++m_pending;
        connect(client->send(ApiRequest::agentStatus(agent)), &WireCall::finished, this, [this, client](const WireResponse &response) {
            if (response.failure) {
                m_result.agentStatus = response.failure;
            } else {
                const AgentStatusResult parsed = parseAgentStatus(response.body, client->redactor(), m_agent);
                m_result.agentStatus = parsed.answer;
                m_result.agent = parsed.agent;
            }
            finishOne();
        });
    }
}

void ConnectionTest::finishOne()
{
    if (--m_pending > 0)
        return;
    summarise();
    Q_EMIT finished(m_result);
}

void ConnectionTest::summarise()
{
    const Redactor redactor(m_client ? m_client->config().password : QString());
    QStringList &lines = m_result.summary;
    auto versionLine = [&lines](const QString &api, const std::optional<VersionInfo> &version, const std::optional<Answer> &failure) {
        if (version)
            lines.append(tr("%1: version %2, build %3.").arg(api, version->version, version->build.toString()));
        else if (failure)
            lines.append(tr("%1: %2").arg(api, describeAnswer(*failure)));
    };
    versionLine(tr("Agent API"), m_result.agentApi, m_result.agentApiFailure);
    versionLine(tr("Non-agent API"), m_result.nonAgentApi, m_result.nonAgentApiFailure);
    QString agentLine; // built from a parsed data row, never from echoed text
    if (m_result.agent) {
        const AgentSnapshot &agent = *m_result.agent;
        agentLine = agent.hasLead() ? tr("Agent %1: status %2, campaign %3, lead %4 on the screen.")
                                          .arg(m_agent, agent.status, agent.campaign, agent.leadId)
                                    : tr("Agent %1: status %2, campaign %3, no lead on the screen.")
                                          .arg(m_agent, agent.status, agent.campaign);
    } else if (m_result.agentStatus) {
        lines.append(describeAnswer(*m_result.agentStatus));
        if (!isTransportFailure(m_result.agentStatus->kind) && !m_result.agentStatus->text.isEmpty())
            lines.append(tr("The server said: %1").arg(m_result.agentStatus->text));
    } else {
        lines.append(m_result.agentStatusSkipped);
    }
    // Free text from the server is redacted once more; a short password
    // such as 1234 would otherwise mangle the lead number 12345 as well.
    for (QString &line : lines)
        line = redactor.redact(line);
    if (!agentLine.isEmpty())
        lines.append(agentLine);
}
