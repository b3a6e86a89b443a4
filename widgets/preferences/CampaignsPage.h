#pragma once

#include "preferences/SettingBinder.h"
#include "preferences/SettingsPage.h"

class QLabel;
class QPushButton;
class QTableWidget;

// Per campaign, the park IVR mode an administrator knows the server has
// (the APIs cannot read it), and the SWAP/HANGUP override.
class CampaignsPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignsPage)

public:
    explicit CampaignsPage(QWidget *parent = nullptr);

    QString title() const override;
    void load(const SettingsSnapshot &settings, const QString &profileId) override;
    void store(SettingsSnapshot &settings, const QString &profileId) const override;
    QStringList problems() const override;

    // For tests and scripts: the table as it stands.
    QVariantMap modes() const;
    void addCampaign(const QString &campaign, const QString &mode);

private:
    void setLocked(bool locked);

    SettingBinder m_binder;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_removeRow;
    QLabel *m_lockedNote;
};
