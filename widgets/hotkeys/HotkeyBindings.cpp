#include "hotkeys/HotkeyBindings.h"

#include <QCoreApplication>

bool isHotkeyModifierKey(int key)
{
    switch (key) {
    case Qt::Key_Shift:
    case Qt::Key_Control:
    case Qt::Key_Meta:
    case Qt::Key_Alt:
    case Qt::Key_AltGr:
    case Qt::Key_Super_L:
    case Qt::Key_Super_R:
    case Qt::Key_Hyper_L:
    case Qt::Key_Hyper_R:
    case Qt::Key_CapsLock:
    case Qt::Key_NumLock:
    case Qt::Key_ScrollLock:
    case Qt::Key_Mode_switch:
    case Qt::Key_unknown:
        return true;
    default:
        return false;
    }
}

namespace {

// Keys that type nothing and that no program expects to own, so they may be
// bound without a modifier.
bool standsAlone(int key)
{
    return (key >= Qt::Key_F1 && key <= Qt::Key_F35) || key == Qt::Key_Pause
        || (key >= Qt::Key_Launch0 && key <= Qt::Key_LaunchF);
}

} // namespace

HotkeyProblem hotkeyProblem(const QKeySequence &sequence)
{
    if (sequence.isEmpty())
        return HotkeyProblem::Empty;
    if (sequence.count() > 1)
        return HotkeyProblem::SeveralCombinations;
    const QKeyCombination combination = sequence[0];
    const int key = combination.key();
    if (isHotkeyModifierKey(key))
        return HotkeyProblem::ModifierOnly;
    const Qt::KeyboardModifiers strong = Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier;
    if (!(combination.keyboardModifiers() & strong) && !standsAlone(key))
        return HotkeyProblem::NeedsModifier;
    return HotkeyProblem::None;
}

QString hotkeyProblemText(HotkeyProblem problem)
{
    switch (problem) {
    case HotkeyProblem::None: return {};
    case HotkeyProblem::Empty: return QCoreApplication::translate("Hotkeys", "No key combination");
    case HotkeyProblem::SeveralCombinations:
        return QCoreApplication::translate("Hotkeys", "Use a single key combination, such as Ctrl+Alt+P");
    case HotkeyProblem::ModifierOnly:
        return QCoreApplication::translate("Hotkeys", "Add a key to the modifier, such as Ctrl+Alt+P");
    case HotkeyProblem::NeedsModifier:
        return QCoreApplication::translate(
            "Hotkeys", "Add Ctrl, Alt or the Windows/Super key: a plain key would stop working in every other program");
    }
    Q_UNREACHABLE();
    return {};
}

QString hotkeySequenceToSettings(const QKeySequence &sequence)
{
    if (sequence.isEmpty())
        return {};
    return QKeySequence(sequence[0]).toString(QKeySequence::PortableText);
}

QKeySequence hotkeySequenceFromSettings(const QString &text)
{
    const QKeySequence parsed = QKeySequence::fromString(text.trimmed(), QKeySequence::PortableText);
    if (parsed.isEmpty() || parsed[0].key() == Qt::Key_unknown)
        return {};
    return QKeySequence(parsed[0]);
}

QMap<QString, QString> hotkeyBindingsToSettings(const HotkeyBindings &bindings)
{
    QMap<QString, QString> values;
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it) {
        if (!it.value().isEmpty())
            values.insert(hotkeyTargetId(it.key()), hotkeySequenceToSettings(it.value()));
    }
    return values;
}

HotkeyBindings hotkeyBindingsFromSettings(const QMap<QString, QString> &values)
{
    HotkeyBindings bindings;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const std::optional<HotkeyTarget> target = hotkeyTargetFromId(it.key());
        const QKeySequence sequence = hotkeySequenceFromSettings(it.value());
        if (target && !sequence.isEmpty())
            bindings.insert(*target, sequence);
    }
    return bindings;
}

QMap<HotkeyTarget, HotkeyTarget> hotkeyConflicts(const HotkeyBindings &bindings)
{
    QMap<HotkeyTarget, HotkeyTarget> conflicts;
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        for (auto other = bindings.cbegin(); other != bindings.cend(); ++other) {
            if (other.key() != it.key() && other.value() == it.value()) {
                conflicts.insert(it.key(), other.key());
                break;
            }
        }
    }
    return conflicts;
}

QString hotkeyDisplayText(const QKeySequence &sequence)
{
    return sequence.toString(QKeySequence::NativeText);
}
