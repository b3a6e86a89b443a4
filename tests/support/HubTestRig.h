#pragma once

#include "FakeFloorSource.h"
#include "hub/HubMetrics.h"
#include "hub/HubPoller.h"
#include "hub/HubServer.h"

#include <functional>
#include <memory>

class CapabilityProbe;
class Clock;
class HubGateway;
class WireClient;
struct ServerConfig;

// A hub on a fake source, listening on 127.0.0.1 with an ephemeral port:
// the source, its poller and the server, with tokens the test adds.
class HubTestRig final
{
public:
    // A long poll interval: the test reads with poller()->pollNow() unless it sets one.
    explicit HubTestRig(Clock *clock = nullptr, HubServerOptions options = {}, HubPollerOptions pollerOptions = quiet());
    ~HubTestRig();
    HubTestRig(const HubTestRig &) = delete;
    HubTestRig &operator=(const HubTestRig &) = delete;

    static HubPollerOptions quiet();

    // A new token with that role (and scope, agent binding); returns the token's text.
    QString addToken(const QString &name, HubRole role, const HubScope &scope = {}, const QString &agent = {});
    // A bar token bound to a phone (gateway mode); returns the token's text.
    QString addPhoneToken(const QString &name, const QString &phone);
    // Gateway mode, as [gateway] enabled=true makes it: park_call through a
    // WireClient to api, the central audit log at auditFile. Before start().
    void enableGateway(const ServerConfig &api, const QString &auditFile);
    HubGateway *gateway() const { return m_gateway.get(); }
    WireClient *wire() const { return m_wire.get(); }
    // Starts the server and the poller and waits for the first reading; the server's refusal, if any.
    std::optional<QString> start();
    // One reading of the floor now, answered; waits until the poller has it.
    bool readNow();

    FakeFloorSource &source() const { return *m_source; }
    HubPoller &poller() const { return *m_poller; }
    HubServer &server() const { return *m_server; }
    HubMetrics &metrics() { return m_metrics; }
    QUrl url() const { return m_server->url(); }
    const QList<HubToken> &tokens() const { return m_tokens; }

private:
    bool waitForOneRead(const std::function<void()> &trigger);

    HubMetrics m_metrics;
    std::unique_ptr<FakeFloorSource> m_source;
    std::unique_ptr<HubPoller> m_poller;
    std::unique_ptr<HubServer> m_server;
    std::unique_ptr<WireClient> m_wire;
    std::unique_ptr<CapabilityProbe> m_probe;
    std::unique_ptr<HubGateway> m_gateway;
    QList<HubToken> m_tokens;
};
