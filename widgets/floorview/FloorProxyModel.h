#pragma once

#include <QSortFilterProxyModel>

// Sorting and the filter box for the supervisor table, and the row colours
// that make parked and overdue callers stand out.
class FloorProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FloorProxyModel)

public:
    explicit FloorProxyModel(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};
