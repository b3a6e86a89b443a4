#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QHttpServer;

// GET /healthz and GET /metrics for monitoring, on 127.0.0.1 only (a
// separate port from the WebSocket service; put a proxy in front to expose it).
class HubOpsServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HubOpsServer)

public:
    // nullopt when healthy, else why not.
    using HealthCheck = std::function<std::optional<QString>()>;
    using MetricsText = std::function<QByteArray()>;

    HubOpsServer(HealthCheck health, MetricsText metrics, QObject *parent = nullptr);
    ~HubOpsServer() override;

    // Listens on 127.0.0.1:port (0 picks one); the reason when it cannot.
    std::optional<QString> start(quint16 port);
    quint16 port() const { return m_port; }

private:
    QHttpServer *m_http;
    HealthCheck m_health;
    MetricsText m_metrics;
    quint16 m_port = 0;
};
