#pragma once

#include "hub/HubConfig.h"
#include "hub/HubMetrics.h"
#include "hub/HubServer.h"
#include "hub/HubToken.h"

#include <QObject>
#include <QTimer>

#include <optional>

class CapabilityProbe;
class Clock;
class FloorSource;
class HubGateway;
class WireClient;
class HubOpsServer;
class HubPoller;

// parkbar-hub running: the configured source, its poller, the WebSocket
// server and the local /healthz and /metrics, wired together.
class HubService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HubService)

public:
    // clock must outlive the service. serverOptions lets tests shorten heartbeats;
    // its address, port and TLS files are taken from config.
    HubService(const HubConfig &config, const HubServerOptions &serverOptions, Clock *clock, QObject *parent = nullptr);
    ~HubService() override;

    // Builds the source, listens and starts reading; the reason when it cannot.
    std::optional<QString> start(const QList<HubToken> &tokens);
    // A person reloaded the hub (SIGHUP): new tokens, and the source's new
    // credentials (a stopped API source may ask VICIdial again).
    void reload(const HubConfig &config, const QList<HubToken> &tokens);

    // nullopt when the hub serves a current floor, else why not.
    std::optional<QString> health() const;
    HubServer *server() const { return m_server; }
    HubPoller *poller() const { return m_poller; }
    FloorSource *source() const { return m_source; }
    HubOpsServer *ops() const { return m_ops; }
    HubGateway *gateway() const { return m_gateway; }
    // Reads the server's builds; null without [api].
    CapabilityProbe *probe() const { return m_probe; }
    // The hub's one client of the VICIdial APIs (the API source's own); null without [api].
    WireClient *wire() const { return m_wire; }
    const HubMetrics &metrics() const { return m_metrics; }

private:
    HubConfig m_config;
    HubServerOptions m_serverOptions;
    Clock *m_clock;
    HubMetrics m_metrics;
    FloorSource *m_source = nullptr;
    HubPoller *m_poller = nullptr;
    HubServer *m_server = nullptr;
    HubOpsServer *m_ops = nullptr;
    WireClient *m_wire = nullptr;
    CapabilityProbe *m_probe = nullptr;
    HubGateway *m_gateway = nullptr;
    QTimer m_probeTimer;
};
