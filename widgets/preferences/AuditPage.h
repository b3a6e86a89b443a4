#pragma once

#include "preferences/SettingsPage.h"

class QLabel;
class QSpinBox;

// The audit log: its size limit, where it is, and a button to look at it.
class AuditPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPage)

public:
    explicit AuditPage(const QString &logPath, QWidget *parent = nullptr);

    QString title() const override;
    void load(const SettingsSnapshot &settings, const QString &profileId) override;
    void store(SettingsSnapshot &settings, const QString &profileId) const override;

private:
    QString m_logPath;
    QSpinBox *m_sizeMb;
    QLabel *m_lockedNote;
};
