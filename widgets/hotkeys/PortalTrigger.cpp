#include "hotkeys/PortalTrigger.h"

#include <QStringList>

#include <array>
#include <utility>

namespace {

// xkbcommon keysym names for the keys that are not a single character.
constexpr std::array<std::pair<int, const char16_t *>, 31> kKeyNames{{
    {Qt::Key_Escape, u"Escape"},       {Qt::Key_Tab, u"Tab"},
    {Qt::Key_Backspace, u"BackSpace"}, {Qt::Key_Return, u"Return"},
    {Qt::Key_Enter, u"KP_Enter"},      {Qt::Key_Insert, u"Insert"},
    {Qt::Key_Delete, u"Delete"},       {Qt::Key_Pause, u"Pause"},
    {Qt::Key_Print, u"Print"},         {Qt::Key_Home, u"Home"},
    {Qt::Key_End, u"End"},             {Qt::Key_Left, u"Left"},
    {Qt::Key_Up, u"Up"},               {Qt::Key_Right, u"Right"},
    {Qt::Key_Down, u"Down"},           {Qt::Key_PageUp, u"Page_Up"},
    {Qt::Key_PageDown, u"Page_Down"},  {Qt::Key_Menu, u"Menu"},
    {Qt::Key_Space, u"space"},         {Qt::Key_Minus, u"minus"},
    {Qt::Key_Equal, u"equal"},         {Qt::Key_Comma, u"comma"},
    {Qt::Key_Period, u"period"},       {Qt::Key_Slash, u"slash"},
    {Qt::Key_Semicolon, u"semicolon"}, {Qt::Key_Apostrophe, u"apostrophe"},
    {Qt::Key_BracketLeft, u"bracketleft"}, {Qt::Key_BracketRight, u"bracketright"},
    {Qt::Key_Backslash, u"backslash"}, {Qt::Key_QuoteLeft, u"grave"},
    {Qt::Key_Plus, u"plus"},
}};

QString keyName(int key)
{
    if (key >= Qt::Key_A && key <= Qt::Key_Z)
        return QString(QChar(u'a' + (key - Qt::Key_A)));
    if (key >= Qt::Key_0 && key <= Qt::Key_9)
        return QString(QChar(u'0' + (key - Qt::Key_0)));
    if (key >= Qt::Key_F1 && key <= Qt::Key_F35)
        return QStringLiteral("F%1").arg(key - Qt::Key_F1 + 1);
    for (const auto &[qtKey, name] : kKeyNames) {
        if (qtKey == key)
            return QString::fromUtf16(name);
    }
    return {};
}

} // namespace

QString portalTriggerFor(const QKeySequence &sequence)
{
    if (sequence.count() != 1)
        return {};
    const QKeyCombination combination = sequence[0];
    const QString key = keyName(combination.key());
    if (key.isEmpty())
        return {};
    QStringList parts;
    const Qt::KeyboardModifiers modifiers = combination.keyboardModifiers();
    if (modifiers & Qt::ControlModifier)
        parts << QStringLiteral("CTRL");
    if (modifiers & Qt::AltModifier)
        parts << QStringLiteral("ALT");
    if (modifiers & Qt::ShiftModifier)
        parts << QStringLiteral("SHIFT");
    if (modifiers & Qt::MetaModifier)
        parts << QStringLiteral("LOGO");
    parts << key;
    return parts.join(u'+');
}
