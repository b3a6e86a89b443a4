#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

class SimFloor;
struct SimAgent;

// The demo's looping minute: for each scripted agent a lead arrives, a 3-way
// call starts, the customer is parked and grabbed, hangs up, the agent
// dispositions, pauses, logs out and back in. Agents start at different
// points, so a floor of them shows every state at once, and agent 1000 shows
// every button state within a minute. An agent someone just sent a command
// for is left alone for a while, so a person trying the buttons is not
// overruled by the script. Time comes from the floor's clock.
class DemoTimeline final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoTimeline)

public:
    static constexpr int kStepCount = 10;
    static constexpr qint64 kHoldAfterCommandMs = 20000;

    explicit DemoTimeline(SimFloor *floor, QObject *parent = nullptr);

    // Scripts an agent from the given step, which happens after delayMs. With
    // catchUp the steps before it are applied at once, so the agent starts in
    // a state that step expects (a lead on the line before a park).
    void addAgent(const QString &user, int firstStep, qint64 delayMs = 0, bool catchUp = true);
    void start(int tickMs = 250);
    void stop();
    // Applies every step whose time has come on the floor's clock.
    void tick();

    // The loop's length, the sum of the steps' durations.
    static qint64 loopMs();

private:
    struct Scripted
    {
        QString user;
        int step = 0;
        qint64 nextAtMs = 0;
        bool usesIvr = false;
    };
    bool isHeld(const QString &user) const;
    void apply(SimAgent &agent, int step, bool usesIvr);
    static qint64 stepMs(int step);

    SimFloor *m_floor;
    QList<Scripted> m_agents;
    QTimer m_timer;
    qint64 m_nextLead = 20000;
};
