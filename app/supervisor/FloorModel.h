#pragma once

#include "state/CommandLedger.h"
#include "state/CommandRecord.h"
#include "state/ParkTimer.h"
#include "vicidial/AgentSnapshot.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

class Clock;

// Every logged-in agent of the floor, one row each, updated in place: each
// poll is diffed against the rows and applied as inserts, removals and
// dataChanged on the changed cells only, so selection, scroll position and
// sort survive. Each row keeps the agent's park timer and command ledger,
// the same state/ types a session keeps, and raises the overdue alerts once
// per parked call.
class FloorModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FloorModel)

public:
    enum Column { AgentColumn, NameColumn, CampaignColumn, UserGroupColumn, StatusColumn, SubStatusColumn,
                  LeadColumn, ParkTimerColumn, LastCommandColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // a value that sorts right (numbers as numbers)
        AgentRole,                   // the agent user of the row
        ParkedMsRole,                // qint64 ms parked, -1 when not parked
        AlertRole,                   // int(ParkAlert)
        ProblemRole,                 // bool: the last command went wrong
    };

    explicit FloorModel(Clock *clock, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // One poll's answer: the whole floor as it is now.
    void applySnapshots(const QList<AgentSnapshot> &agents);
    // Seconds passed: refresh the park timers and raise due alerts.
    void tick();
    void setParkLimits(const ParkLimits &limits);
    // A command this client sent for an agent (last command column, and what
    // the server does not report: the customer is in the park IVR).
    void recordCommand(const CommandRecord &record);

    int rowOfAgent(const QString &agent) const { return m_rowOf.value(agent, -1); }
    std::optional<AgentSnapshot> snapshot(const QString &agent) const;
    std::optional<qint64> parkedForMs(const QString &agent) const;
    // What this client knows about the agent's call from its own commands.
    CommandLedger ledger(const QString &agent) const;
    QStringList agents() const;

Q_SIGNALS:
    // Once per parked call per level, never every poll.
    void parkAlertRaised(ParkAlert level, const QString &agent, qint64 parkedForMs);

private:
    struct Row
    {
        AgentSnapshot snapshot;
        CommandLedger ledger;
        ParkTimer parkTimer;
        std::optional<CommandRecord> lastCommand;
    };

    void observe(Row &row, const AgentSnapshot &next);
    void raiseDueAlert(Row &row);
    void removeAbsent(const QHash<QString, const AgentSnapshot *> &incoming);
    QVariant display(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;

    Clock *m_clock;
    QList<Row> m_rows;
    QHash<QString, int> m_rowOf;
    ParkLimits m_limits;
};
