#pragma once

#include "preferences/SettingBinder.h"
#include "preferences/SettingsPage.h"

class QLabel;
class QSpinBox;

// Poll intervals, confirmation timeout, park limits, confirmation before hangup.
class BehaviourPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BehaviourPage)

public:
    explicit BehaviourPage(QWidget *parent = nullptr);

    QString title() const override;
    void load(const SettingsSnapshot &settings, const QString &profileId) override;
    void store(SettingsSnapshot &settings, const QString &profileId) const override;
    QStringList problems() const override;

private:
    SettingBinder m_binder;
    QSpinBox *m_warn;
    QSpinBox *m_critical;
    QLabel *m_limitsWarning;
};
