#include "HubTestRig.h"

#include "hub/HubGateway.h"
#include "hub/TokenFile.h"
#include "services/CapabilityProbe.h"
#include "vicidial/WireClient.h"
#include "util/Clock.h"

#include <QSignalSpy>

HubTestRig::HubTestRig(Clock *clock, HubServerOptions options, HubPollerOptions pollerOptions)
    : m_source(std::make_unique<FakeFloorSource>())
{
    Clock *used = clock ? clock : Clock::system();
    m_poller = std::make_unique<HubPoller>(m_source.get(), pollerOptions, used);
    m_server = std::make_unique<HubServer>(m_poller.get(), options, &m_metrics, used);
}

HubTestRig::~HubTestRig()
{
    m_server.reset();
    m_gateway.reset();
    m_probe.reset();
    m_wire.reset();
    m_poller.reset();
}

HubPollerOptions HubTestRig::quiet()
{
    HubPollerOptions options;
    options.intervalMs = 600000;
    options.maxBackoffMs = 600000;
    return options;
}

QString HubTestRig::addToken(const QString &name, HubRole role, const HubScope &scope, const QString &agent)
{
    const QString token = TokenFile::newToken();
    HubToken entry;
    entry.name = name;
    entry.role = role;
    entry.sha256Hex = TokenFile::hashOf(token);
    entry.scope = scope;
    entry.agent = agent;
    m_tokens.append(entry);
    m_server->setTokens(m_tokens);
    return token;
}

QString HubTestRig::addPhoneToken(const QString &name, const QString &phone)
{
    const QString token = TokenFile::newToken();
    HubToken entry;
    entry.name = name;
    entry.role = HubRole::Bar;
    entry.sha256Hex = TokenFile::hashOf(token);
    entry.phone = phone;
    m_tokens.append(entry);
    m_server->setTokens(m_tokens);
    return token;
}

void HubTestRig::enableGateway(const ServerConfig &api, const QString &auditFile)
{
    m_wire = std::make_unique<WireClient>(api);
    m_probe = std::make_unique<CapabilityProbe>(m_wire.get());
    m_gateway = std::make_unique<HubGateway>(m_wire.get(), m_poller.get(), m_probe.get(), auditFile);
    m_server->setGateway(m_gateway.get());
}

std::optional<QString> HubTestRig::start()
{
    if (std::optional<QString> refusal = m_server->start())
        return refusal;
    waitForOneRead([this] { m_poller->start(); });
    return std::nullopt;
}

bool HubTestRig::readNow()
{
    return waitForOneRead([this] { m_poller->pollNow(); });
}

bool HubTestRig::waitForOneRead(const std::function<void()> &trigger)
{
    QSignalSpy readings(m_poller.get(), &HubPoller::readingTaken);
    QSignalSpy failures(m_poller.get(), &HubPoller::readFailed);
    trigger();
    if (!m_source->autoAnswers())
        return true; // the test answers
    if (!m_source->isReading() && readings.isEmpty() && failures.isEmpty())
        return false;
    return QTest::qWaitFor([&] { return readings.size() + failures.size() > 0; }, 5000);
}
