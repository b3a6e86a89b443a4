#include "hub/HubPublisher.h"

#include "hub/HubPoller.h"
#include "hub/HubProtocol.h"

#include <QJsonArray>
#include <QSet>

namespace {

// One subscriber's share of a diff.
struct Pending
{
    QJsonArray agents;
    QJsonArray removed;
};

// Each agent's view is built once per role per diff, however many subscribers see it.
class ViewCache
{
public:
    // A copy (implicitly shared): a later insert may move the stored one.
    QJsonObject of(const AgentSnapshot &agent, HubRole role)
    {
        QHash<const AgentSnapshot *, QJsonObject> &cache = role == HubRole::Bar ? m_bar : m_supervisor;
        auto it = cache.find(&agent);
        if (it == cache.end())
            it = cache.insert(&agent, HubProtocol::agentJson(agent, role));
        return *it;
    }

private:
    QHash<const AgentSnapshot *, QJsonObject> m_bar;
    QHash<const AgentSnapshot *, QJsonObject> m_supervisor;
};

} // namespace

bool HubPublisher::sees(const HubConnection &connection, const AgentSnapshot &agent)
{
    const std::optional<HubToken> &token = connection.token();
    return token && token->scope.contains(agent) && (token->agent.isEmpty() || token->agent == agent.user);
}

void HubPublisher::unindex(HubConnection *connection)
{
    if (connection->subscription() == HubConnection::Subscription::None)
        return;
    --m_subscribers;
    if (connection->subscription() == HubConnection::Subscription::Floor) {
        m_floor.removeOne(connection);
        return;
    }
    for (const QString &agent : connection->agents()) {
        auto it = m_byAgent.find(agent);
        if (it == m_byAgent.end())
            continue;
        it->removeOne(connection);
        if (it->isEmpty())
            m_byAgent.erase(it);
    }
}

void HubPublisher::remove(HubConnection *connection)
{
    unindex(connection);
    connection->setSubscription(HubConnection::Subscription::None);
}

void HubPublisher::subscribe(HubConnection *connection, HubConnection::Subscription subscription, const QStringList &agents)
{
    unindex(connection);
    connection->setSubscription(subscription, agents);
    if (subscription == HubConnection::Subscription::None)
        return;
    ++m_subscribers;
    if (subscription == HubConnection::Subscription::Floor) {
        m_floor.append(connection);
    } else {
        for (const QString &agent : agents)
            m_byAgent[agent].append(connection);
    }
    sendSnapshot(connection);
}

QJsonObject HubPublisher::ivrModesFor(const HubConnection &connection) const
{
    QHash<QString, ParkIvrMode> modes;
    const QHash<QString, ParkIvrMode> &all = m_poller->campaignIvrModes();
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (connection.token()->scope.containsCampaign(it.key()))
            modes.insert(it.key(), it.value());
    }
    return HubProtocol::ivrModesJson(modes);
}

void HubPublisher::sendSnapshot(HubConnection *connection) const
{
    if (!m_poller->hasData()) {
        connection->send(HubProtocol::encode(HubProtocol::status(false, m_poller->noDataReason())));
        return;
    }
    const HubRole role = connection->token()->role;
    QJsonArray agents;
    QJsonArray absent;
    if (connection->subscription() == HubConnection::Subscription::Floor) {
        for (const AgentSnapshot &agent : m_poller->agentList()) {
            if (sees(*connection, agent))
                agents.append(HubProtocol::agentJson(agent, role));
        }
    } else {
        for (const QString &user : connection->agents()) {
            const auto it = m_poller->agents().constFind(user);
            if (it != m_poller->agents().cend() && sees(*connection, *it))
                agents.append(HubProtocol::agentJson(*it, role));
            else
                absent.append(user);
        }
    }
    QJsonObject message{{QStringLiteral("type"), QStringLiteral("snapshot")},
                        {QStringLiteral("seq"), qint64(m_poller->sequence())},
                        {QStringLiteral("readAt"), m_poller->readAtMs()},
                        {QStringLiteral("agents"), agents},
                        {QStringLiteral("campaignIvrModes"), ivrModesFor(*connection)}};
    if (connection->subscription() == HubConnection::Subscription::Agents)
        message.insert(QStringLiteral("absent"), absent);
    connection->send(HubProtocol::encode(message));
}

void HubPublisher::publish(const FloorDiff &diff)
{
    ViewCache views;
    QHash<HubConnection *, Pending> pending;
    auto consider = [&](HubConnection *connection, const AgentSnapshot *before, const AgentSnapshot *after) {
        const HubRole role = connection->token()->role;
        const bool sawBefore = before && sees(*connection, *before);
        if (after && sees(*connection, *after)) {
            const QJsonObject view = views.of(*after, role);
            if (sawBefore && views.of(*before, role) == view)
                return; // nothing this role sees has changed
            pending[connection].agents.append(view);
        } else if (sawBefore) {
            pending[connection].removed.append(before->user);
        }
    };
    // Copies: a connection that closes while being sent to leaves the index.
    const QList<HubConnection *> floor = m_floor;
    auto forEachWatcher = [this, &floor](const QString &user, const auto &visit) {
        for (HubConnection *connection : m_byAgent.value(user))
            visit(connection);
        for (HubConnection *connection : floor)
            visit(connection);
    };
    for (const AgentSnapshot &agent : diff.added)
        forEachWatcher(agent.user, [&](HubConnection *c) { consider(c, nullptr, &agent); });
    for (const FloorDiff::Change &change : diff.changed)
        forEachWatcher(change.after.user, [&](HubConnection *c) { consider(c, &change.before, &change.after); });
    for (const AgentSnapshot &agent : diff.removed)
        forEachWatcher(agent.user, [&](HubConnection *c) { consider(c, &agent, nullptr); });

    auto send = [&](HubConnection *connection, const Pending &share) {
        QJsonObject message{{QStringLiteral("type"), QStringLiteral("changes")},
                            {QStringLiteral("seq"), qint64(diff.sequence)},
                            {QStringLiteral("readAt"), diff.readAtMs}};
        if (!share.agents.isEmpty())
            message.insert(QStringLiteral("agents"), share.agents);
        if (!share.removed.isEmpty())
            message.insert(QStringLiteral("removed"), share.removed);
        if (diff.ivrModesChanged)
            message.insert(QStringLiteral("campaignIvrModes"), ivrModesFor(*connection));
        connection->send(HubProtocol::encode(message));
    };
    for (auto it = pending.cbegin(); it != pending.cend(); ++it)
        send(it.key(), it.value());
    if (!diff.ivrModesChanged)
        return;
    // New park IVR modes reach every subscriber, with or without agent changes.
    auto sendModesOnly = [&](HubConnection *connection) {
        if (!pending.contains(connection))
            send(connection, Pending{});
    };
    for (HubConnection *connection : floor)
        sendModesOnly(connection);
    QSet<HubConnection *> agentSubscribers;
    for (const QList<HubConnection *> &connections : std::as_const(m_byAgent)) {
        for (HubConnection *connection : connections)
            agentSubscribers.insert(connection);
    }
    for (HubConnection *connection : std::as_const(agentSubscribers))
        sendModesOnly(connection);
}

void HubPublisher::publishAvailability(bool hasData, const QString &reason, QList<HubConnection *> connections)
{
    const QString status = HubProtocol::encode(HubProtocol::status(hasData, reason));
    for (HubConnection *connection : connections) {
        if (!connection->isAuthenticated())
            continue;
        connection->send(status);
        if (hasData && connection->subscription() != HubConnection::Subscription::None)
            sendSnapshot(connection);
    }
}
