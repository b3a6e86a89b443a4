#pragma once

#include "services/CommandSender.h"

#include <QPointer>
#include <QSet>

class HubClient;

// Sends park_call commands through a gateway hub (HubProtocol.h, GATEWAY)
// instead of to VICIdial: the desk holds no password. A refusal by the hub
// comes back with the sentence GatewayText::hubRefusal() gives it.
class HubCommandSender final : public CommandSender
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HubCommandSender)

public:
    // client must outlive the sender.
    explicit HubCommandSender(HubClient *client, QObject *parent = nullptr);

    void send(const QString &agent, ParkAction action) override;

private:
    void onFinished(const QString &id, const CommandResult &result);

    QPointer<HubClient> m_client;
    QSet<QString> m_mine; // ids this sender is waiting for (other senders share the client)
};
