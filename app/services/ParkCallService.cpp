#include "services/ParkCallService.h"

#include "util/Logging.h"
#include "vicidial/AnswerParser.h"
#include "vicidial/ApiRequest.h"
#include "vicidial/WireClient.h"

#include <QCoreApplication>
#include <QDateTime>

ParkCallService::ParkCallService(WireClient *client, QObject *parent) : QObject(parent), m_client(client) {}

bool ParkCallService::send(const QString &agent, ParkAction action)
{
    const qint64 sentAtMs = QDateTime::currentMSecsSinceEpoch();
    if (m_pending.contains(agent)) {
        CommandResult refused;
        refused.agent = agent;
        refused.action = action;
        refused.sentAtMs = sentAtMs;
        refused.answer.kind = ResultKind::Busy;
        refused.answer.agent = agent;
        refused.answer.value = parkActionWireValue(action);
        refused.answer.text = QCoreApplication::translate("ParkCallService",
                                                          "Not sent: a command for agent %1 is already on its way.")
                                  .arg(agent);
        Q_EMIT commandFinished(refused);
        return false;
    }

    WireCall *call = m_client->send(ApiRequest::parkCall(agent, action));
    m_pending.insert(agent, call);
    connect(call, &WireCall::finished, this,
            [this, agent, action, sentAtMs](const WireResponse &response) { onFinished(agent, action, sentAtMs, response); });
    Q_EMIT commandStarted(agent, action);
    return true;
}

void ParkCallService::onFinished(const QString &agent, ParkAction action, qint64 sentAtMs, const WireResponse &response)
{
    m_pending.remove(agent);
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
