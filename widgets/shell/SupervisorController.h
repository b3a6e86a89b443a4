#pragma once

#include "session/AgentSession.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class CapabilityProbe;
class Clock;
class CommandSender;
class FloorFeed;
class FloorModel;
class FloorPoller;
class SupervisorView;

// Supervisor mode: one floor feed (a logged_in_agents poll, or a hub) feeds
// the table and the session of the selected row alike, so the same bar and
// the same rules act for that agent.
class SupervisorController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupervisorController)

public:
    // Takes floor as its child; probe, commands and clock (not null) must outlive the controller.
    SupervisorController(FloorFeed *floor, CapabilityProbe *probe, CommandSender *commands,
                         const SessionOptions &options, Clock *clock, QObject *parent = nullptr);
    ~SupervisorController() override;

    SupervisorView *view() const { return m_view; }
    FloorModel *model() const { return m_model; }
    FloorFeed *floor() const { return m_floor; }
    // The floor's own poller; null when a hub feeds the floor.
    FloorPoller *poller() const;
    AgentSession *selectedSession() const { return m_selected; }

    void setFilters(const QStringList &campaigns, const QStringList &userGroups);
    void setOptions(const SessionOptions &options);
    void start();
    void stop();
    void selectAgent(const QString &agent);

Q_SIGNALS:
    void parkAlertRaised(ParkAlert level, const QString &agent, qint64 parkedForMs);
    // A session was made for the selected agent (for the audit log and hotkeys).
    void sessionCreated(AgentSession *session);

private:
    void onAgentSelected(const QString &agent);
    void showPollNotice();

    QPointer<CapabilityProbe> m_probe;
    QPointer<CommandSender> m_commands;
    SessionOptions m_options;
    Clock *m_clock;
    FloorModel *m_model = nullptr;
    FloorFeed *m_floor = nullptr;
    QPointer<SupervisorView> m_view;
    QPointer<AgentSession> m_selected;
    QTimer m_tick; // the floor's park timers, all rows at once
    QString m_lastFailure;
};
