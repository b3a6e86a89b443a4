#include "floorview/SupervisorView.h"

#include "bar/AgentBar.h"
#include "bar/ParkToolbar.h"
#include "session/AgentSession.h"
#include "supervisor/FloorModel.h"
#include "floorview/FloorProxyModel.h"

#include <QBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>

SupervisorView::SupervisorView(FloorModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    setObjectName(QStringLiteral("supervisorView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    auto *top = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("floorFilter"));
    m_filter->setPlaceholderText(tr("Filter by agent, name, campaign, group or status"));
    m_filter->setAccessibleName(tr("Filter agents"));
    m_filter->setClearButtonEnabled(true);
    top->addWidget(m_filter, 1);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("floorCounts"));
    top->addWidget(m_counts);
    layout->addLayout(top);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("pollNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("QLabel { color: palette(text); background: rgba(249,171,0,60); padding: 3px 6px; }"));
    m_notice->hide();
    layout->addWidget(m_notice);

    m_proxy = new FloorProxyModel(this);
    m_proxy->setSourceModel(model);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("agentTable"));
    m_table->setAccessibleName(tr("Agents"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FloorModel::ParkTimerColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(FloorModel::AgentColumn, 70);
    m_table->setColumnWidth(FloorModel::NameColumn, 140);
    m_table->setColumnWidth(FloorModel::StatusColumn, 130);
    m_table->setColumnWidth(FloorModel::SubStatusColumn, 90);
    m_table->setColumnWidth(FloorModel::ParkTimerColumn, 70);
    layout->addWidget(m_table, 1);

    m_selectionHint = new QLabel(tr("Select an agent in the table to act for them."), this);
    m_selectionHint->setObjectName(QStringLiteral("selectionHint"));
    m_selectionHint->setEnabled(false);
    layout->addWidget(m_selectionHint);
    m_bar = new AgentBar(this);
    m_bar->hide();
    layout->addWidget(m_bar);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        m_selectionHint->setVisible(!current.isValid());
        m_bar->setVisible(current.isValid());
        Q_EMIT agentSelected(current.isValid() ? current.data(FloorModel::AgentRole).toString() : QString());
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, &SupervisorView::showContextMenu);
    // One count per burst of model signals, not one per changed row.
    m_countsTimer.setSingleShot(true);
    m_countsTimer.setInterval(0);
    connect(&m_countsTimer, &QTimer::timeout, this, &SupervisorView::updateCounts);
    auto scheduleCounts = [this] { m_countsTimer.start(); };
    connect(model, &QAbstractItemModel::rowsInserted, this, scheduleCounts);
    connect(model, &QAbstractItemModel::rowsRemoved, this, scheduleCounts);
    connect(model, &QAbstractItemModel::dataChanged, this, scheduleCounts);
    updateCounts();
}

QString SupervisorView::selectedAgent() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(FloorModel::AgentRole).toString() : QString();
}

void SupervisorView::selectAgent(const QString &agent)
{
    const int sourceRow = m_model->rowOfAgent(agent);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        m_filter->clear(); // the filter hid it; the person asked for this agent
        return selectAgent(agent);
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void SupervisorView::setPollNotice(const QString &notice)
{
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

void SupervisorView::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid())
        return;
    const QString agent = index.data(FloorModel::AgentRole).toString();
    selectAgent(agent);
    // The bar now acts for this agent: the same rules, the same confirmation.
    ParkToolbar *toolbar = m_bar->toolbar();
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("agentContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setToolTipsVisible(true);
    menu->addSection(tr("Agent %1").arg(agent));
    for (ParkAction action : kAllParkActions) {
        QAction *entry = menu->addAction(parkActionDisplayName(action));
        entry->setObjectName(QStringLiteral("context_") + parkActionWireValue(action));
        if (const AgentSession *session = m_bar->session(); session && session->agent() == agent) {
            const ActionState &state = stateOf(session->actionStates(), action);
            entry->setEnabled(state.enabled);
            entry->setToolTip(state.reason);
        } else {
            entry->setEnabled(false);
        }
        connect(entry, &QAction::triggered, toolbar, [toolbar, action] { toolbar->requestAction(action); });
    }
    menu->popup(m_table->viewport()->mapToGlobal(position)); // popup, not exec: no nested event loop
}

void SupervisorView::updateCounts()
{
    int parked = 0;
    int overdue = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(FloorModel::ParkedMsRole).toLongLong() >= 0)
            ++parked;
        if (index.data(FloorModel::AlertRole).toInt() != 0)
            ++overdue;
    }
    m_counts->setText(overdue > 0 ? tr("Agents: %1 · Parked: %2 · Overdue: %3").arg(m_model->rowCount()).arg(parked).arg(overdue)
                                  : tr("Agents: %1 · Parked: %2").arg(m_model->rowCount()).arg(parked));
}
