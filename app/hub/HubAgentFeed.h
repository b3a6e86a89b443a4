#pragma once

#include "services/PushedFeed.h"

#include <QPointer>

class Clock;
class HubClient;

// One agent's readings pushed by a parkbar-hub: the bar subscribes instead
// of polling. Unreliable while the hub is unreachable, refused, without data
// or silent (FallbackFeed then polls directly where it can).
class HubAgentFeed final : public PushedFeed
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HubAgentFeed)

public:
    // client must outlive the feed; clock: nullptr means Clock::system().
    HubAgentFeed(HubClient *client, const QString &agent, Clock *clock, QObject *parent = nullptr);

    void start() override;
    void resume() override;
    void pollNow() override;
    void retry() override;
    // A hub reads every 0.5 s (database) to a few seconds (API).
    int freshnessMs() const override { return 2000; }
    bool isAvailable() const override;
    FeedSource source() const override;
    QHash<QString, ParkIvrMode> campaignIvrModes() const override;

private:
    void deliverCurrent();
    void onHealthChanged();

    QPointer<HubClient> m_client;
    Clock *m_clock;
    bool m_wasUsable = false;
};
