#pragma once

#include "state/CommandRecord.h"

#include <QLabel>
#include <QTimer>

// The latest command's result and confirmation, next to the bar for a few
// seconds (problems stay longer), and brief notes such as why an action is off.
class CommandFeedback final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandFeedback)

public:
    explicit CommandFeedback(QWidget *parent = nullptr);

    void showRecord(const CommandRecord &record);
    void showNote(const QString &text);

private:
    void showText(const QString &text, const QString &tone, int visibleMs);

    QTimer m_clear;
};
