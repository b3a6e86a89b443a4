#pragma once

#include "preferences/SettingBinder.h"
#include "preferences/SettingsPage.h"

#include <QHash>

#include <functional>

class ConnectionTest;
class CredentialStore;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
struct ConnectionTestResult;

// Profiles, server, API user and password, agent, source, method, timeout,
// proxy, and "Test connection".
class ConnectionPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionPage)

public:
    ConnectionPage(CredentialStore *credentials, QWidget *parent = nullptr);
    ~ConnectionPage() override;

    QString title() const override;
    void load(const SettingsSnapshot &settings, const QString &profileId) override;
    void store(SettingsSnapshot &settings, const QString &profileId) const override;
    QStringList problems() const override;

    // The password typed for a profile in this dialog; empty: unchanged.
    QString enteredPassword(const QString &profileId) const { return m_passwords.value(profileId); }
    const QHash<QString, QString> &enteredPasswords() const { return m_passwords; }
    void clearEnteredPasswords();

    // The dialog supplies the profile as edited on every page (TLS included).
    void setEditedProfileSource(std::function<ProfileSettings()> source) { m_editedProfile = std::move(source); }

Q_SIGNALS:
    void profileSelected(const QString &profileId);
    void addProfileRequested(const QString &name);
    void renameProfileRequested(const QString &profileId, const QString &name);
    void removeProfileRequested(const QString &profileId);

private:
    void updateWarnings();
    void rememberPassword();
    void testConnection();
    void runTest(const ProfileSettings &profile, const QString &password);
    void showTestResult(const ConnectionTestResult &result);
    void askForName(const QString &title, const QString &current, std::function<void(const QString &)> accepted);

    CredentialStore *m_credentials;
    SettingBinder m_binder;
    QString m_profileId;
    QHash<QString, QString> m_passwords;
    std::function<ProfileSettings()> m_editedProfile;
    ConnectionTest *m_test;

    QComboBox *m_profiles;
    QPushButton *m_rename;
    QPushButton *m_remove;
    QLineEdit *m_url;
    QLabel *m_urlWarning;
    QLineEdit *m_password;
    QLabel *m_passwordLabel;
    QLabel *m_passwordWarning;
    QLabel *m_passwordStorage;
    QLineEdit *m_source;
    QLabel *m_sourceWarning;
    QComboBox *m_proxy;
    QLabel *m_proxyWarning;
    QPushButton *m_testButton;
    QLabel *m_testResult;
};
