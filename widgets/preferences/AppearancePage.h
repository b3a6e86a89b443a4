#pragma once

#include "preferences/SettingBinder.h"
#include "preferences/SettingsPage.h"

// Orientation, compact mode, always on top, language.
class AppearancePage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppearancePage)

public:
    explicit AppearancePage(QWidget *parent = nullptr);

    QString title() const override;
    void load(const SettingsSnapshot &settings, const QString &profileId) override;
    void store(SettingsSnapshot &settings, const QString &profileId) const override;

private:
    SettingBinder m_binder;
};
