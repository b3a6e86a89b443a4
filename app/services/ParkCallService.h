#pragma once

#include "state/CommandResult.h"

#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QPointer>

class WireCall;
class WireClient;
struct WireResponse;

// Sends park_call commands. At most one command per agent is on its way: a
// second one for the same agent is refused at once (Busy), never queued,
// because a queued park that arrives late does the wrong thing.
class ParkCallService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParkCallService)

public:
    explicit ParkCallService(WireClient *client, QObject *parent = nullptr);

    // True when the command left; false when refused (commandFinished has
    // then already been emitted with the reason).
    bool send(const QString &agent, ParkAction action);
    bool isPending(const QString &agent) const { return m_pending.contains(agent); }

Q_SIGNALS:
    void commandStarted(const QString &agent, ParkAction action);
    void commandFinished(const CommandResult &result);

private:
    void onFinished(const QString &agent, ParkAction action, qint64 sentAtMs, const WireResponse &response);

    QPointer<WireClient> m_client;
    QHash<QString, QPointer<WireCall>> m_pending;
};
