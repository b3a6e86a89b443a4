#pragma once

#include "settings/Setting.h"
#include "preferences/SettingsPage.h"

class GlobalHotkeyManager;
class HotkeySettingsPage;

// The global-hotkeys editor as a section of the settings dialog: loads the
// Hotkey* keys into the recorder rows and writes them back.
class HotkeySection final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HotkeySection)

public:
    HotkeySection(GlobalHotkeyManager *manager, QWidget *parent = nullptr);

    QString title() const override;
    void load(const SettingsSnapshot &settings, const QString &profileId) override;
    void store(SettingsSnapshot &settings, const QString &profileId) const override;

    static Setting settingFor(const QString &targetId);

private:
    HotkeySettingsPage *m_page = nullptr;
};
