#include "hotkeys/WindowsHotkeyBackend.h"

#include "hotkeys/HotkeyLogging.h"

#include <qt_windows.h>

#include <array>
#include <optional>
#include <utility>

namespace {

const wchar_t kWindowClass[] = L"ParkBarGlobalHotkeys";

#ifndef MOD_NOREPEAT
constexpr UINT MOD_NOREPEAT = 0x4000;
#endif

constexpr std::array<std::pair<int, UINT>, 29> kVirtualKeys{{
    {Qt::Key_Escape, VK_ESCAPE},
    {Qt::Key_Tab, VK_TAB},
    {Qt::Key_Backspace, VK_BACK},
    {Qt::Key_Return, VK_RETURN},
    {Qt::Key_Enter, VK_RETURN},
    {Qt::Key_Insert, VK_INSERT},
    {Qt::Key_Delete, VK_DELETE},
    {Qt::Key_Pause, VK_PAUSE},
    {Qt::Key_Print, VK_SNAPSHOT},
    {Qt::Key_Clear, VK_CLEAR},
    {Qt::Key_Home, VK_HOME},
    {Qt::Key_End, VK_END},
    {Qt::Key_Left, VK_LEFT},
    {Qt::Key_Up, VK_UP},
    {Qt::Key_Right, VK_RIGHT},
    {Qt::Key_Down, VK_DOWN},
    {Qt::Key_PageUp, VK_PRIOR},
    {Qt::Key_PageDown, VK_NEXT},
    {Qt::Key_Space, VK_SPACE},
    {Qt::Key_Menu, VK_APPS},
    {Qt::Key_Help, VK_HELP},
    {Qt::Key_VolumeDown, VK_VOLUME_DOWN},
    {Qt::Key_VolumeUp, VK_VOLUME_UP},
    {Qt::Key_VolumeMute, VK_VOLUME_MUTE},
    {Qt::Key_MediaPlay, VK_MEDIA_PLAY_PAUSE},
    {Qt::Key_MediaTogglePlayPause, VK_MEDIA_PLAY_PAUSE},
    {Qt::Key_MediaStop, VK_MEDIA_STOP},
    {Qt::Key_MediaPrevious, VK_MEDIA_PREV_TRACK},
    {Qt::Key_MediaNext, VK_MEDIA_NEXT_TRACK},
}};

struct NativeHotkey
{
    UINT modifiers = 0;
    UINT virtualKey = 0;
};

std::optional<UINT> keypadKey(int key)
{
    if (key >= Qt::Key_0 && key <= Qt::Key_9)
        return UINT(VK_NUMPAD0 + (key - Qt::Key_0));
    switch (key) {
    case Qt::Key_Asterisk: return UINT(VK_MULTIPLY);
    case Qt::Key_Plus: return UINT(VK_ADD);
    case Qt::Key_Minus: return UINT(VK_SUBTRACT);
    case Qt::Key_Period: return UINT(VK_DECIMAL);
    case Qt::Key_Slash: return UINT(VK_DIVIDE);
    default: return std::nullopt;
    }
}

std::optional<NativeHotkey> nativeHotkeyFor(const QKeySequence &sequence)
{
    if (sequence.count() != 1)
        return std::nullopt;
    const QKeyCombination combination = sequence[0];
    const int key = combination.key();
    const Qt::KeyboardModifiers modifiers = combination.keyboardModifiers();

    NativeHotkey hotkey;
    hotkey.modifiers = MOD_NOREPEAT;
    if (modifiers & Qt::ShiftModifier)
        hotkey.modifiers |= MOD_SHIFT;
    if (modifiers & Qt::ControlModifier)
        hotkey.modifiers |= MOD_CONTROL;
    if (modifiers & Qt::AltModifier)
        hotkey.modifiers |= MOD_ALT;
    if (modifiers & Qt::MetaModifier)
        hotkey.modifiers |= MOD_WIN;

    if (modifiers & Qt::KeypadModifier) {
        if (const std::optional<UINT> virtualKey = keypadKey(key)) {
            hotkey.virtualKey = *virtualKey;
            return hotkey;
        }
    }
    if ((key >= Qt::Key_A && key <= Qt::Key_Z) || (key >= Qt::Key_0 && key <= Qt::Key_9)) {
        hotkey.virtualKey = UINT(key); // 'A'..'Z' and '0'..'9' are their own virtual keys
        return hotkey;
    }
    if (key >= Qt::Key_F1 && key <= Qt::Key_F24) {
        hotkey.virtualKey = UINT(VK_F1 + (key - Qt::Key_F1));
        return hotkey;
    }
    for (const auto &[qtKey, virtualKey] : kVirtualKeys) {
        if (qtKey == key) {
            hotkey.virtualKey = virtualKey;
            return hotkey;
        }
    }
    // Punctuation: whatever key types the character on the current layout.
    if (key > 0 && key <= 0xffff) {
        const SHORT scan = VkKeyScanW(WCHAR(key));
        if (scan == -1)
            return std::nullopt;
        hotkey.virtualKey = UINT(LOBYTE(scan));
        if (HIBYTE(scan) & 1)
            hotkey.modifiers |= MOD_SHIFT;
        return hotkey;
    }
    return std::nullopt;
}

LRESULT CALLBACK hotkeyWindowProc(HWND window, UINT message, WPARAM wParam, LPARAM lParam)
{
    if (message == WM_HOTKEY) {
        auto *backend = reinterpret_cast<WindowsHotkeyBackend *>(GetWindowLongPtrW(window, GWLP_USERDATA));
        if (backend)
            backend->handleHotkey(int(wParam));
        return 0;
    }
    return DefWindowProcW(window, message, wParam, lParam);
}

} // namespace

WindowsHotkeyBackend::WindowsHotkeyBackend(QObject *parent) : GlobalHotkeyBackend(parent)
{
    const HINSTANCE instance = GetModuleHandleW(nullptr);
    WNDCLASSEXW windowClass{};
    windowClass.cbSize = sizeof(windowClass);
    windowClass.lpfnWndProc = hotkeyWindowProc;
    windowClass.hInstance = instance;
    windowClass.lpszClassName = kWindowClass;
    if (!RegisterClassExW(&windowClass) && GetLastError() != ERROR_CLASS_ALREADY_EXISTS) {
        qCWarning(lcHotkeys) << "RegisterClassExW failed:" << GetLastError();
        return;
    }
    m_window = CreateWindowExW(0, kWindowClass, L"ParkBar hotkeys", 0, 0, 0, 0, 0, HWND_MESSAGE, nullptr, instance,
                               nullptr);
    if (!m_window) {
        qCWarning(lcHotkeys) << "CreateWindowExW failed:" << GetLastError();
        return;
    }
    SetWindowLongPtrW(m_window, GWLP_USERDATA, reinterpret_cast<LONG_PTR>(this));
}

WindowsHotkeyBackend::~WindowsHotkeyBackend()
{
    if (!m_window)
        return;
    unbindAll();
    SetWindowLongPtrW(m_window, GWLP_USERDATA, 0);
    DestroyWindow(m_window);
}

QString WindowsHotkeyBackend::unavailableReason() const
{
    if (m_window)
        return {};
    return tr("Windows did not let ParkBar listen for global hotkeys; the in-window shortcuts still work.");
}

GlobalHotkeyBackend::BindResult WindowsHotkeyBackend::bind(const QString &id, const QKeySequence &sequence)
{
    if (!m_window)
        return BindResult::Unavailable;
    unbind(id);
    const std::optional<NativeHotkey> hotkey = nativeHotkeyFor(sequence);
    if (!hotkey)
        return BindResult::Invalid;
    const int hotkeyId = m_nextHotkeyId;
    if (!RegisterHotKey(m_window, hotkeyId, hotkey->modifiers, hotkey->virtualKey)) {
        const DWORD error = GetLastError();
        if (error == ERROR_HOTKEY_ALREADY_REGISTERED)
            return BindResult::TakenBySomeoneElse;
        qCWarning(lcHotkeys) << "RegisterHotKey failed:" << error;
        return BindResult::Invalid;
    }
    // Ids must stay below 0xC000; wrap long before, skipping ids in use.
    do {
        m_nextHotkeyId = m_nextHotkeyId % 0xBFFF + 1;
    } while (m_hotkeyIds.key(m_nextHotkeyId).size() > 0);
    m_hotkeyIds.insert(id, hotkeyId);
    return BindResult::Ok;
}

void WindowsHotkeyBackend::unbind(const QString &id)
{
    const auto it = m_hotkeyIds.constFind(id);
    if (it == m_hotkeyIds.cend())
        return;
    UnregisterHotKey(m_window, it.value());
    m_hotkeyIds.erase(it);
}

void WindowsHotkeyBackend::unbindAll()
{
    for (auto it = m_hotkeyIds.cbegin(); it != m_hotkeyIds.cend(); ++it)
        UnregisterHotKey(m_window, it.value());
    m_hotkeyIds.clear();
}

void WindowsHotkeyBackend::handleHotkey(int hotkeyId)
{
    const QString id = m_hotkeyIds.key(hotkeyId);
    if (!id.isEmpty())
        Q_EMIT activated(id);
}
