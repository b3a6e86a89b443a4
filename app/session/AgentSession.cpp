#include "session/AgentSession.h"

#include "services/CapabilityProbe.h"
#include "services/ParkCallService.h"
#include "services/StatePoller.h"
#include "state/CommandHistory.h"
#include "state/CommandLedger.h"
#include "state/ConfirmationTracker.h"
#include "state/ParkTimer.h"
#include "state/SessionStatus.h"
#include "util/Clock.h"
#include "util/Logging.h"
#include "vicidial/AnswerText.h"
#include "vicidial/WireClient.h"

#include <QPointer>
#include <QTimer>

namespace {
constexpr int kParkTickMs = 1000;

bool parksCustomer(ParkAction action)
{
    return expectationFor(action) == Expectation::ParkAppears;
}
} // namespace

class AgentSession::Private
{
public:
    AgentSession *q = nullptr;
    QPointer<WireClient> client;
    QPointer<ParkCallService> service;
    QString agent;
    SessionOptions options;
    Clock *clock = nullptr;
    StatePoller *poller = nullptr;
    CapabilityProbe *probe = nullptr;
    CommandLedger ledger;
    ConfirmationTracker confirmation;
    ParkTimer parkTimer;
    QTimer confirmTimer;
    QTimer staleTimer;
    QTimer parkTick;

    SessionStatus status;
    std::optional<AgentSnapshot> snapshot;
    bool agentUnknown = false;
    std::optional<CommandRecord> current; // sent and not yet settled
    CommandHistory history;
    quint64 nextId = 1;

    ActionStates states;
    ConnectionState connection;
    FeedState feed = FeedState::Waiting;
    ParkAlert alert = ParkAlert::None;
    ServerCapabilities shownCapabilities;
    std::optional<AgentSnapshot> shownSnapshot;
    LedgerFacts shownFacts;

    ServerCapabilities capabilities() const
    {
        ServerCapabilities caps = probe->capabilities();
        caps.screenSupportsSwapAndHangup = options.screenSupportsSwapAndHangup;
        return caps;
    }

    RuleInput ruleInput() const
    {
        RuleInput input;
        input.agent = agent;
        input.feed = status.feed(client && client->isTrafficStopped(), clock->monotonicMs(), options);
        input.snapshot = snapshot;
        input.ledger = ledger.facts();
        input.capabilities = capabilities();
        if (snapshot && options.parkIvrModes.contains(snapshot->campaign))
            input.ivrMode = options.parkIvrModes.value(snapshot->campaign);
        if (current)
            input.pending = current->action();
        if (client && client->trafficStopReason())
            input.stopReason = describeAnswer(*client->trafficStopReason());
        else
            input.stopReason = status.localStopReason();
        input.agentUnknown = agentUnknown;
        return input;
    }

    void refresh();
    void onPolled(const PollOutcome &outcome);
    void onServiceFinished(const CommandResult &result);
    void settle(Confirmation confirmation, const QString &text);
};

void AgentSession::Private::refresh()
{
    const qint64 now = clock->monotonicMs();
    const bool stopped = client && client->isTrafficStopped();
    const RuleInput input = ruleInput();
    const ActionStates newStates = evaluateActions(input);
    const ConnectionState newConnection = status.connection(stopped, client ? client->trafficStopReason() : std::nullopt,
                                                            now, options);
    const ParkAlert newAlert = parkTimer.level(now, options.parkWarnSeconds, options.parkCriticalSeconds);
    const ServerCapabilities caps = capabilities();

    const LedgerFacts &facts = input.ledger;
    const bool factsChanged = facts.thirdPartyParked != shownFacts.thirdPartyParked
        || facts.thirdPartyOnLine != shownFacts.thirdPartyOnLine || facts.customerInIvr != shownFacts.customerInIvr;
    const bool different = newStates != states || !(newConnection == connection) || input.feed != feed
        || newAlert != alert || !(caps == shownCapabilities) || snapshot != shownSnapshot || factsChanged;
    shownSnapshot = snapshot;
    shownFacts = facts;
    states = newStates;
    connection = newConnection;
    feed = input.feed;
    alert = newAlert;
    shownCapabilities = caps;

    if (parkTimer.isParked() && !parkTick.isActive())
        parkTick.start();
    else if (!parkTimer.isParked())
        parkTick.stop();

    const ParkAlert raised = parkTimer.takeNewAlert(now, options.parkWarnSeconds, options.parkCriticalSeconds);
    if (different)
        Q_EMIT q->changed();
    if (raised != ParkAlert::None)
        Q_EMIT q->parkAlertRaised(raised, agent, parkTimer.parkedForMs(now).value_or(0));
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
        parkTimer.observe(snapshot && snapshot->isParked(), now);
        if (current && current->finished) {
            if (const auto verdict = confirmation.observe(snapshot, outcome.sentAtMs))
                settle(verdict->confirmation, verdict->text);
        }
        staleTimer.start(std::max(1, options.staleAfterMs) + 1);
        if (wasOffline) {
            qCInfo(lcState) << "server answers again for agent" << agent << "- reading its version again";
            probe->probe();
        }
    }
    refresh();
}

void AgentSession::Private::onServiceFinished(const CommandResult &result)
{
    if (result.agent != agent || !current || current->finished || result.action != current->action())
        return;
    current->result = result;
    current->finished = true;
    const ResultKind kind = result.answer.kind;
    const bool clear = result.answer.isSuccess();
    const bool unclear = !clear && result.reachedServer && outcomeUnknown(kind);
    qCInfo(lcState) << "command" << current->id << parkActionWireValue(current->action()) << "for agent" << agent << "->"
                    << resultKindName(kind);

    if (clear || unclear) {
        if (expectationFor(current->action()) == Expectation::NotVisible) {
            history.store(*current);
            Q_EMIT q->commandFinished(*current);
            const ConfirmationTracker::Verdict verdict = ConfirmationTracker::notVisibleVerdict(current->id, clear);
            settle(verdict.confirmation, verdict.text);
            return;
        }
        current->confirmation = Confirmation::Waiting;
        confirmation.begin(current->id, current->action(), current->sentMonotonicMs, clear);
        confirmTimer.start(std::max(1, options.confirmTimeoutMs));
        poller->setConfirming(true);
        poller->pollNow();
        history.store(*current);
        ledger.record(*current);
        Q_EMIT q->commandFinished(*current);
        refresh();
        return;
    }

    history.store(*current);
    Q_EMIT q->commandFinished(*current);
    // The server disagrees with what we showed (no lead, logged out): look again now.
    if (kind == ResultKind::NoLead || kind == ResultKind::NotLoggedIn)
        poller->pollNow();
    settle(Confirmation::NotApplicable, QString());
}

void AgentSession::Private::settle(Confirmation verdict, const QString &text)
{
    if (!current)
        return;
    confirmTimer.stop();
    confirmation.cancel();
    poller->setConfirming(false);
    CommandRecord record = *current;
    current.reset();
    record.confirmation = verdict;
    record.confirmationText = text;
    record.confirmedAtMs = clock->msecsSinceEpoch();
    if (verdict == Confirmation::Confirmed && parksCustomer(record.action()))
        parkTimer.startedByCommandAt(record.sentMonotonicMs);
    ledger.record(record);
    history.store(record);
    if (record.finished)
        qCInfo(lcState) << "command" << record.id << parkActionWireValue(record.action()) << "for agent" << agent
                        << "settled:" << confirmationName(verdict);
    Q_EMIT q->commandSettled(record);
    refresh();
}

AgentSession::AgentSession(WireClient *client, ParkCallService *service, const QString &agent,
                           const SessionOptions &options, Clock *clock, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->q = this;
    d->client = client;
    d->service = service;
    d->agent = agent;
    d->options = options;
    d->clock = clock ? clock : Clock::system();
    d->poller = new StatePoller(client, agent, options, d->clock, this);
    d->probe = new CapabilityProbe(client, this);
    d->confirmTimer.setSingleShot(true);
    d->staleTimer.setSingleShot(true);
    d->staleTimer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire early and miss the moment
    d->parkTick.setInterval(kParkTickMs);
    d->shownCapabilities = d->capabilities();
    d->states = evaluateActions(d->ruleInput());

    connect(d->poller, &StatePoller::polled, this, [this](const PollOutcome &outcome) { d->onPolled(outcome); });
    connect(d->probe, &CapabilityProbe::finished, this, [this] {
        if (d->status.isStarted() && !d->poller->isRunning())
            d->poller->start();
        d->refresh();
    });
    connect(service, &ParkCallService::commandFinished, this,
            [this](const CommandResult &result) { d->onServiceFinished(result); });
    connect(&d->confirmTimer, &QTimer::timeout, this, [this] {
        if (const auto verdict = d->confirmation.expire())
            d->settle(verdict->confirmation, verdict->text);
    });
    connect(&d->staleTimer, &QTimer::timeout, this, [this] { d->refresh(); });
    connect(&d->parkTick, &QTimer::timeout, this, [this] { d->refresh(); });
    connect(client, &WireClient::trafficStopped, this, [this] { d->refresh(); });
    connect(client, &WireClient::trafficResumed, this, [this] {
        d->status.restart(); // what we showed before the sign-out is not evidence now
        d->refresh();
    });
}

AgentSession::~AgentSession() = default;

QString AgentSession::agent() const
{
    return d->agent;
}

void AgentSession::setOptions(const SessionOptions &options)
{
    d->options = options;
    d->poller->setOptions(options);
    d->refresh();
}

const SessionOptions &AgentSession::options() const
{
    return d->options;
}

void AgentSession::start()
{
    if (d->status.isStarted())
        return;
    d->status.start();
    // The version first, then the polls: a session never has two requests of its own in flight.
    if (d->probe->hasFinished())
        d->poller->start();
    else
        d->probe->probe();
    d->refresh();
}

void AgentSession::stop()
{
    d->status.stop();
    d->poller->stop();
    d->staleTimer.stop();
    d->parkTick.stop();
    d->refresh();
}

void AgentSession::retry()
{
    if (!d->status.isStarted())
        return;
    if (d->client && d->client->isTrafficStopped()) {
        d->client->resumeTraffic(); // the poller sends exactly one poll on trafficResumed
        return;
    }
    if (!d->poller->isRunning() && !d->probe->isProbing())
        d->poller->start();
    d->poller->pollNow();
}

void AgentSession::pause()
{
    d->poller->pause();
    d->refresh();
}

void AgentSession::resume()
{
    d->poller->resume();
    d->refresh();
}

bool AgentSession::request(ParkAction action)
{
    d->refresh();
    const ActionState &state = stateOf(d->states, action);
    if (!state.enabled || !d->service) {
        qCInfo(lcState) << "refused" << parkActionWireValue(action) << "for agent" << d->agent << ":" << state.reason;
        Q_EMIT actionRefused(action, state.reason);
        return false;
    }
    CommandRecord record;
    record.id = d->nextId++;
    record.result.agent = d->agent;
    record.result.action = action;
    record.result.sentAtMs = d->clock->msecsSinceEpoch();
    record.sentMonotonicMs = d->clock->monotonicMs();
    d->current = record;
    d->history.store(record);
    Q_EMIT commandStarted(record);
    d->refresh();
    // A refusal (Busy) comes back synchronously through commandFinished and settles the record.
    return d->service->send(d->agent, action);
}

const ActionStates &AgentSession::actionStates() const
{
    return d->states;
}

ConnectionState AgentSession::connection() const
{
    return d->connection;
}

FeedState AgentSession::feed() const
{
    return d->feed;
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

std::optional<ParkAction> AgentSession::pendingAction() const
{
    return d->current ? std::optional<ParkAction>(d->current->action()) : std::nullopt;
}

std::optional<qint64> AgentSession::parkedForMs() const
{
    return d->parkTimer.parkedForMs(d->clock->monotonicMs());
}

ParkAlert AgentSession::parkAlert() const
{
    return d->parkTimer.level(d->clock->monotonicMs(), d->options.parkWarnSeconds, d->options.parkCriticalSeconds);
}

const QList<CommandRecord> &AgentSession::history() const
{
    return d->history.records();
}

RuleInput AgentSession::ruleInput() const
{
    return d->ruleInput();
}

bool AgentSession::probeFinished() const
{
    return d->probe->hasFinished();
}

bool AgentSession::isPaused() const
{
    return d->poller->isPaused();
}

StatePoller *AgentSession::poller() const
{
    return d->poller;
}
