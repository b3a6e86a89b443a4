#include "session/CommandFlow.h"

#include "util/Clock.h"
#include "util/Logging.h"

CommandFlow::CommandFlow(const QString &agent, Clock *clock, QObject *parent)
    : QObject(parent), m_agent(agent), m_clock(clock)
{
    m_confirmTimer.setSingleShot(true);
    connect(&m_confirmTimer, &QTimer::timeout, this, [this] {
        if (const auto verdict = m_confirmation.expire())
            settle(verdict->confirmation, verdict->text);
    });
}

void CommandFlow::begin(ParkAction action)
{
    CommandRecord record;
    record.id = m_nextId++;
    record.result.agent = m_agent;
    record.result.action = action;
    record.result.sentAtMs = m_clock->msecsSinceEpoch();
    record.sentMonotonicMs = m_clock->monotonicMs();
    m_current = record;
    m_history.store(record);
    Q_EMIT started(record);
}

std::optional<ParkAction> CommandFlow::pending() const
{
    return m_current ? std::optional<ParkAction>(m_current->action()) : std::nullopt;
}

void CommandFlow::onResult(const CommandResult &result, int confirmWindowMs)
{
    if (result.agent != m_agent || !m_current || m_current->finished || result.action != m_current->action())
        return;
    CommandRecord &current = *m_current;
    current.result = result;
    current.finished = true;
    const ResultKind kind = result.answer.kind;
    const bool clear = result.answer.isSuccess();
    const bool unclear = !clear && result.reachedServer && outcomeUnknown(kind);
    qCInfo(lcState) << "command" << current.id << parkActionWireValue(current.action()) << "for agent" << m_agent << "->"
                    << resultKindName(kind);
    const bool watch = (clear || unclear) && expectationFor(current.action()) != Expectation::NotVisible;
    if (watch)
        current.confirmation = Confirmation::Waiting;
    m_history.store(current);
    Q_EMIT finished(current);

    if (watch) {
        m_confirmation.begin(current.id, current.action(), current.sentMonotonicMs, clear);
        m_confirmTimer.start(std::max(1, confirmWindowMs));
        Q_EMIT confirmingChanged(true);
        Q_EMIT readingWanted();
        return;
    }
    if (clear || unclear) {
        const ConfirmationTracker::Verdict verdict = ConfirmationTracker::notVisibleVerdict(current.id, clear);
        settle(verdict.confirmation, verdict.text);
        return;
    }
    // The server disagrees with what we showed (no lead, logged out): look again now.
    if (kind == ResultKind::NoLead || kind == ResultKind::NotLoggedIn)
        Q_EMIT readingWanted();
    settle(Confirmation::NotApplicable, QString());
}

void CommandFlow::observe(const std::optional<AgentSnapshot> &snapshot, qint64 sentAtMs)
{
    if (!m_current || !m_current->finished)
        return;
    if (const auto verdict = m_confirmation.observe(snapshot, sentAtMs))
        settle(verdict->confirmation, verdict->text);
}

void CommandFlow::settle(Confirmation verdict, const QString &text)
{
    if (!m_current)
        return;
    m_confirmTimer.stop();
    m_confirmation.cancel();
    CommandRecord record = *m_current;
    m_current.reset();
    record.confirmation = verdict;
    record.confirmationText = text;
    record.confirmedAtMs = m_clock->msecsSinceEpoch();
    m_history.store(record);
    if (record.finished)
        qCInfo(lcState) << "command" << record.id << parkActionWireValue(record.action()) << "for agent" << m_agent
                        << "settled:" << confirmationName(verdict);
    Q_EMIT confirmingChanged(false);
    Q_EMIT settled(record);
}
