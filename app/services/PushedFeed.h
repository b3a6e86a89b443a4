#pragma once

#include "services/AgentFeed.h"

#include <optional>

// A feed whose source reads on its own (the supervisor's floor polls, a
// hub's pushes): it passes on its agent's readings while running and not
// paused, and cannot make the source read faster.
class PushedFeed : public AgentFeed
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PushedFeed)

public:
    explicit PushedFeed(const QString &agent, QObject *parent = nullptr);

    void start() override { m_running = true; }
    void stop() override { m_running = false; }
    void pause() override { m_paused = true; }
    void resume() override { m_paused = false; }
    void setConfirming(bool confirming) override;
    void setOptions(const SessionOptions &options) override;
    bool isRunning() const override { return m_running; }
    bool isPaused() const override { return m_paused; }

protected:
    const QString &agent() const { return m_agent; }
    bool delivering() const { return m_running && !m_paused; }
    // The agent's state from a reading that left at sentAtMs (monotonic):
    // its snapshot, or nullopt when the reading does not list it (logged out).
    void deliver(const std::optional<AgentSnapshot> &snapshot, qint64 sentAtMs);

private:
    QString m_agent;
    bool m_running = false;
    bool m_paused = false;
};
