#include "hub/HubService.h"

#include "hub/ApiFloorSource.h"
#include "hub/FloorSourceFactory.h"
#include "hub/HubGateway.h"
#include "hub/HubOpsServer.h"
#include "hub/HubPoller.h"
#include "services/CapabilityProbe.h"
#include "util/Logging.h"
#include "vicidial/WireClient.h"

namespace {
// The server's builds change only with an upgrade: read them now and then.
constexpr int kProbeIntervalMs = 10 * 60 * 1000;
} // namespace

HubService::HubService(const HubConfig &config, const HubServerOptions &serverOptions, Clock *clock, QObject *parent)
    : QObject(parent), m_config(config), m_serverOptions(serverOptions), m_clock(clock)
{
    m_serverOptions.address = config.listenAddress;
    m_serverOptions.port = config.port;
    m_serverOptions.certificateFile = config.certificateFile;
    m_serverOptions.keyFile = config.keyFile;
    m_serverOptions.allowPlain = config.allowPlain;
}

HubService::~HubService()
{
    if (m_server)
        m_server->stop();
}

std::optional<QString> HubService::start(const QList<HubToken> &tokens)
{
    m_source = FloorSourceFactory::create(m_config, m_clock, this);

    HubPollerOptions pollerOptions;
    pollerOptions.intervalMs = m_config.effectiveIntervalMs();
    pollerOptions.maxBackoffMs = m_config.maxBackoffMs;
    pollerOptions.served = m_config.served;
    pollerOptions.configuredIvrModes = m_config.parkIvrModes;
    m_poller = new HubPoller(m_source, pollerOptions, m_clock, this);
    connect(m_poller, &HubPoller::readingTaken, this, [this](qint64 microseconds, int agents) {
        m_metrics.recordReading(microseconds);
        m_metrics.setAgents(agents);
    });
    connect(m_poller, &HubPoller::readFailed, this, [this] { m_metrics.recordSourceError(); });
    connect(m_poller, &HubPoller::dataAvailabilityChanged, this, [this](bool hasData) { m_metrics.setHasData(hasData); });
    connect(m_poller, &HubPoller::intervalChanged, this, [this](int intervalMs, bool stretched) {
        m_metrics.setIntervalMs(intervalMs);
        if (stretched)
            qCInfo(lcHub) << "reading every" << intervalMs << "ms to keep within the server's time budget";
    });
    m_metrics.setIntervalMs(pollerOptions.intervalMs);

    m_server = new HubServer(m_poller, m_serverOptions, &m_metrics, m_clock, this);
    m_server->setTokens(tokens);
    if (m_config.hasApi) {
        // One client of VICIdial for the whole hub: an authentication error anywhere stops all of it.
        auto *api = qobject_cast<ApiFloorSource *>(m_source);
        m_wire = api ? api->wire() : new WireClient(m_config.api, m_clock, this);
        m_probe = new CapabilityProbe(m_wire, this);
        connect(m_probe, &CapabilityProbe::finished, this, [this] {
            m_server->setServerBuilds({m_probe->agentApiVersion(), m_probe->nonAgentApiVersion()});
        });
        m_probeTimer.setInterval(kProbeIntervalMs);
        connect(&m_probeTimer, &QTimer::timeout, m_probe, &CapabilityProbe::probe);
        if (m_config.gatewayEnabled) {
            m_gateway = new HubGateway(m_wire, m_poller, m_probe, m_config.auditFile, this);
            m_server->setGateway(m_gateway);
        }
    }
    if (const std::optional<QString> refusal = m_server->start())
        return refusal;
    if (m_config.metricsEnabled) {
        m_ops = new HubOpsServer([this] { return health(); },
                                 [this] { return m_metrics.prometheusText(m_source->kind()); }, this);
        if (const std::optional<QString> refusal = m_ops->start(m_config.metricsPort))
            return refusal;
    }
    m_poller->start();
    if (m_probe) {
        m_probe->probe();
        m_probeTimer.start();
    }
    qCInfo(lcHub).noquote() << "mode:" << m_config.modeName();
    return std::nullopt;
}

void HubService::reload(const HubConfig &config, const QList<HubToken> &tokens)
{
    if (m_server)
        m_server->setTokens(tokens);
    auto *api = qobject_cast<ApiFloorSource *>(m_source);
    if (api) {
        api->reload(config.api); // a person acted: a stopped API source may ask VICIdial again
        if (m_poller)
            m_poller->pollNow();
    } else if (m_wire && config.hasApi) {
        m_wire->setConfig(config.api); // a person acted: a stopped gateway may send again
    }
    if (m_probe)
        m_probe->probe();
    qCInfo(lcHub).noquote() << QStringLiteral("reloaded: %1 tokens%2; the listen address, TLS and the source's other settings take effect on restart")
                                   .arg(tokens.size())
                                   .arg(m_wire ? QStringLiteral(" and the API user's password") : QString());
}

std::optional<QString> HubService::health() const
{
    if (!m_server || !m_server->isListening())
        return tr("not listening");
    if (!m_poller->hasData())
        return tr("no data: %1").arg(m_poller->noDataReason());
    return std::nullopt;
}
