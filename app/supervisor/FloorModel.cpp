#include "supervisor/FloorModel.h"

#include "state/CommandText.h"
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
    if (row < 0 || !m_rows.at(row).parkedSinceMs)
        return std::nullopt;
    return m_clock->monotonicMs() - *m_rows.at(row).parkedSinceMs;
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
        if (s.isParked() && row.customerInIvr)
            return tr("PARK (IVR)");
        return s.subStatus;
    case LeadColumn: return s.hasLead() ? s.leadId : QString();
    case ParkTimerColumn:
        return row.parkedSinceMs ? CommandText::duration(m_clock->monotonicMs() - *row.parkedSinceMs) : QString();
    case LastCommandColumn:
        return row.lastCommand ? CommandText::commandLine(*row.lastCommand) : QString();
    default: return {};
    }
}

QVariant FloorModel::sortValue(const Row &row, int column) const
{
    switch (column) {
    case LeadColumn: return row.snapshot.leadId.toLongLong();
    case ParkTimerColumn: return row.parkedSinceMs ? m_clock->monotonicMs() - *row.parkedSinceMs : qint64(-1);
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
    case ParkedMsRole: return row.parkedSinceMs ? m_clock->monotonicMs() - *row.parkedSinceMs : qint64(-1);
    case AlertRole: return static_cast<int>(alertFor(row));
    case ProblemRole: return row.lastCommand && CommandText::isProblem(*row.lastCommand);
    default: return {};
    }
}

void FloorModel::setParkLimits(int warnSeconds, int criticalSeconds)
{
    m_warnSeconds = warnSeconds;
    m_criticalSeconds = criticalSeconds;
}

ParkAlert FloorModel::alertFor(const Row &row) const
{
    if (!row.parkedSinceMs || row.customerInIvr)
        return ParkAlert::None;
    const qint64 parkedMs = m_clock->monotonicMs() - *row.parkedSinceMs;
    if (parkedMs >= qint64(m_criticalSeconds) * 1000)
        return ParkAlert::Critical;
    if (parkedMs >= qint64(m_warnSeconds) * 1000)
        return ParkAlert::Warning;
    return ParkAlert::None;
}

void FloorModel::raiseDueAlert(Row &row)
{
    const ParkAlert due = alertFor(row);
    if (due > row.alertRaised) {
        row.alertRaised = due;
        Q_EMIT parkAlertRaised(due, row.snapshot.user, m_clock->monotonicMs() - *row.parkedSinceMs);
    }
}

void FloorModel::updateParkState(Row &row, const AgentSnapshot &next)
{
    const bool parkedNow = next.isParked() && next.isInCall();
    const bool sameCall = next.leadId == row.snapshot.leadId && next.callerId == row.snapshot.callerId;
    if (!parkedNow || !sameCall) {
        row.parkedSinceMs.reset();
        row.alertRaised = ParkAlert::None;
        row.customerInIvr = row.customerInIvr && parkedNow && sameCall;
    }
    if (parkedNow && !row.parkedSinceMs)
        row.parkedSinceMs = m_clock->monotonicMs();
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
        const std::optional<qint64> parkedBefore = row.parkedSinceMs;
        const bool ivrBefore = row.customerInIvr;
        const AgentSnapshot &old = row.snapshot;
        const bool changed = !(old == agent);
        if (!changed)
            continue;
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
        updateParkState(row, agent);
        row.snapshot = agent;
        if (row.parkedSinceMs != parkedBefore || row.customerInIvr != ivrBefore) {
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
            updateParkState(row, *agent);
            row.snapshot = *agent;
            m_rowOf.insert(agent->user, static_cast<int>(m_rows.size()));
            m_rows.append(row);
        }
        endInsertRows();
    }

    for (Row &row : m_rows) {
        if (row.parkedSinceMs)
            raiseDueAlert(row);
    }
}

void FloorModel::tick()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        if (!row.parkedSinceMs)
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
    const bool succeeded = record.finished && record.result.answer.isSuccess();
    if (succeeded && record.action() == ParkAction::ParkIvrCustomer)
        row.customerInIvr = true;
    if (succeeded && record.action() == ParkAction::ParkCustomer) {
        row.customerInIvr = false;
        // The timer starts when the command left, not when a poll first saw PARK.
        const qint64 ageMs = m_clock->msecsSinceEpoch() - record.result.sentAtMs;
        if (record.confirmation == Confirmation::Confirmed && row.parkedSinceMs)
            row.parkedSinceMs = std::min(*row.parkedSinceMs, m_clock->monotonicMs() - std::max<qint64>(0, ageMs));
    }
    Q_EMIT dataChanged(index(rowIndex, 0), index(rowIndex, ColumnCount - 1));
}
