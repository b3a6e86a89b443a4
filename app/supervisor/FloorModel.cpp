#include "supervisor/FloorModel.h"

#include "state/CallLegs.h"
#include "state/CommandText.h"
#include "state/ConfirmationTracker.h"
#include "util/Clock.h"

#include <algorithm>

FloorModel::FloorModel(Clock *clock, QObject *parent) : QAbstractTableModel(parent), m_clock(clock) {}

int FloorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int FloorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FloorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AgentColumn: return tr("Agent");
    case NameColumn: return tr("Name");
    case CampaignColumn: return tr("Campaign");
    case UserGroupColumn: return tr("User group");
    case StatusColumn: return tr("Status");
    case SubStatusColumn: return tr("Sub status");
    case LeadColumn: return tr("Lead");
    case ParkTimerColumn: return tr("Parked");
    case LastCommandColumn: return tr("Last command");
    default: return {};
    }
}

std::optional<qint64> FloorModel::parkedForMs(const QString &agent) const
{
    const int row = rowOfAgent(agent);
    return row < 0 ? std::nullopt : m_rows.at(row).parkTimer.parkedForMs(m_clock->monotonicMs());
}

CommandLedger FloorModel::ledger(const QString &agent) const
{
    const int row = rowOfAgent(agent);
    return row < 0 ? CommandLedger{} : m_rows.at(row).ledger;
}

std::optional<AgentSnapshot> FloorModel::snapshot(const QString &agent) const
{
    const int row = rowOfAgent(agent);
    return row < 0 ? std::nullopt : std::optional<AgentSnapshot>(m_rows.at(row).snapshot);
}

QStringList FloorModel::agents() const
{
    QStringList users;
    users.reserve(m_rows.size());
    for (const Row &row : m_rows)
        users.append(row.snapshot.user);
    return users;
}

QVariant FloorModel::display(const Row &row, int column) const
{
    const AgentSnapshot &s = row.snapshot;
    switch (column) {
    case AgentColumn: return s.user;
    case NameColumn: return s.fullName;
    case CampaignColumn: return s.campaign;
    case UserGroupColumn: return s.userGroup;
    case StatusColumn: return s.pauseCode.isEmpty() ? s.status : tr("%1 (%2)").arg(s.status, s.pauseCode);
    case SubStatusColumn:
        if (callLegsOf(s, row.ledger.facts()).customer == CallLeg::InIvr)
            return tr("PARK (IVR)");
        return s.subStatus;
    case LeadColumn: return s.hasLead() ? s.leadId : QString();
    case ParkTimerColumn: {
        const std::optional<qint64> parked = row.parkTimer.parkedForMs(m_clock->monotonicMs());
        return parked ? CommandText::duration(*parked) : QString();
    }
    case LastCommandColumn:
        return row.lastCommand ? CommandText::commandLine(*row.lastCommand) : QString();
    default: return {};
    }
}

QVariant FloorModel::sortValue(const Row &row, int column) const
{
    switch (column) {
    case LeadColumn: return row.snapshot.leadId.toLongLong();
    case ParkTimerColumn: return row.parkTimer.parkedForMs(m_clock->monotonicMs()).value_or(-1);
    case LastCommandColumn: return row.lastCommand ? row.lastCommand->result.sentAtMs : qint64(0);
    default: return display(row, column);
    }
}

QVariant FloorModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == LastCommandColumn && row.lastCommand)
            return row.lastCommand->result.answer.text;
        return {};
    case SortRole: return sortValue(row, index.column());
    case AgentRole: return row.snapshot.user;
    case ParkedMsRole: return row.parkTimer.parkedForMs(m_clock->monotonicMs()).value_or(-1);
    case AlertRole: return static_cast<int>(row.parkTimer.level(m_clock->monotonicMs(), m_limits));
    case ProblemRole: return row.lastCommand && CommandText::isProblem(*row.lastCommand);
    default: return {};
    }
}

void FloorModel::setParkLimits(const ParkLimits &limits)
{
    m_limits = limits;
}

void FloorModel::raiseDueAlert(Row &row)
{
    const qint64 now = m_clock->monotonicMs();
    const ParkAlert raised = row.parkTimer.takeNewAlert(now, m_limits);
    if (raised != ParkAlert::None)
        Q_EMIT parkAlertRaised(raised, row.snapshot.user, row.parkTimer.parkedForMs(now).value_or(0));
}

void FloorModel::observe(Row &row, const AgentSnapshot &next)
{
    const qint64 now = m_clock->monotonicMs();
    row.snapshot = next;
    row.ledger.observe(next);
    row.parkTimer.observe(callLegsOf(next, row.ledger.facts()).customer, now,
                          parkStartMonotonicMs(next.parkedAtMs, m_clock->msecsSinceEpoch(), now));
}

void FloorModel::removeAbsent(const QHash<QString, const AgentSnapshot *> &incoming)
{
    // From the bottom up, in contiguous runs, so views do the least work.
    int row = static_cast<int>(m_rows.size()) - 1;
    while (row >= 0) {
        if (incoming.contains(m_rows.at(row).snapshot.user)) {
            --row;
            continue;
        }
        const int last = row;
        while (row - 1 >= 0 && !incoming.contains(m_rows.at(row - 1).snapshot.user))
            --row;
        beginRemoveRows({}, row, last);
        m_rows.remove(row, last - row + 1);
        endRemoveRows();
        --row;
    }
}

void FloorModel::applySnapshots(const QList<AgentSnapshot> &agents)
{
    QHash<QString, const AgentSnapshot *> incoming;
    incoming.reserve(agents.size());
    for (const AgentSnapshot &agent : agents)
        incoming.insert(agent.user, &agent);

    const qsizetype before = m_rows.size();
    removeAbsent(incoming);
    if (m_rows.size() != before) {
        m_rowOf.clear();
        for (int i = 0; i < m_rows.size(); ++i)
            m_rowOf.insert(m_rows.at(i).snapshot.user, i);
    }

    QList<const AgentSnapshot *> added;
    for (const AgentSnapshot &agent : agents) {
        const int rowIndex = m_rowOf.value(agent.user, -1);
        if (rowIndex < 0) {
            added.append(&agent);
            continue;
        }
        Row &row = m_rows[rowIndex];
        if (row.snapshot == agent)
            continue;
        const std::optional<qint64> parkedBefore = row.parkTimer.parkedSinceMs();
        const bool ivrBefore = row.parkTimer.isInIvr();
        const AgentSnapshot old = row.snapshot;
        int first = ColumnCount;
        int last = -1;
        auto touch = [&first, &last](int column) {
            first = std::min(first, column);
            last = std::max(last, column);
        };
        if (old.fullName != agent.fullName) touch(NameColumn);
        if (old.campaign != agent.campaign) touch(CampaignColumn);
        if (old.userGroup != agent.userGroup) touch(UserGroupColumn);
        if (old.status != agent.status || old.pauseCode != agent.pauseCode) touch(StatusColumn);
        if (old.subStatus != agent.subStatus) touch(SubStatusColumn);
        if (old.leadId != agent.leadId) touch(LeadColumn);
        observe(row, agent);
        if (row.parkTimer.parkedSinceMs() != parkedBefore || row.parkTimer.isInIvr() != ivrBefore) {
            touch(SubStatusColumn);
            touch(ParkTimerColumn);
        }
        if (last >= 0)
            Q_EMIT dataChanged(index(rowIndex, first), index(rowIndex, last));
    }

    if (!added.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
        for (const AgentSnapshot *agent : std::as_const(added)) {
            Row row;
            observe(row, *agent);
            m_rowOf.insert(agent->user, static_cast<int>(m_rows.size()));
            m_rows.append(row);
        }
        endInsertRows();
    }

    for (Row &row : m_rows) {
        if (row.parkTimer.isParked())
            raiseDueAlert(row);
    }
}

void FloorModel::tick()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        if (!row.parkTimer.isParked())
            continue;
        raiseDueAlert(row);
        Q_EMIT dataChanged(index(i, ParkTimerColumn), index(i, ParkTimerColumn));
    }
}

void FloorModel::recordCommand(const CommandRecord &record)
{
    const int rowIndex = rowOfAgent(record.agent());
    if (rowIndex < 0)
        return;
    Row &row = m_rows[rowIndex];
    row.lastCommand = record;
    // Settled commands feed the row's ledger and timer, as they feed the session's.
    if (record.finished && record.confirmation != Confirmation::Waiting) {
        row.ledger.record(record);
        if (record.confirmation == Confirmation::Confirmed && expectationFor(record.action()) == Expectation::ParkAppears)
            row.parkTimer.startedByCommandAt(record.sentMonotonicMs);
        row.parkTimer.observe(callLegsOf(row.snapshot, row.ledger.facts()).customer, m_clock->monotonicMs());
    }
    Q_EMIT dataChanged(index(rowIndex, 0), index(rowIndex, ColumnCount - 1));
}
