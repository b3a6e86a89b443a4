#pragma once

#include <QKeySequence>
#include <QLineEdit>

// Records one key combination by pressing it. Shows the modifiers held so
// far; Backspace or Delete alone clears, Escape alone cancels. Tab still
// moves the focus. Emits recorded() and leaves displaying the result to its
// owner (setSequence), who may refuse the combination.
class HotkeyRecorder final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HotkeyRecorder)

public:
    explicit HotkeyRecorder(QWidget *parent = nullptr);

    void setSequence(const QKeySequence &sequence);
    QKeySequence sequence() const { return m_sequence; }

Q_SIGNALS:
    void recorded(const QKeySequence &sequence);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void showSequence();

    QKeySequence m_sequence;
};
