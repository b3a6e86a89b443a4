#pragma once

#include "preferences/SettingBinder.h"
#include "preferences/SettingsPage.h"

#include <QPointer>

class QGroupBox;
class QLabel;
class QVBoxLayout;

// In-window shortcuts for the nine values and automatic Swap, and the
// system-wide hotkeys. The hotkeys section is replaceable: the global-hotkeys
// module hands its own SettingsPage to setGlobalHotkeysSection() (through
// SettingsDialog), which then loads and stores the hotkeys/* keys itself.
class KeyboardPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyboardPage)

public:
    explicit KeyboardPage(QWidget *parent = nullptr);

    QString title() const override;
    void load(const SettingsSnapshot &settings, const QString &profileId) override;
    void store(SettingsSnapshot &settings, const QString &profileId) const override;
    QStringList problems() const override;

    // ---- Extension point for the global-hotkeys module ----
    // Replaces the built-in hotkey editors; the page takes ownership.
    void setGlobalHotkeysSection(SettingsPage *section);
    SettingsPage *globalHotkeysSection() const { return m_hotkeysSection; }

    // Bindings used twice among our own shortcuts and hotkeys, one line each;
    // translated. Empty when there is no conflict.
    QStringList conflicts() const;

private:
    void updateConflicts();

    SettingBinder m_shortcuts;
    SettingBinder m_hotkeys;
    QGroupBox *m_hotkeysBox;
    QVBoxLayout *m_hotkeysLayout;
    QPointer<SettingsPage> m_hotkeysSection;
    QLabel *m_conflicts;
};
