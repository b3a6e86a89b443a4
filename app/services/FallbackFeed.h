#pragma once

#include "services/AgentFeed.h"

#include <QTimer>

// Prefers a primary feed (a hub's pushed changes) and reads with a fallback
// feed (the bar's own polls) while the primary cannot be relied on: at once
// when it says it is unreachable, refused, without data or silent, and after
// graceMs when it is still connecting. Returns to the primary as soon as it
// can be relied on again. Never both at once: the fallback is stopped while
// the primary is used, and the primary's readings are ignored meanwhile.
class FallbackFeed final : public AgentFeed
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FallbackFeed)

public:
    // Takes both feeds as children.
    FallbackFeed(AgentFeed *primary, AgentFeed *fallback, int graceMs = 1500, QObject *parent = nullptr);

    void start() override;
    void stop() override;
    void pause() override;
    void resume() override;
    void pollNow() override;
    void setConfirming(bool confirming) override;
    void retry() override;
    void setOptions(const SessionOptions &options) override;

    bool isRunning() const override { return m_running; }
    bool isPaused() const override { return m_paused; }
    int freshnessMs() const override { return active()->freshnessMs(); }
    FeedSource source() const override;
    QHash<QString, ParkIvrMode> campaignIvrModes() const override { return m_primary->campaignIvrModes(); }

    bool usesFallback() const { return m_onFallback; }
    // The primary is still connecting and has its grace before the fallback starts.
    bool isGivingGrace() const { return m_grace.isActive(); }
    AgentFeed *primary() const { return m_primary; }
    AgentFeed *fallback() const { return m_fallback; }

private:
    AgentFeed *active() const { return m_onFallback ? m_fallback : m_primary; }
    void onPrimaryChanged();
    void useFallback();
    void usePrimary();

    AgentFeed *m_primary;
    AgentFeed *m_fallback;
    QTimer m_grace;
    bool m_running = false;
    bool m_paused = false;
    bool m_confirming = false;
    bool m_onFallback = false;
};
