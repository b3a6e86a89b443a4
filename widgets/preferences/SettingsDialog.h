#pragma once

#include "audit/AuditLog.h"
#include "settings/CredentialStore.h"
#include "settings/SettingsSnapshot.h"

#include <QDialog>
#include <QList>

class AuditPage;
class CampaignsPage;
class ConnectionPage;
class KeyboardPage;
class QLabel;
class QListWidget;
class QStackedWidget;
class HubPage;
class SecurityPage;
class SettingsPage;
class SettingsStore;

// The settings dialog: a list of pages beside the page. It edits a copy of
// the settings; Apply and OK write it (and any password typed, to the
// keychain), Cancel drops it. Locked keys show read-only with "Set by your
// administrator".
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    enum class Page : quint8 { Connection, Behaviour, Keyboard, Appearance, Supervisor, Campaigns, Security, Audit, Hub };

    SettingsDialog(SettingsStore *settings, CredentialStore *credentials, QWidget *parent = nullptr,
                   const QString &auditLogPath = AuditLog::defaultPath());
    ~SettingsDialog() override;

    void showPage(Page page);
    SettingsPage *page(Page page) const;
    // The global-hotkeys module's section, shown on the Keyboard page in
    // place of the built-in hotkey editors. The dialog takes ownership.
    void setGlobalHotkeysSection(SettingsPage *section);

    // Drops every edit and shows the saved settings (done on every show).
    void reload();
    // Writes the edits; false, with the reasons shown, when a page objects.
    bool applyChanges();

    const SettingsSnapshot &draft() const { return m_draft; }
    // The connection's certificate warning, for the Security page; empty: none.
    void setCertificateWarning(const QString &warning);

    void accept() override;

Q_SIGNALS:
    // The settings were written; rebuild what depends on them.
    void applied();
    // A typed password was stored: in the keychain, or in memory only (see result.message).
    void passwordSaved(const QString &profileId, const PasswordWriteResult &result);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void addPage(SettingsPage *page, const QString &objectName);
    void loadPages();
    void storePages();
    ProfileSettings editedProfile();
    void selectProfile(const QString &profileId);
    void addProfile(const QString &name);
    void renameProfile(const QString &profileId, const QString &name);
    void removeProfile(const QString &profileId);

    SettingsStore *m_settings;
    CredentialStore *m_credentials;
    SettingsSnapshot m_draft;
    QString m_profileId;
    QList<SettingsPage *> m_pages;
    QListWidget *m_list;
    QStackedWidget *m_stack;
    QLabel *m_problems;
    ConnectionPage *m_connection;
    KeyboardPage *m_keyboard;
    SecurityPage *m_security;
    HubPage *m_hub;
};
