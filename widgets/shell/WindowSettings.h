#pragma once

#include <QObject>

class GlobalHotkeyManager;
class MainWindow;
class ModeSwitcher;
class SettingsStore;

// The saved settings as the window applies them: layout (orientation,
// compact, always on top), the in-window shortcuts of both bars (only the
// bar on screen owns the keys) and the system-wide hotkey bindings. The
// menu's layout toggles are saved here, then applied.
class WindowSettings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowSettings)

public:
    // Everything given must outlive this.
    WindowSettings(SettingsStore *settings, MainWindow *window, ModeSwitcher *modes, GlobalHotkeyManager *hotkeys,
                   QObject *parent = nullptr);

    void applyAll();
    void applyAppearance();
    void applyShortcuts();
    void applyHotkeys();

    void saveOrientation(Qt::Orientation orientation);
    void saveCompact(bool compact);
    void saveAlwaysOnTop(bool onTop);

private:
    SettingsStore *m_settings;
    MainWindow *m_window;
    ModeSwitcher *m_modes;
    GlobalHotkeyManager *m_hotkeys;
};
