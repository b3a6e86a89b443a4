#include "services/ParkCallService.h"

#include "util/Logging.h"
#include "vicidial/AnswerParser.h"
#include "vicidial/ApiRequest.h"
#include "vicidial/WireClient.h"

#include <QDateTime>

ParkCallService::ParkCallService(WireClient *client, QObject *parent) : CommandSender(parent), m_client(client) {}

void ParkCallService::send(const QString &agent, ParkAction action)
{
    const qint64 sentAtMs = QDateTime::currentMSecsSinceEpoch();
    WireCall *call = m_client->send(ApiRequest::parkCall(agent, action));
    connect(call, &WireCall::finished, this,
            [this, agent, action, sentAtMs](const WireResponse &response) { onFinished(agent, action, sentAtMs, response); });
}

void ParkCallService::onFinished(const QString &agent, ParkAction action, qint64 sentAtMs, const WireResponse &response)
{
    CommandResult result;
    result.agent = agent;
    result.action = action;
    result.sentAtMs = sentAtMs;
    result.latencyMs = response.latencyMs;
    if (response.failure) {
        result.answer = *response.failure;
        result.reachedServer = response.failure->kind != ResultKind::NotSent;
    } else {
        result.answer = parseAnswer(response.body, m_client->redactor());
        result.reachedServer = true;
    }
    if (result.answer.agent.isEmpty())
        result.answer.agent = agent;
    if (result.answer.value.isEmpty())
        result.answer.value = parkActionWireValue(action);
    qCInfo(lcWire) << "park_call" << parkActionWireValue(action) << "agent" << agent << "->"
                   << resultKindName(result.answer.kind) << result.latencyMs << "ms";
    Q_EMIT commandFinished(result);
}
