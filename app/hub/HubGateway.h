#pragma once

#include "audit/AuditLog.h"
#include "state/CommandResult.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>

class CapabilityProbe;
class HubConnection;
class HubPoller;
class ParkCallService;
class WireClient;
struct HubToken;

// Gateway mode's commands (HubProtocol.h, GATEWAY): checks that the token
// may act on the agent, asks the same action rules as the desk with the
// hub's latest reading, keeps one command in flight per agent, sends
// park_call once through the hub's WireClient (never resent, never retried),
// answers exactly once on the connection the command came on, and writes
// one audit line per command, sent or refused.
class HubGateway final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HubGateway)

public:
    // wire, poller and probe (may be null) must outlive the gateway.
    HubGateway(WireClient *wire, const HubPoller *poller, CapabilityProbe *probe, const QString &auditFile,
               QObject *parent = nullptr);
    ~HubGateway() override;

    // The command message from an authenticated connection; answers on it.
    void handle(HubConnection *connection, const QJsonObject &message);
    // After an authentication error, until the hub is restarted or reloaded.
    bool isStopped() const;
    int commandsInFlight() const { return int(m_inFlight.size()); }

private:
    struct InFlight
    {
        QPointer<HubConnection> connection;
        QString id;
        QString tokenName;
        QString phone;
        ParkAction action = ParkAction::ParkCustomer;
    };
    // Why this token may not act on the agent now; nullopt when it may.
    std::optional<QPair<QString, QString>> refusal(const HubConnection &connection, const QString &agent, ParkAction action) const;
    void onFinished(const CommandResult &result);
    void answer(HubConnection *connection, const QString &id, const CommandResult &result, const QString &tokenName,
                const QString &phone);

    WireClient *m_wire;
    const HubPoller *m_poller;
    QPointer<CapabilityProbe> m_probe;
    ParkCallService *m_service;
    AuditLog m_audit;
    QHash<QString, InFlight> m_inFlight; // by agent
};
