#pragma once

#include "preferences/SettingBinder.h"
#include "preferences/SettingsPage.h"

#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;

// The parkbar-hub a profile follows instead of polling: its address, the
// desk's token (kept in the keychain, never in a file written here), and how
// the hub's certificate is trusted, and whether it is a feed or a gateway
// (the note under the mode says which, and where the API password is).
class HubPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HubPage)

public:
    explicit HubPage(QWidget *parent = nullptr);

    QString title() const override;
    void load(const SettingsSnapshot &settings, const QString &profileId) override;
    void store(SettingsSnapshot &settings, const QString &profileId) const override;

    // Tokens typed in this dialog, by profile id; the dialog saves them to the keychain.
    const QHash<QString, QString> &enteredTokens() const { return m_tokens; }
    void clearEnteredTokens();

private:
    void rememberToken();
    void updateModeNote();

    SettingBinder m_binder;
    QString m_profileId;
    QHash<QString, QString> m_tokens;
    QLineEdit *m_token = nullptr;
    QLabel *m_tokenNote = nullptr;
    QLineEdit *m_url = nullptr;
    QComboBox *m_mode = nullptr;
    QLabel *m_modeNote = nullptr;
};
