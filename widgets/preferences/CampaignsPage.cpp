#include "preferences/CampaignsPage.h"

#include "vicidial/ParkIvrMode.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QComboBox *modeCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(QCoreApplication::translate("CampaignsPage", "Park IVR mode"));
    combo->addItem(QCoreApplication::translate("CampaignsPage", "DISABLED: no park IVR"), parkIvrModeKey(ParkIvrMode::Disabled));
    combo->addItem(QCoreApplication::translate("CampaignsPage", "ENABLED: park to IVR and grab back"), parkIvrModeKey(ParkIvrMode::Enabled));
    combo->addItem(QCoreApplication::translate("CampaignsPage", "ENABLED_PARK_ONLY: no grab back"), parkIvrModeKey(ParkIvrMode::EnabledParkOnly));
    combo->addItem(QCoreApplication::translate("CampaignsPage", "ENABLED_BUTTON_HIDDEN: screen button hidden"),
                   parkIvrModeKey(ParkIvrMode::EnabledButtonHidden));
    return combo;
}

QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

CampaignsPage::CampaignsPage(QWidget *parent) : SettingsPage(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(explanation(
        tr("VICIdial does not tell ParkBar whether a campaign has a park IVR (its ivr_park_call setting). Enter it here, "
           "as your VICIdial administrator set it. A campaign that is not listed is unknown: the Park IVR button stays "
           "off with that reason. Do not mark a campaign as having a park IVR it does not have: a park to an IVR that "
           "does not exist drops the caller."),
        this));

    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("park-ivr-modes"));
    m_table->setAccessibleName(tr("Park IVR mode per campaign"));
    m_table->setHorizontalHeaderLabels({tr("Campaign id"), tr("Park IVR mode")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    outer->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Add campaign"), this);
    m_add->setObjectName(QStringLiteral("campaign-add"));
    m_add->setAccessibleName(tr("Add campaign"));
    m_removeRow = new QPushButton(tr("Remove campaign"), this);
    m_removeRow->setObjectName(QStringLiteral("campaign-remove"));
    m_removeRow->setAccessibleName(tr("Remove campaign"));
    m_lockedNote = SettingBinder::makeNote(this);
    m_lockedNote->setObjectName(QStringLiteral("park-ivr-modes-locked"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_removeRow);
    buttons->addWidget(m_lockedNote);
    buttons->addStretch(1);
    outer->addLayout(buttons);

    auto *form = new QFormLayout;
    outer->addLayout(form);
    m_binder.addRow(form, tr("&Old builds:"), Setting::ScreenSupportsSwapAndHangup,
                    new QCheckBox(tr("The agent screen supports SWAP and HANGUP"), this));
    outer->addWidget(explanation(
        tr("The SWAP and HANGUP values need the agent screen of build 240624 or newer, which reports its build nowhere. "
           "ParkBar goes by the newest of the API builds and turns these buttons off below 240624. Tick this only when "
           "you know the agents' screens are newer than the APIs; ParkBar still checks each command in the agent's state."),
        this));

    connect(m_add, &QPushButton::clicked, this, [this] {
        addCampaign(QString(), parkIvrModeKey(ParkIvrMode::Disabled));
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(m_removeRow, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
}

QString CampaignsPage::title() const
{
    return tr("Campaigns");
}

void CampaignsPage::addCampaign(const QString &campaign, const QString &mode)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *item = new QTableWidgetItem(campaign);
    m_table->setItem(row, 0, item);
    QComboBox *combo = modeCombo(m_table);
    combo->setCurrentIndex(std::max(0, combo->findData(mode)));
    m_table->setCellWidget(row, 1, combo);
}

void CampaignsPage::setLocked(bool locked)
{
    m_table->setEditTriggers(locked ? QAbstractItemView::NoEditTriggers : QAbstractItemView::AllEditTriggers);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (QWidget *combo = m_table->cellWidget(row, 1))
            combo->setEnabled(!locked);
    }
    m_add->setEnabled(!locked);
    m_removeRow->setEnabled(!locked);
    m_lockedNote->setVisible(locked);
    m_table->setAccessibleDescription(locked ? SettingBinder::lockedNote() : QString());
}

void CampaignsPage::load(const SettingsSnapshot &settings, const QString &profileId)
{
    m_table->setRowCount(0);
    const QVariantMap modes = settings.value(Setting::ParkIvrModes).toMap();
    for (auto it = modes.cbegin(); it != modes.cend(); ++it)
        addCampaign(it.key(), it.value().toString());
    setLocked(settings.isLocked(Setting::ParkIvrModes));
    m_binder.load(settings, profileId);
}

QVariantMap CampaignsPage::modes() const
{
    QVariantMap modes;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString campaign = m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
        const auto *combo = qobject_cast<QComboBox *>(m_table->cellWidget(row, 1));
        if (!campaign.isEmpty() && combo)
            modes.insert(campaign, combo->currentData());
    }
    return modes;
}

void CampaignsPage::store(SettingsSnapshot &settings, const QString &profileId) const
{
    if (!settings.isLocked(Setting::ParkIvrModes))
        settings.globals.insert(Setting::ParkIvrModes, modes());
    m_binder.store(settings, profileId);
}

QStringList CampaignsPage::problems() const
{
    QStringList seen;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString campaign = m_table->item(row, 0) ? m_table->item(row, 0)->text().trimmed() : QString();
        if (campaign.isEmpty())
            continue;
        if (seen.contains(campaign, Qt::CaseInsensitive))
            return {tr("Campaign %1 is listed twice.").arg(campaign)};
        seen.append(campaign);
    }
    return {};
}
