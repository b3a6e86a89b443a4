#include "services/CapabilityProbe.h"

#include "util/Logging.h"
#include "vicidial/WireClient.h"

CapabilityProbe::CapabilityProbe(WireClient *client, QObject *parent) : QObject(parent), m_client(client) {}

void CapabilityProbe::probe()
{
    if (m_probing || !m_client || m_adopted)
        return;
    m_probing = true;
    ask(ApiRequest::Endpoint::AgentApi);
}

void CapabilityProbe::reset()
{
    ++m_generation;
    const bool screen = m_capabilities.screenSupportsSwapAndHangup;
    m_capabilities = {};
    m_capabilities.screenSupportsSwapAndHangup = screen;
    m_agentApi.reset();
    m_nonAgentApi.reset();
    m_probing = false;
    m_finishedOnce = false;
    m_adopted = false;
}

void CapabilityProbe::adopt(const ServerCapabilities &fromHub)
{
    ++m_generation; // a direct read still on its way is not the hub's word
    m_adopted = true;
    m_probing = false;
    m_agentApi.reset();
    m_nonAgentApi.reset();
    const bool screen = m_capabilities.screenSupportsSwapAndHangup;
    m_capabilities = fromHub;
    m_capabilities.screenSupportsSwapAndHangup = screen;
    m_finishedOnce = true;
    Q_EMIT finished(m_capabilities);
}

void CapabilityProbe::setScreenSupportsSwapAndHangup(bool supports)
{
    m_capabilities.screenSupportsSwapAndHangup = supports;
}

void CapabilityProbe::ask(ApiRequest::Endpoint endpoint)
{
    WireCall *call = m_client->send(ApiRequest::version(endpoint));
    connect(call, &WireCall::finished, this, [this, endpoint, generation = m_generation](const WireResponse &response) {
        if (generation == m_generation)
            onAnswer(endpoint, response);
    });
}

void CapabilityProbe::onAnswer(ApiRequest::Endpoint endpoint, const WireResponse &response)
{
    const std::optional<VersionInfo> info = response.ok() ? parseVersionAnswer(response.body) : std::nullopt;
    const bool agentApi = endpoint == ApiRequest::Endpoint::AgentApi;
    if (info) {
        (agentApi ? m_agentApi : m_nonAgentApi) = info;
        (agentApi ? m_capabilities.agentApiBuild : m_capabilities.nonAgentApiBuild) = info->build;
    } else {
        qCInfo(lcState) << "no version from the" << (agentApi ? "agent API" : "non-agent API")
                        << (response.failure ? resultKindName(response.failure->kind) : QStringLiteral("(no version line)"));
    }
    if (agentApi && m_client) {
        ask(ApiRequest::Endpoint::NonAgentApi);
        return;
    }
    m_probing = false;
    m_finishedOnce = true;
    Q_EMIT finished(m_capabilities);
}
