#pragma once

#include "demo/LoginGuard.h"
#include "demo/SimAgent.h"
#include "demo/SimApiUser.h"
#include "demo/SimCampaign.h"
#include "vicidial/ServerBuild.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <algorithm>
#include <map>
#include <optional>

class Clock;

// The simulated server's data: API users, campaigns, agents and their screens,
// the builds the APIs report, and the lockout counter. Commands stored by
// park_call are carried out by the agent's screen after a delay measured on
// the injected clock; processDue() applies whatever is due (the handlers call
// it before every answer, and a timer calls it in real time).
class SimFloor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimFloor)

public:
    explicit SimFloor(Clock *clock, QObject *parent = nullptr);
    ~SimFloor() override;

    Clock *clock() const { return m_clock; }
    qint64 nowMs() const;        // monotonic, for durations
    qint64 epochSeconds() const; // wall time, for answers
    // "YYYY-MM-DD HH:MM:SS" in the server's time zone, as PHP's date() writes it.
    QString serverDateTime() const;

    // Removes all users, agents, campaigns, pending commands and lockouts.
    void clear();

    void addApiUser(const SimApiUser &user);
    SimApiUser *apiUser(const QString &user);
    void addCampaign(const SimCampaign &campaign);
    const SimCampaign *campaign(const QString &id) const;
    // In id order.
    QList<SimCampaign> campaigns() const;
    SimAgent &addAgent(const SimAgent &agent);
    SimAgent *agent(const QString &user);
    // Agents in user order; the pointers stay valid until clear().
    QList<SimAgent *> agents();
    SimAgent *agentByAltUser(const QString &altUser);
    LoginGuard &loginGuard() { return m_loginGuard; }

    ServerBuild agentApiBuild() const { return m_agentApiBuild; }
    ServerBuild nonAgentApiBuild() const { return m_nonAgentApiBuild; }
    // The build of the agents' screens (vicidial.php); the agent API's when unset.
    ServerBuild screenBuild() const { return m_screenBuild.value_or(m_agentApiBuild); }
    void setAgentApiBuild(const ServerBuild &build) { m_agentApiBuild = build; }
    void setNonAgentApiBuild(const ServerBuild &build) { m_nonAgentApiBuild = build; }
    void setScreenBuild(std::optional<ServerBuild> build) { m_screenBuild = build; }
    QString agentApiVersion() const { return m_agentApiVersion; }
    QString nonAgentApiVersion() const { return m_nonAgentApiVersion; }
    bool agentApiActive() const { return m_agentApiActive; }
    void setAgentApiActive(bool active) { m_agentApiActive = active; }
    double serverGmtOffsetHours() const { return m_gmtOffsetHours; }
    void setServerGmtOffsetHours(double hours) { m_gmtOffsetHours = hours; }

    int agentScreenDelayMs() const { return m_screenDelayMs; }
    void setAgentScreenDelayMs(int ms) { m_screenDelayMs = std::max(0, ms); }
    int ivrReturnMs() const { return m_ivrReturnMs; }
    void setIvrReturnMs(int ms) { m_ivrReturnMs = std::max(0, ms); }

    // park_call SUCCESS: the command waits on the agent's live session; a
    // newer one replaces it.
    void storeCommand(const QString &agent, const QString &value);
    std::optional<QString> pendingCommand(const QString &agent) const;
    void setAgentScreenClosed(const QString &agent, bool closed);
    // The customer hangs up (from the line, park or the IVR): sub status DEAD.
    void hangUpCustomer(const QString &agent);
    // Carries out every command and IVR return whose time has come.
    void processDue();

    int commandsCarriedOut(const QString &agent) const { return m_carriedOut.value(agent); }
    int commandsIgnored(const QString &agent) const { return m_ignored.value(agent); }
    // Monotonic ms of the last command the agent's screen picked up, or nullopt.
    std::optional<qint64> lastCommandAtMs(const QString &agent) const;
    void resetCommandCounters();

    // Call this after changing an agent directly, so listeners and IVR timers follow.
    void noteAgentChanged(const QString &agent);

Q_SIGNALS:
    void agentChanged(const QString &agent);

private:
    struct Pending
    {
        QString value;
        qint64 dueMs = 0;
    };
    void carryOut(SimAgent &agent, const Pending &pending);
    // Starts or stops the IVR return timer and stamps the park time.
    void followLegs(SimAgent &agent);
    void scheduleWake();

    Clock *m_clock;
    std::map<QString, SimApiUser> m_users;
    std::map<QString, SimAgent> m_agents;
    QHash<QString, SimCampaign> m_campaigns;
    LoginGuard m_loginGuard;

    ServerBuild m_agentApiBuild{240429, 2220};
    ServerBuild m_nonAgentApiBuild{241004, 1518};
    std::optional<ServerBuild> m_screenBuild;
    QString m_agentApiVersion = QStringLiteral("2.14-81");
    QString m_nonAgentApiVersion = QStringLiteral("2.14-194");
    bool m_agentApiActive = true;
    double m_gmtOffsetHours = 0.0;
    int m_screenDelayMs = 1000;
    int m_ivrReturnMs = 30000;

    QHash<QString, Pending> m_pending;
    QHash<QString, qint64> m_ivrReturnDueMs;
    QHash<QString, int> m_carriedOut;
    QHash<QString, int> m_ignored;
    QHash<QString, qint64> m_lastCommandMs;
    QTimer m_wake;
};
