#include "hotkeys/X11KeyMapping.h"

#include <X11/XF86keysym.h>
#include <X11/keysym.h>

#include <array>
#include <utility>

namespace {

constexpr std::array<std::pair<int, quint32>, 41> kSpecialKeys{{
    {Qt::Key_Escape, XK_Escape},
    {Qt::Key_Tab, XK_Tab},
    {Qt::Key_Backspace, XK_BackSpace},
    {Qt::Key_Return, XK_Return},
    {Qt::Key_Enter, XK_KP_Enter},
    {Qt::Key_Insert, XK_Insert},
    {Qt::Key_Delete, XK_Delete},
    {Qt::Key_Pause, XK_Pause},
    {Qt::Key_Print, XK_Print},
    {Qt::Key_SysReq, XK_Sys_Req},
    {Qt::Key_Clear, XK_Clear},
    {Qt::Key_Home, XK_Home},
    {Qt::Key_End, XK_End},
    {Qt::Key_Left, XK_Left},
    {Qt::Key_Up, XK_Up},
    {Qt::Key_Right, XK_Right},
    {Qt::Key_Down, XK_Down},
    {Qt::Key_PageUp, XK_Prior},
    {Qt::Key_PageDown, XK_Next},
    {Qt::Key_Menu, XK_Menu},
    {Qt::Key_Help, XK_Help},
    {Qt::Key_VolumeDown, XF86XK_AudioLowerVolume},
    {Qt::Key_VolumeUp, XF86XK_AudioRaiseVolume},
    {Qt::Key_VolumeMute, XF86XK_AudioMute},
    {Qt::Key_MicMute, XF86XK_AudioMicMute},
    {Qt::Key_MediaPlay, XF86XK_AudioPlay},
    {Qt::Key_MediaStop, XF86XK_AudioStop},
    {Qt::Key_MediaPrevious, XF86XK_AudioPrev},
    {Qt::Key_MediaNext, XF86XK_AudioNext},
    {Qt::Key_MediaPause, XF86XK_AudioPause},
    {Qt::Key_MediaTogglePlayPause, XF86XK_AudioPlay},
    {Qt::Key_Launch0, XF86XK_Launch0},
    {Qt::Key_Launch1, XF86XK_Launch1},
    {Qt::Key_Launch2, XF86XK_Launch2},
    {Qt::Key_Launch3, XF86XK_Launch3},
    {Qt::Key_Launch4, XF86XK_Launch4},
    {Qt::Key_Launch5, XF86XK_Launch5},
    {Qt::Key_Launch6, XF86XK_Launch6},
    {Qt::Key_Launch7, XF86XK_Launch7},
    {Qt::Key_Launch8, XF86XK_Launch8},
    {Qt::Key_Launch9, XF86XK_Launch9},
}};

std::optional<quint32> keypadKeysym(int key)
{
    if (key >= Qt::Key_0 && key <= Qt::Key_9)
        return XK_KP_0 + quint32(key - Qt::Key_0);
    switch (key) {
    case Qt::Key_Asterisk: return XK_KP_Multiply;
    case Qt::Key_Plus: return XK_KP_Add;
    case Qt::Key_Minus: return XK_KP_Subtract;
    case Qt::Key_Period: return XK_KP_Decimal;
    case Qt::Key_Slash: return XK_KP_Divide;
    case Qt::Key_Enter:
    case Qt::Key_Return: return XK_KP_Enter;
    default: return std::nullopt;
    }
}

} // namespace

std::optional<quint32> x11KeysymFor(QKeyCombination combination)
{
    const int key = combination.key();
    if (combination.keyboardModifiers().testFlag(Qt::KeypadModifier)) {
        if (const std::optional<quint32> keysym = keypadKeysym(key))
            return keysym;
    }
    if (key >= Qt::Key_F1 && key <= Qt::Key_F35)
        return XK_F1 + quint32(key - Qt::Key_F1);
    for (const auto &[qtKey, keysym] : kSpecialKeys) {
        if (qtKey == key)
            return keysym;
    }
    // Latin-1: Qt names letters by their capital, X by the small letter the
    // unshifted key types.
    if (key >= Qt::Key_A && key <= Qt::Key_Z)
        return quint32(key - Qt::Key_A) + XK_a;
    if (key >= Qt::Key_Agrave && key <= Qt::Key_THORN && key != Qt::Key_multiply)
        return quint32(key) + (XK_agrave - XK_Agrave);
    if ((key >= Qt::Key_Space && key <= Qt::Key_AsciiTilde) || (key >= Qt::Key_nobreakspace && key <= Qt::Key_ydiaeresis))
        return quint32(key);
    return std::nullopt;
}
