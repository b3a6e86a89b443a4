#include "hotkeys/HotkeyRecorder.h"

#include "hotkeys/HotkeyBindings.h"

#include <QKeyEvent>

namespace {

constexpr Qt::KeyboardModifiers kRecordedModifiers =
    Qt::ShiftModifier | Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier | Qt::KeypadModifier;

} // namespace

HotkeyRecorder::HotkeyRecorder(QWidget *parent) : QLineEdit(parent)
{
    setReadOnly(true);
    setAlignment(Qt::AlignCenter);
    setContextMenuPolicy(Qt::NoContextMenu);
    setPlaceholderText(tr("Not set"));
    setToolTip(tr("Click, then press the key combination. Backspace clears it; Escape keeps the old one."));
}

void HotkeyRecorder::setSequence(const QKeySequence &sequence)
{
    m_sequence = sequence;
    showSequence();
}

void HotkeyRecorder::showSequence()
{
    setText(hotkeyDisplayText(m_sequence));
}

// While recording, the combination is ours: no menu or window shortcut may
// take it first.
bool HotkeyRecorder::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept();
        return true;
    }
    return QLineEdit::event(event);
}

void HotkeyRecorder::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    const Qt::KeyboardModifiers modifiers = event->modifiers() & kRecordedModifiers;
    event->accept();
    if (isHotkeyModifierKey(key)) {
        // Qt names modifiers only together with a key: name them with A, then drop it.
        const QString withKey = QKeySequence(QKeyCombination(modifiers, Qt::Key_A)).toString(QKeySequence::NativeText);
        setText(modifiers ? withKey.chopped(1) + QStringLiteral("\u2026") : QString());
        return;
    }
    if (!(modifiers & ~Qt::KeypadModifier)) {
        if (key == Qt::Key_Escape) {
            showSequence();
            return;
        }
        if (key == Qt::Key_Backspace || key == Qt::Key_Delete) {
            Q_EMIT recorded(QKeySequence());
            return;
        }
    }
    // Shift+Tab arrives as Backtab; record the key people pressed.
    const int recordedKey = key == Qt::Key_Backtab ? int(Qt::Key_Tab) : key;
    Q_EMIT recorded(QKeySequence(QKeyCombination(modifiers, Qt::Key(recordedKey))));
}

void HotkeyRecorder::keyReleaseEvent(QKeyEvent *event)
{
    event->accept();
    if (isHotkeyModifierKey(event->key()) && !(event->modifiers() & kRecordedModifiers & ~Qt::KeypadModifier))
        showSequence();
}

void HotkeyRecorder::focusInEvent(QFocusEvent *event)
{
    QLineEdit::focusInEvent(event);
    setPlaceholderText(tr("Press a key combination\u2026"));
}

void HotkeyRecorder::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    setPlaceholderText(tr("Not set"));
    showSequence();
}
