#include "bar/HistoryView.h"

#include "state/CommandText.h"

#include <QDateTime>

HistoryView::HistoryView(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("historyView"));
    setAccessibleName(tr("Command history"));
    setWordWrap(true);
    setUniformItemSizes(false);
    setAlternatingRowColors(true);
}

void HistoryView::setRecords(const QList<CommandRecord> &records)
{
    clear();
    for (auto it = records.crbegin(); it != records.crend(); ++it) {
        const CommandRecord &record = *it;
        const QString time = QDateTime::fromMSecsSinceEpoch(record.result.sentAtMs).toString(QStringLiteral("HH:mm:ss"));
        auto *item = new QListWidgetItem(tr("%1  agent %2  %3").arg(time, record.agent(), CommandText::commandLine(record)), this);
        item->setToolTip(record.result.answer.text);
        if (CommandText::isProblem(record))
            item->setForeground(QColor(0xC5, 0x22, 0x1F));
    }
}
