#include "bar/CommandFeedback.h"

#include "state/CommandText.h"

namespace {
constexpr int kSuccessVisibleMs = 8000;
constexpr int kProblemVisibleMs = 30000;
constexpr int kNoteVisibleMs = 6000;
} // namespace

CommandFeedback::CommandFeedback(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("commandFeedback"));
    setAccessibleName(tr("Last command"));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_clear.setSingleShot(true);
    connect(&m_clear, &QTimer::timeout, this, [this] {
        clear();
        setStyleSheet(QString());
    });
}

void CommandFeedback::showRecord(const CommandRecord &record)
{
    const bool problem = CommandText::isProblem(record);
    const bool waiting = !record.finished || record.confirmation == Confirmation::Waiting;
    showText(CommandText::commandLine(record), problem ? QStringLiteral("problem") : waiting ? QStringLiteral("waiting") : QStringLiteral("ok"),
             problem ? kProblemVisibleMs : kSuccessVisibleMs);
}

void CommandFeedback::showNote(const QString &text)
{
    showText(text, QStringLiteral("note"), kNoteVisibleMs);
}

void CommandFeedback::showText(const QString &text, const QString &tone, int visibleMs)
{
    setText(text);
    setProperty("tone", tone);
    if (tone == QLatin1String("problem"))
        setStyleSheet(QStringLiteral("QLabel { color: #C5221F; font-weight: bold; }"));
    else if (tone == QLatin1String("ok"))
        setStyleSheet(QStringLiteral("QLabel { color: #188038; }"));
    else
        setStyleSheet(QString());
    setAccessibleDescription(text);
    m_clear.start(visibleMs);
}
