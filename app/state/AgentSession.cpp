// Placeholder until the state layer lands; replaced by the real implementation.
#include "state/AgentSession.h"

class AgentSession::Private
{
public:
    QString agent;
    SessionOptions options;
    ActionStates states;
    QList<CommandRecord> history;
};

AgentSession::AgentSession(WireClient *, ParkCallService *, const QString &agent, const SessionOptions &options, Clock *,
                           QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->agent = agent;
    d->options = options;
}
AgentSession::~AgentSession() = default;
QString AgentSession::agent() const { return d->agent; }
void AgentSession::setOptions(const SessionOptions &options) { d->options = options; }
const SessionOptions &AgentSession::options() const { return d->options; }
void AgentSession::start() {}
void AgentSession::stop() {}
void AgentSession::retry() {}
bool AgentSession::request(ParkAction) { return false; }
const ActionStates &AgentSession::actionStates() const { return d->states; }
ConnectionState AgentSession::connection() const { return {}; }
FeedState AgentSession::feed() const { return FeedState::Waiting; }
std::optional<AgentSnapshot> AgentSession::snapshot() const { return std::nullopt; }
ServerCapabilities AgentSession::capabilities() const { return {}; }
LedgerFacts AgentSession::ledgerFacts() const { return {}; }
std::optional<ParkAction> AgentSession::pendingAction() const { return std::nullopt; }
std::optional<qint64> AgentSession::parkedForMs() const { return std::nullopt; }
ParkAlert AgentSession::parkAlert() const { return ParkAlert::None; }
const QList<CommandRecord> &AgentSession::history() const { return d->history; }
