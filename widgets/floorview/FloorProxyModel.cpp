#include "floorview/FloorProxyModel.h"

#include "session/AgentSession.h"
#include "supervisor/FloorModel.h"

#include <QColor>

FloorProxyModel::FloorProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(FloorModel::SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
    setDynamicSortFilter(true);
}

QVariant FloorProxyModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::BackgroundRole || role == Qt::ForegroundRole) {
        const auto alert = static_cast<ParkAlert>(QSortFilterProxyModel::data(index, FloorModel::AlertRole).toInt());
        const bool parked = QSortFilterProxyModel::data(index, FloorModel::ParkedMsRole).toLongLong() >= 0;
        if (role == Qt::BackgroundRole) {
            // Translucent, so the colours read on light and dark palettes.
            if (alert == ParkAlert::Critical)
                return QColor(0xD9, 0x30, 0x25, 150);
            if (alert == ParkAlert::Warning)
                return QColor(0xF9, 0xAB, 0x00, 120);
            if (parked)
                return QColor(0xE0, 0x8A, 0x00, 45);
            return {};
        }
        if (index.column() == FloorModel::LastCommandColumn && QSortFilterProxyModel::data(index, FloorModel::ProblemRole).toBool())
            return QColor(0xC5, 0x22, 0x1F);
        return {};
    }
    if (role == Qt::FontRole && index.column() == FloorModel::ParkTimerColumn)
        return {};
    return QSortFilterProxyModel::data(index, role);
}
