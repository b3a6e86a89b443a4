#pragma once

#include "state/FeedSource.h"
#include "state/PollOutcome.h"
#include "state/SessionOptions.h"
#include "vicidial/ParkIvrMode.h"

#include <QHash>

#include <QObject>

// Where a session's readings of its agent come from: its own agent_status
// polls (StatePoller), the supervisor's floor (FloorAgentFeed) or a hub. A
// feed reports requests that stopped (PollOutcome::Stopped, with the reason)
// and their resumption (resumed()); the session decides nothing about them
// itself.
class AgentFeed : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentFeed)

public:
    using QObject::QObject;
    ~AgentFeed() override = default;

    virtual void start() = 0;  // readings from now on, the first as soon as possible
    virtual void stop() = 0;   // no more readings; one in flight is abandoned
    virtual void pause() = 0;  // the computer sleeps: no readings until resume()
    virtual void resume() = 0; // reads at once
    // A fresh reading as soon as possible: now, or right after the one in flight.
    virtual void pollNow() = 0;
    // A command waits for its confirmation: read more often where the source allows it.
    virtual void setConfirming(bool confirming) = 0;
    // A person pressed Retry: stopped requests may go again (exactly one
    // attempt), or an offline source is tried now.
    virtual void retry() = 0;
    // The session's settings changed (a source that schedules its own polls uses their intervals).
    virtual void setOptions(const SessionOptions &options) = 0;

    virtual bool isRunning() const = 0;
    virtual bool isPaused() const = 0;
    // The longest a fresh reading may take to arrive after pollNow(); a
    // confirmation waits at least twice this long before it gives up.
    virtual int freshnessMs() const = 0;

    // Whether this feed can be relied on now: a hub that is unreachable, has
    // no data or went quiet cannot. A FallbackFeed switches on it.
    virtual bool isAvailable() const { return true; }
    // Where the readings come from, for the status line.
    virtual FeedSource source() const { return {}; }
    // Campaigns' park IVR modes the source knows (a database hub); the
    // settings still win (campaignIvrMode()).
    virtual QHash<QString, ParkIvrMode> campaignIvrModes() const { return {}; }

Q_SIGNALS:
    void polled(const PollOutcome &outcome);
    // Requests stopped before may go again (a person acted): earlier
    // readings are no evidence of the present.
    void resumed();
    // isAvailable(), source() or campaignIvrModes() changed.
    void sourceChanged();
};
