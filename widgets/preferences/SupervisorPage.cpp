#include "preferences/SupervisorPage.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

SupervisorPage::SupervisorPage(QWidget *parent) : SettingsPage(parent)
{
    auto *outer = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Supervisor mode shows every logged-in agent of these campaigns and user groups in one table, "
                                "read with one logged_in_agents request per poll. Leave a field empty for all that the API "
                                "user may see."),
                             this);
    intro->setWordWrap(true);
    outer->addWidget(intro);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    auto *campaigns = new QLineEdit(this);
    campaigns->setPlaceholderText(tr("e.g. SALES, SUPPORT"));
    m_binder.addRow(form, tr("&Campaigns:"), Setting::SupervisorCampaigns, campaigns);
    auto *groups = new QLineEdit(this);
    groups->setPlaceholderText(tr("e.g. AGENTS, TEAM2"));
    m_binder.addRow(form, tr("&User groups:"), Setting::SupervisorUserGroups, groups);
    m_binder.addRow(form, tr("&Start:"), Setting::StartInSupervisorMode, new QCheckBox(tr("Open in supervisor mode"), this));
    outer->addStretch(1);
}

QString SupervisorPage::title() const
{
    return tr("Supervisor");
}

void SupervisorPage::load(const SettingsSnapshot &settings, const QString &profileId)
{
    m_binder.load(settings, profileId);
}

void SupervisorPage::store(SettingsSnapshot &settings, const QString &profileId) const
{
    m_binder.store(settings, profileId);
}
