#pragma once

#include "hub/FloorDiff.h"
#include "hub/HubConnection.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>

class HubPoller;

// Who sees what, and sending it: keeps the subscriptions, sends a
// subscription's snapshot, and turns each floor diff into one changes message
// per subscriber holding only what its token may see, in its role's view. A
// change a role cannot see (a supervisor-only field, for a bar) is not sent.
class HubPublisher final
{
    Q_DECLARE_TR_FUNCTIONS(HubPublisher)

public:
    explicit HubPublisher(const HubPoller *poller) : m_poller(poller) {}

    // Replaces the connection's subscription and sends what it covers now.
    void subscribe(HubConnection *connection, HubConnection::Subscription subscription, const QStringList &agents);
    void remove(HubConnection *connection);
    int subscriberCount() const { return m_subscribers; }

    void publish(const FloorDiff &diff);
    // The source failed or came back: every authenticated connection is told,
    // and subscribers get a fresh snapshot when data is back.
    // connections is a copy: one may close while it is sent to.
    void publishAvailability(bool hasData, const QString &reason, QList<HubConnection *> connections);

    // Whether the token of the connection may see this agent.
    static bool sees(const HubConnection &connection, const AgentSnapshot &agent);

private:
    void sendSnapshot(HubConnection *connection) const;
    QJsonObject ivrModesFor(const HubConnection &connection) const;
    void unindex(HubConnection *connection);

    const HubPoller *m_poller;
    QHash<QString, QList<HubConnection *>> m_byAgent;
    QList<HubConnection *> m_floor;
    int m_subscribers = 0;
};
