#pragma once

#include "hotkeys/GlobalHotkeyBackend.h"

#include <QHash>

struct HWND__;

// Windows: RegisterHotKey with MOD_NOREPEAT on a hidden message-only window.
// A window of our own rather than thread messages and a native event filter:
// WM_HOTKEY posted to the thread is lost while Windows runs a modal loop (an
// open menu, a window being moved), a message to a window is not.
class WindowsHotkeyBackend final : public GlobalHotkeyBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowsHotkeyBackend)

public:
    explicit WindowsHotkeyBackend(QObject *parent = nullptr);
    ~WindowsHotkeyBackend() override;

    bool isAvailable() const override { return m_window != nullptr; }
    QString unavailableReason() const override;
    BindResult bind(const QString &id, const QKeySequence &sequence) override;
    void unbind(const QString &id) override;
    void unbindAll() override;

    // For the hidden window's procedure only.
    void handleHotkey(int hotkeyId);

private:
    HWND__ *m_window = nullptr;
    QHash<QString, int> m_hotkeyIds;
    int m_nextHotkeyId = 1;
};
