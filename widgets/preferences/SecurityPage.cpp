#include "preferences/SecurityPage.h"

#include "settings/CertificateFetcher.h"
#include "settings/SettingsConversion.h"
#include "settings/SettingsValidation.h"
#include "vicidial/TlsPins.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

SecurityPage::SecurityPage(QWidget *parent) : SettingsPage(parent), m_fetcher(new CertificateFetcher(this))
{
    auto *outer = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Many VICIdial servers use a self-signed certificate. ParkBar never turns certificate "
                                "checks off: trust the server's own CA, or pin its certificate."),
                             this);
    intro->setWordWrap(true);
    outer->addWidget(intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    outer->addLayout(form);

    auto *caRow = new QWidget(this);
    auto *caLayout = new QHBoxLayout(caRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    m_caFile = new QLineEdit(caRow);
    m_caFile->setPlaceholderText(tr("None: only the system's trusted CAs"));
    m_browse = new QPushButton(tr("Browse..."), caRow);
    m_browse->setObjectName(QStringLiteral("ca-file-browse"));
    m_browse->setAccessibleName(tr("Choose CA file"));
    caLayout->addWidget(m_caFile, 1);
    caLayout->addWidget(m_browse);
    auto *caLabel = new QLabel(tr("Extra &CA file:"), this);
    caLabel->setBuddy(m_caFile);
    auto *caCell = new QWidget(this);
    auto *caCellLayout = new QVBoxLayout(caCell);
    caCellLayout->setContentsMargins(0, 0, 0, 0);
    caCellLayout->addWidget(caRow);
    QLabel *caNote = SettingBinder::makeNote(caCell);
    caCellLayout->addWidget(caNote);
    form->addRow(caLabel, caCell);
    m_binder.bind(Setting::TlsCaFile, m_caFile, caNote, tr("Extra CA file"));

    m_pin = new QLineEdit(this);
    m_pin->setPlaceholderText(tr("None: a fingerprint AB:CD:... or a public key sha256//..."));
    m_binder.addRow(form, tr("&Pinned certificate:"), Setting::TlsPinnedSha256, m_pin);
    m_pinWarning = new QLabel(this);
    m_pinWarning->setObjectName(QStringLiteral("pin-warning"));
    m_pinWarning->setWordWrap(true);
    m_pinWarning->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_pinWarning->setVisible(false);
    form->addRow(QString(), m_pinWarning);

    auto *fetchBox = new QGroupBox(tr("The server's certificate"), this);
    auto *fetchLayout = new QVBoxLayout(fetchBox);
    m_fetch = new QPushButton(tr("&Fetch certificate"), fetchBox);
    m_fetch->setObjectName(QStringLiteral("fetch-certificate"));
    m_fetch->setAccessibleName(tr("Fetch certificate"));
    m_fetch->setToolTip(tr("Connects to the server, reads the certificate it presents and hangs up without sending anything."));
    auto *fetchRow = new QHBoxLayout;
    fetchRow->addWidget(m_fetch);
    fetchRow->addStretch(1);
    fetchLayout->addLayout(fetchRow);
    m_certificate = new QLabel(fetchBox);
    m_certificate->setObjectName(QStringLiteral("certificate-details"));
    m_certificate->setAccessibleName(tr("Certificate details"));
    m_certificate->setWordWrap(true);
    m_certificate->setTextFormat(Qt::PlainText);
    m_certificate->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fetchLayout->addWidget(m_certificate);
    m_useKeyPin = new QPushButton(tr("Pin its public &key"), fetchBox);
    m_useKeyPin->setObjectName(QStringLiteral("use-public-key"));
    m_useKeyPin->setAccessibleName(tr("Pin its public key"));
    m_useKeyPin->setToolTip(tr("Still valid when the server's certificate is renewed with the same key."));
    m_useKeyPin->setVisible(false);
    m_usePin = new QPushButton(tr("&Pin this certificate"), fetchBox);
    m_usePin->setObjectName(QStringLiteral("use-fingerprint"));
    m_usePin->setAccessibleName(tr("Pin this certificate"));
    m_usePin->setToolTip(tr("Valid for exactly this certificate, until it is renewed."));
    m_usePin->setVisible(false);
    auto *useRow = new QHBoxLayout;
    useRow->addWidget(m_useKeyPin);
    useRow->addWidget(m_usePin);
    useRow->addStretch(1);
    fetchLayout->addLayout(useRow);
    auto *advice = new QLabel(tr("Compare the fingerprint with the one your server administrator gives you before you pin it."), fetchBox);
    advice->setWordWrap(true);
    advice->setForegroundRole(QPalette::PlaceholderText);
    fetchLayout->addWidget(advice);
    outer->addWidget(fetchBox);
    m_connectionWarning = new QLabel(this);
    m_connectionWarning->setObjectName(QStringLiteral("connection-certificate-warning"));
    m_connectionWarning->setAccessibleName(tr("Certificate warning"));
    m_connectionWarning->setWordWrap(true);
    m_connectionWarning->setTextFormat(Qt::PlainText);
    m_connectionWarning->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_connectionWarning->setVisible(false);
    outer->addWidget(m_connectionWarning);
    outer->addStretch(1);

    connect(m_pin, &QLineEdit::textChanged, this, &SecurityPage::updatePinWarning);
    connect(m_fetch, &QPushButton::clicked, this, &SecurityPage::fetch);
    connect(m_fetcher, &CertificateFetcher::finished, this, &SecurityPage::showCertificate);
    connect(m_usePin, &QPushButton::clicked, this, [this] {
        if (!m_pin->isReadOnly())
            m_pin->setText(m_fetchedFingerprint);
    });
    connect(m_useKeyPin, &QPushButton::clicked, this, [this] {
        if (!m_pin->isReadOnly())
            m_pin->setText(m_fetchedKeyPin);
    });
    connect(m_browse, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Choose a CA file"), QString(), tr("PEM certificates (*.pem *.crt);;All files (*)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) { m_caFile->setText(file); });
        dialog->open();
    });
}

QString SecurityPage::title() const
{
    return tr("Security");
}

void SecurityPage::load(const SettingsSnapshot &settings, const QString &profileId)
{
    m_binder.load(settings, profileId);
    const bool caLocked = settings.isLocked(Setting::TlsCaFile);
    m_browse->setEnabled(!caLocked);
    m_usePin->setEnabled(!settings.isLocked(Setting::TlsPinnedSha256));
    m_useKeyPin->setEnabled(!settings.isLocked(Setting::TlsPinnedSha256));
    m_certificate->clear();
    m_usePin->setVisible(false);
    m_useKeyPin->setVisible(false);
    updatePinWarning();
}

void SecurityPage::store(SettingsSnapshot &settings, const QString &profileId) const
{
    m_binder.store(settings, profileId);
}

QStringList SecurityPage::problems() const
{
    const ValidationResult result = validateFingerprint(m_pin->text());
    return result.isError() ? QStringList{result.message} : QStringList();
}

void SecurityPage::setConnectionWarning(const QString &warning)
{
    m_connectionWarning->setText(warning);
    m_connectionWarning->setVisible(!warning.isEmpty());
}

void SecurityPage::updatePinWarning()
{
    const ValidationResult result = validateFingerprint(m_pin->text());
    m_pinWarning->setText(result.message);
    m_pinWarning->setVisible(result.isError());
}

void SecurityPage::fetch()
{
    const ProfileSettings profile = m_editedProfile ? m_editedProfile() : ProfileSettings();
    const ServerConfig server = serverConfigFrom(profile, QString());
    const QUrl &url = server.baseUrl;
    m_fetch->setEnabled(false);
    m_usePin->setVisible(false);
    m_useKeyPin->setVisible(false);
    m_certificate->setText(tr("Connecting to %1...").arg(url.host()));
    m_fetcher->fetch(url, m_caFile->text().trimmed(), 10000, server.proxy);
}

void SecurityPage::showCertificate(const FetchedCertificate &certificate)
{
    m_fetch->setEnabled(true);
    if (!certificate.ok) {
        m_certificate->setText(certificate.error);
        return;
    }
    const QLocale locale;
    m_fetchedFingerprint = ServerConfig::formatFingerprint(certificate.sha256);
    m_fetchedKeyPin = TlsPins::publicKeyPin(certificate.publicKeySha256);
    QStringList lines{
        tr("Server: %1:%2").arg(certificate.host).arg(certificate.port),
        tr("Certificate SHA-256: %1").arg(m_fetchedFingerprint),
        tr("Public key: %1").arg(m_fetchedKeyPin),
        tr("Subject: %1").arg(certificate.subject),
        tr("Issuer: %1").arg(certificate.issuer),
        tr("Valid from %1 to %2").arg(locale.toString(certificate.notBefore, QLocale::ShortFormat),
                                      locale.toString(certificate.notAfter, QLocale::ShortFormat)),
        certificate.trusted ? tr("This computer already trusts it.")
                            : tr("Not trusted by this computer: %1").arg(certificate.tlsErrors.join(QStringLiteral("; "))),
    };
    if (!certificate.expiryWarning.isEmpty())
        lines.append(certificate.expiryWarning);
    m_certificate->setText(lines.join(QLatin1Char('\n')));
    m_usePin->setVisible(true);
    m_useKeyPin->setVisible(true);
}
