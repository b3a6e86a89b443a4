#pragma once

#include "OutageProxy.h"
#include "SessionTestKit.h"
#include "demo/VicidialSimulator.h"
#include "services/ParkCallService.h"
#include "services/StatePoller.h"
#include "session/PollingSession.h"
#include "state/CommandText.h"
#include "vicidial/WireClient.h"

#include <QSignalSpy>

#include <memory>

// The whole client side (WireClient, ParkCallService, AgentSession) against
// the simulator over real HTTP on 127.0.0.1, optionally through an
// OutageProxy, with short intervals so faults play out in a test's time.
class FaultRig final
{
public:
    static constexpr int kTimeoutMs = 800;

    FaultRig()
    {
        sim.setAgentScreenDelayMs(0);
    }
    ~FaultRig()
    {
        session.reset(); // before the service and the client it uses
        service.reset();
        client.reset();
    }
    FaultRig(const FaultRig &) = delete;
    FaultRig &operator=(const FaultRig &) = delete;

    // Listens and builds the client; through the proxy when asked.
    bool start(bool throughProxy = false)
    {
        if (!sim.listen())
            return false;
        QUrl url = sim.baseUrl();
        if (throughProxy) {
            proxy = std::make_unique<OutageProxy>(sim.port());
            if (!proxy->up())
                return false;
            url = proxy->baseUrl();
        }
        ServerConfig config;
        config.baseUrl = url;
        config.apiUser = QStringLiteral("6666");
        config.password = QStringLiteral("1234");
        config.source = QStringLiteral("faults");
        config.timeoutMs = kTimeoutMs;
        client = std::make_unique<WireClient>(config);
        service = std::make_unique<ParkCallService>(client.get());
        session.reset(createPollingSession(client.get(), nullptr, service.get(), QStringLiteral("1000"), fastSessionOptions(), nullptr));
        settled = std::make_unique<QSignalSpy>(session.get(), &AgentSession::commandSettled);
        finished = std::make_unique<QSignalSpy>(session.get(), &AgentSession::commandFinished);
        refused = std::make_unique<QSignalSpy>(session.get(), &AgentSession::actionRefused);
        return settled->isValid() && finished->isValid() && refused->isValid();
    }

    int parkCalls() const { return sim.requestCount(QStringLiteral("park_call")); }
    ConnectionState::Kind kind() const { return session->connection().kind; }
    QString detail() const { return session->connection().detail; }
    ActionState state(ParkAction action) const { return stateOf(session->actionStates(), action); }
    CommandRecord lastFinished() const { return finished->last().first().value<CommandRecord>(); }
    CommandRecord lastSettled() const { return settled->last().first().value<CommandRecord>(); }
    // What the bar's feedback line says about a record.
    static QString line(const CommandRecord &record) { return CommandText::commandLine(record); }

    VicidialSimulator sim;
    std::unique_ptr<OutageProxy> proxy;
    std::unique_ptr<WireClient> client;
    std::unique_ptr<ParkCallService> service;
    std::unique_ptr<AgentSession> session;
    std::unique_ptr<QSignalSpy> settled;
    std::unique_ptr<QSignalSpy> finished;
    std::unique_ptr<QSignalSpy> refused;
};
