#pragma once

#include "hub/FloorSource.h"
#include "hub/HubScope.h"
#include "vicidial/ServerConfig.h"

#include <QElapsedTimer>
#include <QPointer>

class Clock;
class WireCall;
class WireClient;

// The hub's source when there is no database access: one logged_in_agents
// request with sub status per read, through the project's WireClient.
// After an authentication error the WireClient stops all traffic and this
// source never asks again by itself (retrying would lock the API user out
// for every desk): it fails at once, without a request, until reload().
class ApiFloorSource final : public FloorSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiFloorSource)

public:
    // clock (for the readings' time) must outlive the source.
    ApiFloorSource(const ServerConfig &config, const HubScope &served, Clock *clock, QObject *parent = nullptr);
    ~ApiFloorSource() override;

    QString kind() const override { return QStringLiteral("api"); }
    void read() override;
    bool isReading() const override { return !m_call.isNull(); }

    // A person acted (the hub was reloaded): new settings, and traffic may start again.
    void reload(const ServerConfig &config);
    bool isStopped() const;
    WireClient *wire() const { return m_wire; }

private:
    void failSoon(const QString &reason);

    WireClient *m_wire;
    HubScope m_served;
    Clock *m_clock;
    QPointer<WireCall> m_call;
    QElapsedTimer m_elapsed;
    bool m_failurePending = false;
};
