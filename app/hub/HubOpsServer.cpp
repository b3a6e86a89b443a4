#include "hub/HubOpsServer.h"

#include "util/Logging.h"

#include <QHttpServer>
#include <QHttpServerResponse>

HubOpsServer::HubOpsServer(HealthCheck health, MetricsText metrics, QObject *parent)
    : QObject(parent), m_http(new QHttpServer(this)), m_health(std::move(health)), m_metrics(std::move(metrics))
{
    m_http->route(QStringLiteral("/healthz"), QHttpServerRequest::Method::Get, [this] {
        if (const std::optional<QString> problem = m_health())
            return QHttpServerResponse("text/plain; charset=utf-8", problem->toUtf8() + '\n',
                                       QHttpServerResponse::StatusCode::ServiceUnavailable);
        return QHttpServerResponse("text/plain; charset=utf-8", "ok\n");
    });
    m_http->route(QStringLiteral("/metrics"), QHttpServerRequest::Method::Get,
                  [this] { return QHttpServerResponse("text/plain; version=0.0.4; charset=utf-8", m_metrics()); });
}

HubOpsServer::~HubOpsServer() = default;

std::optional<QString> HubOpsServer::start(quint16 port)
{
    m_port = m_http->listen(QHostAddress::LocalHost, port);
    if (m_port == 0)
        return tr("Cannot listen for /healthz and /metrics on 127.0.0.1 port %1").arg(port);
    qCInfo(lcHub) << "health and metrics on http://127.0.0.1:" << m_port;
    return std::nullopt;
}
