#include "preferences/SettingsDialog.h"

#include "settings/DeskMode.h"

#include "preferences/AppearancePage.h"
#include "preferences/AuditPage.h"
#include "preferences/BehaviourPage.h"
#include "preferences/CampaignsPage.h"
#include "preferences/ConnectionPage.h"
#include "preferences/HubPage.h"
#include "preferences/KeyboardPage.h"
#include "preferences/SecurityPage.h"
#include "settings/SettingsConversion.h"
#include "settings/SettingsStore.h"
#include "preferences/SupervisorPage.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShowEvent>
#include <QStackedWidget>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(SettingsStore *settings, CredentialStore *credentials, QWidget *parent, const QString &auditLogPath)
    : QDialog(parent), m_settings(settings), m_credentials(credentials)
{
    setObjectName(QStringLiteral("settings-dialog"));
    setWindowTitle(tr("ParkBar settings"));
    auto *outer = new QVBoxLayout(this);
    auto *body = new QHBoxLayout;
    outer->addLayout(body, 1);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("settings-pages"));
    m_list->setAccessibleName(tr("Settings pages"));
    m_list->setFixedWidth(150);
    m_list->setSpacing(3);
    body->addWidget(m_list);
    m_stack = new QStackedWidget(this);
    body->addWidget(m_stack, 1);

    m_connection = new ConnectionPage(credentials, this);
    addPage(m_connection, QStringLiteral("page-connection"));
    addPage(new BehaviourPage(this), QStringLiteral("page-behaviour"));
    m_keyboard = new KeyboardPage(this);
    addPage(m_keyboard, QStringLiteral("page-keyboard"));
    addPage(new AppearancePage(this), QStringLiteral("page-appearance"));
    addPage(new SupervisorPage(this), QStringLiteral("page-supervisor"));
    addPage(new CampaignsPage(this), QStringLiteral("page-campaigns"));
    m_security = new SecurityPage(this);
    addPage(m_security, QStringLiteral("page-security"));
    addPage(new AuditPage(auditLogPath, this), QStringLiteral("page-audit"));
    m_hub = new HubPage(this);
    addPage(m_hub, QStringLiteral("page-hub"));

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("settings-problems"));
    m_problems->setAccessibleName(tr("Problems to fix"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problems->setVisible(false);
    outer->addWidget(m_problems);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    buttons->setObjectName(QStringLiteral("settings-buttons"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("settings-ok"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("settings-cancel"));
    buttons->button(QDialogButtonBox::Apply)->setObjectName(QStringLiteral("settings-apply"));
    outer->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::applyChanges);
    connect(m_connection, &ConnectionPage::profileSelected, this, &SettingsDialog::selectProfile);
    connect(m_connection, &ConnectionPage::addProfileRequested, this, &SettingsDialog::addProfile);
    connect(m_connection, &ConnectionPage::renameProfileRequested, this, &SettingsDialog::renameProfile);
    connect(m_connection, &ConnectionPage::removeProfileRequested, this, &SettingsDialog::removeProfile);
    m_connection->setEditedProfileSource([this] { return editedProfile(); });
    m_security->setEditedProfileSource([this] { return editedProfile(); });

    m_list->setCurrentRow(0);
    resize(860, 600);
    reload();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::addPage(SettingsPage *page, const QString &objectName)
{
    page->setObjectName(objectName);
    page->setAccessibleName(page->title());
    m_pages.append(page);
    m_stack->addWidget(page);
    m_list->addItem(page->title());
}

void SettingsDialog::setCertificateWarning(const QString &warning)
{
    m_security->setConnectionWarning(warning);
}

SettingsPage *SettingsDialog::page(Page which) const
{
    return m_pages.value(static_cast<int>(which));
}

void SettingsDialog::showPage(Page which)
{
    m_list->setCurrentRow(static_cast<int>(which));
}

void SettingsDialog::setGlobalHotkeysSection(SettingsPage *section)
{
    m_keyboard->setGlobalHotkeysSection(section);
    section->load(m_draft, m_profileId);
}

void SettingsDialog::showEvent(QShowEvent *event)
{
    if (!event->spontaneous())
        reload();
    QDialog::showEvent(event);
}

void SettingsDialog::reload()
{
    m_draft = m_settings->snapshot();
    m_profileId = m_draft.activeProfileId;
    m_connection->clearEnteredPasswords();
    m_problems->setVisible(false);
    loadPages();
}

void SettingsDialog::loadPages()
{
    for (SettingsPage *page : std::as_const(m_pages))
        page->load(m_draft, m_profileId);
}

void SettingsDialog::storePages()
{
    for (SettingsPage *page : std::as_const(m_pages))
        page->store(m_draft, m_profileId);
}

ProfileSettings SettingsDialog::editedProfile()
{
    storePages();
    const ProfileSettings *profile = m_draft.profile(m_profileId);
    return profile ? *profile : ProfileSettings();
}

void SettingsDialog::selectProfile(const QString &profileId)
{
    if (!m_draft.profile(profileId))
        return;
    storePages();
    m_profileId = profileId;
    m_draft.activeProfileId = profileId;
    loadPages();
}

void SettingsDialog::addProfile(const QString &name)
{
    storePages();
    const ProfileSettings added = m_settings->presetProfile(name);
    m_draft.profiles.append(added);
    m_profileId = added.id;
    m_draft.activeProfileId = added.id;
    loadPages();
}

void SettingsDialog::renameProfile(const QString &profileId, const QString &name)
{
    storePages();
    if (ProfileSettings *profile = m_draft.profile(profileId))
        profile->name = name;
    loadPages();
}

void SettingsDialog::removeProfile(const QString &profileId)
{
    if (m_draft.profiles.size() <= 1)
        return;
    storePages();
    m_draft.profiles.removeIf([&profileId](const ProfileSettings &profile) { return profile.id == profileId; });
    if (m_profileId == profileId) {
        m_profileId = m_draft.profiles.first().id;
        m_draft.activeProfileId = m_profileId;
    }
    loadPages();
}

bool SettingsDialog::applyChanges()
{
    storePages();
    QStringList problems;
    int firstPage = -1;
    for (int i = 0; i < m_pages.size(); ++i) {
        const QStringList found = m_pages.at(i)->problems();
        if (!found.isEmpty() && firstPage < 0)
            firstPage = i;
        problems += found;
    }
    if (!problems.isEmpty()) {
        m_problems->setText(tr("Not saved yet:") + QLatin1Char('\n') + problems.join(QLatin1Char('\n')));
        m_problems->setVisible(true);
        m_list->setCurrentRow(firstPage);
        return false;
    }
    const bool saved = m_settings->apply(m_draft);
    const QHash<QString, QString> passwords = m_connection->enteredPasswords();
    for (auto it = passwords.cbegin(); it != passwords.cend(); ++it) {
        const ProfileSettings *profile = m_draft.profile(it.key());
        // A gateway desk keeps no VICIdial password, whatever was typed before the mode changed.
        if (!profile || !m_credentials || !deskHoldsPassword(deskModeOf(*profile)))
            continue;
        const QString profileId = it.key();
        m_credentials->writePassword(credentialKey(*profile), it.value(), this,
                                     [this, profileId](const PasswordWriteResult &result) { Q_EMIT passwordSaved(profileId, result); });
    }
    const QHash<QString, QString> tokens = m_hub->enteredTokens();
    for (auto it = tokens.cbegin(); it != tokens.cend(); ++it) {
        const ProfileSettings *profile = m_draft.profile(it.key());
        if (profile && m_credentials)
            m_credentials->writePassword(hubTokenKey(hubClientOptionsFrom(*profile).url), it.value(), this);
    }
    m_hub->clearEnteredTokens();
    if (!saved) {
        m_problems->setText(m_settings->lastError());
        m_problems->setVisible(true);
    }
    reload();
    m_problems->setVisible(!saved);
    Q_EMIT applied();
    return saved;
}

void SettingsDialog::accept()
{
    if (applyChanges())
        QDialog::accept();
}
