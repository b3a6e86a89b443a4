#include "state/StatusLineContent.h"

#include "state/CommandText.h"
#include "state/StatusText.h"

#include <QCoreApplication>

namespace {

class StatusLine
{
    Q_DECLARE_TR_FUNCTIONS(StatusLine)

public:
    static QString who(const StatusLineInput &input)
    {
        const AgentSnapshot &snapshot = *input.snapshot;
        QString who = snapshot.fullName.isEmpty() ? input.agent : tr("%1 (%2)").arg(snapshot.fullName, input.agent);
        if (!snapshot.campaign.isEmpty())
            who = tr("%1 · %2").arg(who, snapshot.campaign);
        return who;
    }

    static QString lastKnown(const QString &state) { return tr("Last known: %1").arg(state); }
    static QString agentOnly(const QString &agent) { return tr("Agent %1").arg(agent); }
    static QString notLoggedIn() { return tr("Not logged in"); }
    static QString parked(qint64 ms) { return tr("Parked %1").arg(CommandText::duration(ms)); }

    // Where the readings come from, when a hub is involved.
    static QString source(const FeedSource &source)
    {
        switch (source.kind) {
        case FeedSource::Kind::Direct:
        case FeedSource::Kind::Floor: return {};
        case FeedSource::Kind::Hub: return tr("Via hub");
        case FeedSource::Kind::DirectFallback:
            switch (source.problem) {
            case FeedSource::HubProblem::Refused: return tr("Direct: the hub refused this desk");
            case FeedSource::HubProblem::NoData: return tr("Direct: the hub has no data");
            case FeedSource::HubProblem::Silent: return tr("Direct: the hub stopped answering");
            case FeedSource::HubProblem::Connecting: return tr("Direct: the hub does not answer yet");
            case FeedSource::HubProblem::Unreachable:
            case FeedSource::HubProblem::None: break;
            }
            return tr("Direct: hub unreachable");
        case FeedSource::Kind::HubOnly:
            switch (source.problem) {
            case FeedSource::HubProblem::Refused: return tr("The hub refused this desk");
            case FeedSource::HubProblem::NoData: return tr("The hub has no data");
            case FeedSource::HubProblem::Silent: return tr("The hub stopped answering");
            case FeedSource::HubProblem::Connecting: return tr("Connecting to the hub...");
            case FeedSource::HubProblem::Unreachable:
            case FeedSource::HubProblem::None: break;
            }
            return tr("Hub unreachable");
        }
        return {};
    }
    static QString withSource(const QString &source, const QString &connection)
    {
        return source.isEmpty() ? connection : tr("%1 · %2").arg(source, connection);
    }
};

} // namespace

StatusLineContent statusLineContent(const StatusLineInput &input)
{
    StatusLineContent content;
    if (input.snapshot && !input.snapshot->status.isEmpty()) {
        content.agent = StatusLine::who(input);
        const QString state = agentStateText(*input.snapshot, input.legs);
        // An old state must not pass for the present one: only a live feed's is current.
        content.stateIsCurrent = input.feed == FeedState::Live;
        content.state = content.stateIsCurrent ? state : StatusLine::lastKnown(state);
    } else {
        content.agent = StatusLine::agentOnly(input.agent);
        content.state = input.feed == FeedState::Live ? StatusLine::notLoggedIn() : QString();
    }
    if (input.parkedForMs) {
        content.parkTimer = StatusLine::parked(*input.parkedForMs);
        content.alert = input.alert;
    }
    content.connection = StatusLine::withSource(StatusLine::source(input.source),
                                                CommandText::connection(input.connection, input.nowMonotonicMs));
    content.connectionDetail = input.source.detail.isEmpty() || input.source.kind == FeedSource::Kind::Hub
        ? input.connection.detail
        : input.connection.detail.isEmpty() ? input.source.detail
                                            : StatusLine::withSource(input.source.detail, input.connection.detail);
    return content;
}
