#include "hub/HubCommandSender.h"

#include "hub/HubClient.h"
#include "state/GatewayText.h"
#include "util/Logging.h"

HubCommandSender::HubCommandSender(HubClient *client, QObject *parent) : CommandSender(parent), m_client(client)
{
    connect(client, &HubClient::commandFinished, this, &HubCommandSender::onFinished);
}

void HubCommandSender::send(const QString &agent, ParkAction action)
{
    m_mine.insert(m_client->sendCommand(agent, action));
}

void HubCommandSender::onFinished(const QString &id, const CommandResult &finished)
{
    if (!m_mine.remove(id))
        return;
    CommandResult result = finished;
    if (result.answer.agent.isEmpty())
        result.answer.agent = result.agent;
    if (result.answer.value.isEmpty())
        result.answer.value = parkActionWireValue(result.action);
    if (result.answer.function.isEmpty())
        result.answer.function = QStringLiteral("park_call");
    if (!result.reachedServer) {
        if (const std::optional<QString> sentence = GatewayText::hubRefusal(result.answer))
            result.answer.text = *sentence;
    }
    qCInfo(lcWire) << "park_call via hub" << parkActionWireValue(result.action) << "agent" << result.agent << "->"
                   << resultKindName(result.answer.kind) << result.answer.detail << result.latencyMs << "ms";
    Q_EMIT commandFinished(result);
}
