#pragma once

#include "vicidial/ParkAction.h"

#include <QTimer>
#include <QWidget>

class AgentBar;
class FloorModel;
class FloorProxyModel;
class QLabel;
class QLineEdit;
class QTableView;

// Every agent of the floor in one live table, longest-parked first, with
// the same bar acting on the selected row.
class SupervisorView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupervisorView)

public:
    explicit SupervisorView(FloorModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    AgentBar *agentBar() const { return m_bar; }
    QString selectedAgent() const;
    void selectAgent(const QString &agent);
    // "Updating every 12 s: the floor is large..."; empty when all is well.
    void setPollNotice(const QString &notice);

Q_SIGNALS:
    void agentSelected(const QString &agent);

private:
    void showContextMenu(const QPoint &position);
    void updateCounts();

    FloorModel *m_model;
    FloorProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_selectionHint = nullptr;
    QTableView *m_table = nullptr;
    AgentBar *m_bar = nullptr;
    QTimer m_countsTimer;
};
