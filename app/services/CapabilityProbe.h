#pragma once

#include "vicidial/ApiRequest.h"
#include "vicidial/ServerCapabilities.h"
#include "vicidial/VersionInfo.h"

#include <QObject>
#include <QPointer>

#include <optional>

class WireClient;
struct WireResponse;

// Reads `version` from both APIs (no credentials needed), one after the
// other so a session never has two requests of its own in flight, and fills
// ServerCapabilities. One per server, shared by its sessions. A failed read keeps the build known from before: a
// server that was reachable a minute ago has not been downgraded.
class CapabilityProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CapabilityProbe)

public:
    // client may be null (gateway mode): then the builds come only from adopt().
    explicit CapabilityProbe(WireClient *client, QObject *parent = nullptr);

    // Ignored while a probe is running, and for builds adopted from a hub.
    void probe();
    // Behind a hub: the builds are the ones the hub read (unknown when it has
    // said none), and this probe asks VICIdial nothing from now on.
    void adopt(const ServerCapabilities &fromHub);
    bool isAdopted() const { return m_adopted; }
    // The server changed: forget what was read, and ignore answers still on their way.
    void reset();
    void setScreenSupportsSwapAndHangup(bool supports);

    bool isProbing() const { return m_probing; }
    bool hasFinished() const { return m_finishedOnce; }
    const ServerCapabilities &capabilities() const { return m_capabilities; }
    std::optional<VersionInfo> agentApiVersion() const { return m_agentApi; }
    std::optional<VersionInfo> nonAgentApiVersion() const { return m_nonAgentApi; }

Q_SIGNALS:
    void finished(const ServerCapabilities &capabilities);

private:
    void ask(ApiRequest::Endpoint endpoint);
    void onAnswer(ApiRequest::Endpoint endpoint, const WireResponse &response);

    QPointer<WireClient> m_client;
    ServerCapabilities m_capabilities;
    std::optional<VersionInfo> m_agentApi;
    std::optional<VersionInfo> m_nonAgentApi;
    quint64 m_generation = 0;
    bool m_probing = false;
    bool m_finishedOnce = false;
    bool m_adopted = false;
};
