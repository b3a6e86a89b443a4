#pragma once

#include "services/CommandSender.h"

#include <QPointer>

class WireClient;
struct WireResponse;

// Sends park_call commands straight to the server's agent API through the
// wire client, which writes each at most once.
class ParkCallService final : public CommandSender
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParkCallService)

public:
    explicit ParkCallService(WireClient *client, QObject *parent = nullptr);

    void send(const QString &agent, ParkAction action) override;

private:
    void onFinished(const QString &agent, ParkAction action, qint64 sentAtMs, const WireResponse &response);

    QPointer<WireClient> m_client;
};
