#pragma once

#include "vicidial/AgentSnapshot.h"
#include "vicidial/Answer.h"
#include "vicidial/ServerConfig.h"
#include "vicidial/VersionInfo.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class WireClient;

struct ConnectionTestResult
{
    std::optional<VersionInfo> agentApi;
    std::optional<VersionInfo> nonAgentApi;
    std::optional<Answer> agentApiFailure;    // when no version came back
    std::optional<Answer> nonAgentApiFailure;
    std::optional<Answer> agentStatus;        // the parsed, redacted answer; nullopt when not asked
    std::optional<AgentSnapshot> agent;
    QString agentStatusSkipped;               // translated: why agent_status was not sent
    QStringList summary;                      // translated lines for a person, redacted

    bool ok() const;
};

// The settings dialog's "Test connection": both APIs' version and one
// agent_status for the agent, with values that need not be saved. One
// attempt per start, never retried (the server counts failed logins).
class ConnectionTest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTest)

public:
    explicit ConnectionTest(QObject *parent = nullptr);
    ~ConnectionTest() override;

    void start(const ServerConfig &config, const QString &agent);
    bool isRunning() const { return m_pending > 0; }

Q_SIGNALS:
    void finished(const ConnectionTestResult &result);

private:
    void finishOne();
    void summarise();

    QPointer<WireClient> m_client;
    ConnectionTestResult m_result;
    QString m_agent;
    int m_pending = 0;
};

Q_DECLARE_METATYPE(ConnectionTestResult)
