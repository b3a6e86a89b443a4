#include "shell/WindowSettings.h"

#include "bar/AgentBar.h"
#include "bar/ParkToolbar.h"
#include "hotkeys/GlobalHotkeyManager.h"
#include "hotkeys/HotkeyBindings.h"
#include "hotkeys/HotkeyTarget.h"
#include "settings/SettingsStore.h"
#include "shell/HotkeySection.h"
#include "shell/ModeSwitcher.h"
#include "window/MainWindow.h"

#include <QKeySequence>

WindowSettings::WindowSettings(SettingsStore *settings, MainWindow *window, ModeSwitcher *modes,
                               GlobalHotkeyManager *hotkeys, QObject *parent)
    : QObject(parent), m_settings(settings), m_window(window), m_modes(modes), m_hotkeys(hotkeys)
{
}

void WindowSettings::applyAll()
{
    applyAppearance();
    applyShortcuts();
    applyHotkeys();
}

void WindowSettings::applyAppearance()
{
    m_window->setOrientation(m_settings->stringValue(Setting::Orientation) == QLatin1String("vertical") ? Qt::Vertical : Qt::Horizontal);
    m_window->setCompact(m_settings->boolValue(Setting::CompactMode));
    m_window->setAlwaysOnTop(m_settings->boolValue(Setting::AlwaysOnTop));
}

void WindowSettings::applyShortcuts()
{
    QHash<QString, QKeySequence> keys;
    for (ParkAction action : kAllParkActions)
        keys.insert(parkActionWireValue(action), QKeySequence(m_settings->stringValue(shortcutSetting(action)), QKeySequence::PortableText));
    keys.insert(ParkToolbar::autoSwapId(), QKeySequence(m_settings->stringValue(Setting::ShortcutSwap), QKeySequence::PortableText));
    const bool confirm = m_settings->boolValue(Setting::ConfirmHangup);
    const AgentBar *shown = m_modes->actingBar();
    for (AgentBar *bar : m_modes->bars()) {
        bar->toolbar()->setShortcuts(keys);
        bar->toolbar()->setConfirmHangup(confirm);
        bar->toolbar()->setShortcutsEnabled(bar == shown);
    }
}

void WindowSettings::applyHotkeys()
{
    QMap<QString, QString> values;
    for (HotkeyTarget target : kAllHotkeyTargets) {
        const QString id = hotkeyTargetId(target);
        values.insert(id, m_settings->stringValue(HotkeySection::settingFor(id)));
    }
    m_hotkeys->setBindings(hotkeyBindingsFromSettings(values));
}

void WindowSettings::saveOrientation(Qt::Orientation orientation)
{
    m_settings->setValue(Setting::Orientation, orientation == Qt::Vertical ? QStringLiteral("vertical") : QStringLiteral("horizontal"));
    m_settings->save();
    applyAppearance();
}

void WindowSettings::saveCompact(bool compact)
{
    m_settings->setValue(Setting::CompactMode, compact);
    m_settings->save();
    applyAppearance();
}

void WindowSettings::saveAlwaysOnTop(bool onTop)
{
    m_settings->setValue(Setting::AlwaysOnTop, onTop);
    m_settings->save();
    applyAppearance();
}
