#include "services/FallbackFeed.h"

#include "util/Logging.h"

FallbackFeed::FallbackFeed(AgentFeed *primary, AgentFeed *fallback, int graceMs, QObject *parent)
    : AgentFeed(parent), m_primary(primary), m_fallback(fallback)
{
    primary->setParent(this);
    fallback->setParent(this);
    m_grace.setSingleShot(true);
    m_grace.setInterval(graceMs);
    connect(&m_grace, &QTimer::timeout, this, [this] {
        if (m_running && !m_primary->isAvailable())
            useFallback();
    });
    connect(primary, &AgentFeed::polled, this, [this](const PollOutcome &outcome) {
        if (!m_onFallback)
            Q_EMIT polled(outcome);
    });
    connect(fallback, &AgentFeed::polled, this, [this](const PollOutcome &outcome) {
        if (m_onFallback)
            Q_EMIT polled(outcome);
    });
    connect(primary, &AgentFeed::resumed, this, [this] {
        if (!m_onFallback)
            Q_EMIT resumed();
    });
    connect(fallback, &AgentFeed::resumed, this, [this] {
        if (m_onFallback)
            Q_EMIT resumed();
    });
    connect(primary, &AgentFeed::sourceChanged, this, &FallbackFeed::onPrimaryChanged);
}

FeedSource FallbackFeed::source() const
{
    FeedSource primary = m_primary->source();
    if (m_onFallback)
        primary.kind = FeedSource::Kind::DirectFallback;
    return primary;
}

void FallbackFeed::start()
{
    if (m_running)
        return;
    m_running = true;
    m_primary->start();
    if (!m_primary->isAvailable())
        onPrimaryChanged();
}

void FallbackFeed::stop()
{
    m_running = false;
    m_grace.stop();
    m_primary->stop();
    m_fallback->stop();
}

void FallbackFeed::pause()
{
    m_paused = true;
    m_primary->pause();
    m_fallback->pause();
}

void FallbackFeed::resume()
{
    m_paused = false;
    m_primary->resume();
    if (m_onFallback)
        m_fallback->resume();
}

void FallbackFeed::pollNow()
{
    active()->pollNow();
}

void FallbackFeed::setConfirming(bool confirming)
{
    m_confirming = confirming;
    active()->setConfirming(confirming);
}

void FallbackFeed::retry()
{
    m_primary->retry();
    if (m_onFallback)
        m_fallback->retry();
}

void FallbackFeed::setOptions(const SessionOptions &options)
{
    m_primary->setOptions(options);
    m_fallback->setOptions(options);
}

void FallbackFeed::onPrimaryChanged()
{
    if (!m_running) {
        Q_EMIT sourceChanged();
        return;
    }
    if (m_primary->isAvailable()) {
        m_grace.stop();
        if (m_onFallback)
            usePrimary();
    } else if (!m_onFallback) {
        // Still connecting: a moment's grace. Anything else: poll now.
        if (m_primary->source().problem != FeedSource::HubProblem::Connecting)
            useFallback();
        else if (!m_grace.isActive())
            m_grace.start();
    }
    Q_EMIT sourceChanged();
}

void FallbackFeed::useFallback()
{
    if (m_onFallback)
        return;
    qCInfo(lcState) << "the hub cannot be relied on; polling directly:" << m_primary->source().detail;
    m_grace.stop();
    m_onFallback = true;
    m_primary->setConfirming(false);
    m_fallback->setConfirming(m_confirming);
    m_fallback->start();
    if (m_paused)
        m_fallback->pause();
    Q_EMIT sourceChanged();
}

void FallbackFeed::usePrimary()
{
    if (!m_onFallback)
        return;
    qCInfo(lcState) << "the hub is back; direct polling stops";
    m_fallback->stop(); // a poll in flight is abandoned: never both at once
    m_onFallback = false;
    m_primary->setConfirming(m_confirming);
    Q_EMIT sourceChanged();
    m_primary->pollNow(); // its newest state, at once
}
