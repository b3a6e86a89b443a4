#pragma once

#include "preferences/SettingBinder.h"
#include "preferences/SettingsPage.h"

// Which agents supervisor mode shows, and whether it opens first.
class SupervisorPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupervisorPage)

public:
    explicit SupervisorPage(QWidget *parent = nullptr);

    QString title() const override;
    void load(const SettingsSnapshot &settings, const QString &profileId) override;
    void store(SettingsSnapshot &settings, const QString &profileId) const override;

private:
    SettingBinder m_binder;
};
