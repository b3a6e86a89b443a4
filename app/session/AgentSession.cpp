#include "session/AgentSession.h"

#include "services/AgentFeed.h"
#include "services/CapabilityProbe.h"
#include "services/CommandSender.h"
#include "session/CommandFlow.h"
#include "state/CampaignIvrMode.h"
#include "state/ConfirmationTracker.h"
#include "state/ParkTimer.h"
#include "state/SessionStatus.h"
#include "state/StopReason.h"
#include "state/SwapChoice.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QPointer>
#include <QTimer>

namespace {
constexpr int kTickMs = 1000;
} // namespace

class AgentSession::Private
{
public:
    AgentSession *q = nullptr;
    AgentFeed *feed = nullptr;
    QPointer<CapabilityProbe> probe;
    QPointer<CommandSender> commands;
    QString agent;
    SessionOptions options;
    Clock *clock = nullptr;
    SessionStatus status;
    CommandLedger ledger;
    ParkTimer parkTimer;
    CommandFlow *commandFlow = nullptr;
    QTimer staleTimer;
    QTimer tick; // the one ticker: a park timer or a retry countdown on screen

    std::optional<AgentSnapshot> snapshot;
    bool agentUnknown = false;
    SessionView view;

    ServerCapabilities capabilities() const
    {
        ServerCapabilities caps = probe ? probe->capabilities() : ServerCapabilities{};
        caps.screenSupportsSwapAndHangup = options.screenSupportsSwapAndHangup;
        return caps;
    }

    CallLegs legs() const { return snapshot ? callLegsOf(*snapshot, ledger.facts()) : CallLegs{}; }

    RuleInput ruleInput() const
    {
        RuleInput input;
        input.agent = agent;
        input.feed = status.feed(clock->monotonicMs(), options);
        input.snapshot = snapshot;
        input.ledger = ledger.facts();
        input.capabilities = capabilities();
        if (snapshot)
            input.ivrMode = campaignIvrMode(snapshot->campaign, options.parkIvrModes, feed->campaignIvrModes());
        input.pending = commandFlow->pending();
        if (input.feed == FeedState::AuthStopped)
            input.stopReason = stopSentence(status.stopReason());
        input.agentUnknown = agentUnknown;
        input.hubOnly = feed->source().kind == FeedSource::Kind::HubOnly;
        return input;
    }

    SessionView currentView() const
    {
        const qint64 now = clock->monotonicMs();
        const RuleInput input = ruleInput();
        SessionView next;
        next.states = evaluateActions(input);
        next.connection = status.connection(now, options);
        next.feed = input.feed;
        next.source = feed->source();
        next.snapshot = snapshot;
        next.capabilities = input.capabilities;
        next.legs = legs();
        next.swapAction = swapActionFor(next.legs);
        next.parked = parkTimer.isParked();
        next.alert = parkTimer.level(now, options.parkLimits());
        return next;
    }

    void refresh();
    void onPolled(const PollOutcome &outcome);
    void onSettled(const CommandRecord &record);
    void onTick();
};

void AgentSession::Private::refresh()
{
    SessionView next = currentView();
    const bool counting = next.parked || next.connection.kind == ConnectionState::Kind::Offline;
    if (counting && !tick.isActive())
        tick.start();
    else if (!counting)
        tick.stop();

    const bool different = !(next == view);
    view = std::move(next);
    const qint64 now = clock->monotonicMs();
    const ParkAlert raised = parkTimer.takeNewAlert(now, options.parkLimits());
    if (different)
        Q_EMIT q->changed();
    if (raised != ParkAlert::None)
        Q_EMIT q->parkAlertRaised(raised, agent, parkTimer.parkedForMs(now).value_or(0));
}

void AgentSession::Private::onTick()
{
    const SessionView before = view;
    refresh();
    if (before == view)
        Q_EMIT q->changed(); // the seconds on screen moved
}

void AgentSession::Private::onPolled(const PollOutcome &outcome)
{
    const qint64 now = clock->monotonicMs();
    const bool wasOffline = status.isFailing();
    status.note(outcome, now);
    if (outcome.kind == PollOutcome::Kind::Snapshot || outcome.kind == PollOutcome::Kind::AgentAbsent) {
        snapshot = outcome.snapshot;
        agentUnknown = outcome.kind == PollOutcome::Kind::AgentAbsent && outcome.answer.kind != ResultKind::NotLoggedIn;
        ledger.observe(snapshot);
        const std::optional<qint64> knownSince =
            snapshot ? parkStartMonotonicMs(snapshot->parkedAtMs, clock->msecsSinceEpoch(), now) : std::nullopt;
        parkTimer.observe(legs().customer, now, knownSince);
        commandFlow->observe(snapshot, outcome.sentAtMs);
        staleTimer.start(std::max(1, options.staleAfterMs) + 1);
        if (wasOffline && probe) {
            qCInfo(lcState) << "server answers again for agent" << agent << "- reading its version again";
            probe->probe();
        }
    }
    refresh();
}

void AgentSession::Private::onSettled(const CommandRecord &record)
{
    if (record.confirmation == Confirmation::Confirmed && expectationFor(record.action()) == Expectation::ParkAppears)
        parkTimer.startedByCommandAt(record.sentMonotonicMs);
    ledger.record(record);
    Q_EMIT q->commandSettled(record);
    refresh();
}

AgentSession::AgentSession(const SessionParts &parts, const QString &agent, const SessionOptions &options, Clock *clock,
                           QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    Q_ASSERT(parts.feed);
    d->q = this;
    d->feed = parts.feed;
    d->feed->setParent(this);
    d->probe = parts.probe;
    d->commands = parts.commands;
    d->agent = agent;
    d->options = options;
    d->clock = clock ? clock : Clock::system();
    d->commandFlow = new CommandFlow(agent, d->clock, this);
    d->staleTimer.setSingleShot(true);
    d->staleTimer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire early and miss the moment
    d->tick.setInterval(kTickMs);
    d->view = d->currentView();

    connect(d->feed, &AgentFeed::polled, this, [this](const PollOutcome &outcome) { d->onPolled(outcome); });
    connect(d->feed, &AgentFeed::sourceChanged, this, [this] { d->refresh(); });
    connect(d->feed, &AgentFeed::resumed, this, [this] {
        d->status.restart(); // what we showed before the sign-out is not evidence now
        d->refresh();
    });
    if (d->probe) {
        connect(d->probe, &CapabilityProbe::finished, this, [this] {
            if (d->status.isStarted() && !d->feed->isRunning())
                d->feed->start();
            d->refresh();
        });
    }
    if (d->commands) {
        connect(d->commands, &CommandSender::commandFinished, this, [this](const CommandResult &result) {
            // A slow feed (the supervisor's floor) gets at least two readings to show it.
            d->commandFlow->onResult(result, std::max(d->options.confirmTimeoutMs, 2 * d->feed->freshnessMs()));
        });
    }
    connect(d->commandFlow, &CommandFlow::started, this, [this](const CommandRecord &record) {
        Q_EMIT commandStarted(record);
        d->refresh();
    });
    connect(d->commandFlow, &CommandFlow::finished, this, [this](const CommandRecord &record) {
        Q_EMIT commandFinished(record);
        d->refresh();
    });
    connect(d->commandFlow, &CommandFlow::settled, this, [this](const CommandRecord &record) { d->onSettled(record); });
    connect(d->commandFlow, &CommandFlow::confirmingChanged, d->feed, &AgentFeed::setConfirming);
    connect(d->commandFlow, &CommandFlow::readingWanted, d->feed, &AgentFeed::pollNow);
    connect(&d->staleTimer, &QTimer::timeout, this, [this] { d->refresh(); });
    connect(&d->tick, &QTimer::timeout, this, [this] { d->onTick(); });
}

AgentSession::~AgentSession() = default;

QString AgentSession::agent() const
{
    return d->agent;
}

void AgentSession::setOptions(const SessionOptions &options)
{
    d->options = options;
    d->feed->setOptions(options);
    d->refresh();
}

const SessionOptions &AgentSession::options() const
{
    return d->options;
}

void AgentSession::restoreLedger(const CommandLedger &ledger)
{
    d->ledger = ledger;
    d->refresh();
}

void AgentSession::start()
{
    if (d->status.isStarted())
        return;
    d->status.start();
    // The version first, then the readings: a session never has two requests of its own in flight.
    if (!d->probe || d->probe->hasFinished())
        d->feed->start();
    else
        d->probe->probe();
    d->refresh();
}

void AgentSession::stop()
{
    d->status.stop();
    d->feed->stop();
    d->staleTimer.stop();
    d->tick.stop();
    d->refresh();
}

void AgentSession::retry()
{
    if (!d->status.isStarted())
        return;
    if (d->probe && d->probe->isProbing())
        return; // the feed starts when the probe is back
    d->feed->retry();
}

void AgentSession::pause()
{
    d->feed->pause();
    d->refresh();
}

void AgentSession::resume()
{
    d->feed->resume();
    d->refresh();
}

bool AgentSession::request(ParkAction action)
{
    d->refresh();
    const ActionState &state = stateOf(d->view.states, action);
    if (!state.enabled || !d->commands) {
        qCInfo(lcState) << "refused" << parkActionWireValue(action) << "for agent" << d->agent << ":" << state.reason;
        Q_EMIT actionRefused(action, state.reason);
        return false;
    }
    d->commandFlow->begin(action);
    d->commands->send(d->agent, action);
    return true;
}

const SessionView &AgentSession::view() const
{
    return d->view;
}

const ActionStates &AgentSession::actionStates() const
{
    return d->view.states;
}

ConnectionState AgentSession::connection() const
{
    return d->view.connection;
}

FeedState AgentSession::feed() const
{
    return d->view.feed;
}

std::optional<AgentSnapshot> AgentSession::snapshot() const
{
    return d->snapshot;
}

ServerCapabilities AgentSession::capabilities() const
{
    return d->capabilities();
}

LedgerFacts AgentSession::ledgerFacts() const
{
    return d->ledger.facts();
}

CallLegs AgentSession::legs() const
{
    return d->view.legs;
}

ParkAction AgentSession::swapAction() const
{
    return d->view.swapAction;
}

std::optional<ParkAction> AgentSession::pendingAction() const
{
    return d->commandFlow->pending();
}

std::optional<qint64> AgentSession::parkedForMs() const
{
    return d->parkTimer.parkedForMs(d->clock->monotonicMs());
}

ParkAlert AgentSession::parkAlert() const
{
    return d->parkTimer.level(d->clock->monotonicMs(), d->options.parkLimits());
}

qint64 AgentSession::nowMonotonicMs() const
{
    return d->clock->monotonicMs();
}

const QList<CommandRecord> &AgentSession::history() const
{
    return d->commandFlow->history();
}

RuleInput AgentSession::ruleInput() const
{
    return d->ruleInput();
}

bool AgentSession::probeFinished() const
{
    return !d->probe || d->probe->hasFinished();
}

bool AgentSession::isPaused() const
{
    return d->feed->isPaused();
}

AgentFeed *AgentSession::stateFeed() const
{
    return d->feed;
}
