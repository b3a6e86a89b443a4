#pragma once

#include "state/CommandRecord.h"

#include <QListWidget>

// The commands sent this session, newest first, with their outcomes.
class HistoryView final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryView)

public:
    explicit HistoryView(QWidget *parent = nullptr);
    void setRecords(const QList<CommandRecord> &records);
};
