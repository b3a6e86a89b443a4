#pragma once

#include "preferences/SettingBinder.h"
#include "preferences/SettingsPage.h"

#include <functional>

class CertificateFetcher;
class QLabel;
class QLineEdit;
class QPushButton;
struct FetchedCertificate;

// TLS for the profile: an extra CA file, a pin (the certificate's
// fingerprint or its public key's, see TlsPins), and "Fetch certificate",
// which shows what the server presents (both pins, its dates, a warning when
// it expires soon) for a person to accept into the pin. Nothing is pinned
// without that click. Also shows the connection's own certificate warning.
class SecurityPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecurityPage)

public:
    explicit SecurityPage(QWidget *parent = nullptr);

    QString title() const override;
    void load(const SettingsSnapshot &settings, const QString &profileId) override;
    void store(SettingsSnapshot &settings, const QString &profileId) const override;
    QStringList problems() const override;
    // What the wire says about the certificate it uses now; empty hides it.
    void setConnectionWarning(const QString &warning);

    void setEditedProfileSource(std::function<ProfileSettings()> source) { m_editedProfile = std::move(source); }

private:
    void fetch();
    void showCertificate(const FetchedCertificate &certificate);
    void updatePinWarning();

    SettingBinder m_binder;
    std::function<ProfileSettings()> m_editedProfile;
    CertificateFetcher *m_fetcher;
    QLineEdit *m_caFile;
    QPushButton *m_browse;
    QLineEdit *m_pin;
    QLabel *m_pinWarning;
    QPushButton *m_fetch;
    QLabel *m_certificate;
    QPushButton *m_usePin;
    QPushButton *m_useKeyPin;
    QLabel *m_connectionWarning;
    QString m_fetchedFingerprint;
    QString m_fetchedKeyPin;
};
