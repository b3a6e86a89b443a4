#pragma once

#include "vicidial/ServerConfig.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

class WireClient;

// The floor's activity: park and grab commands at a steady rate for the
// floor scenario's agents in a call, through the simulator's agent API, so
// that readings keep changing. Remembers when each agent's latest command
// was answered (the agent screens act at once).
class FloorActivity final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FloorActivity)

public:
    FloorActivity(const ServerConfig &server, int agents, int perSecond, QObject *parent = nullptr);
    ~FloorActivity() override;

    void start();
    void stop() { m_timer.stop(); }
    int commandsAnswered() const { return m_answered; }
    // Steady-clock ns when the latest command for the agent was answered, and
    // the sub status it leads to ("PARK" or ""); nullopt when none yet.
    std::optional<std::pair<qint64, QString>> lastChange(const QString &agent) const;

private:
    void sendNext();

    WireClient *m_client;
    QStringList m_agents;
    QSet<QString> m_parked;
    QHash<QString, std::pair<qint64, QString>> m_changes;
    QTimer m_timer;
    qsizetype m_next = 0;
    int m_answered = 0;
};
