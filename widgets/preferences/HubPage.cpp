#include "preferences/HubPage.h"

#include "settings/DeskMode.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

HubPage::HubPage(QWidget *parent) : SettingsPage(parent)
{
    auto *outer = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("On a large floor, a parkbar-hub reads the whole floor once and pushes every change to the "
                                "bars, so the bar does not poll the server itself. In feed mode, while the hub cannot be reached "
                                "the bar polls directly, and returns to the hub when it is back; in gateway mode the hub "
                                "also sends the commands and holds the API password, and this desk holds none. Leave the "
                                "address empty to poll directly. A second address is used while the first does not answer."),
                             this);
    intro->setWordWrap(true);
    outer->addWidget(intro);
    auto *form = new QFormLayout;
    outer->addLayout(form);

    auto *url = new QLineEdit(this);
    url->setPlaceholderText(tr("e.g. wss://hub.example.com:8765, wss://hub2.example.com:8765"));
    m_binder.addRow(form, tr("Hub &address:"), Setting::HubUrl, url);

    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("hubMode"));
    m_mode->addItem(tr("Feed: the hub pushes the floor, this desk keeps the API password"), QStringLiteral("feed"));
    m_mode->addItem(tr("Gateway: the hub holds the API password and sends the commands"), QStringLiteral("gateway"));
    m_binder.addRow(form, tr("&Mode:"), Setting::HubMode, m_mode);
    m_modeNote = new QLabel(this);
    m_modeNote->setObjectName(QStringLiteral("hubModeNote"));
    m_modeNote->setWordWrap(true);
    form->addRow(QString(), m_modeNote);
    connect(url, &QLineEdit::textChanged, this, &HubPage::updateModeNote);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &HubPage::updateModeNote);
    m_url = url;

    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("hubToken"));
    m_token->setAccessibleName(tr("Hub token"));
    m_token->setEchoMode(QLineEdit::Password);
    auto *tokenLabel = new QLabel(tr("&Token:"), this);
    tokenLabel->setBuddy(m_token);
    form->addRow(tokenLabel, m_token);
    m_tokenNote = new QLabel(this);
    m_tokenNote->setObjectName(QStringLiteral("hubTokenNote"));
    m_tokenNote->setWordWrap(true);
    m_tokenNote->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_tokenNote);
    connect(m_token, &QLineEdit::textEdited, this, &HubPage::rememberToken);

    auto *caFile = new QLineEdit(this);
    m_binder.addRow(form, tr("Extra &CA file:"), Setting::HubCaFile, caFile);
    auto *pin = new QLineEdit(this);
    pin->setPlaceholderText(tr("AB:CD:... (the hub certificate's SHA-256)"));
    m_binder.addRow(form, tr("&Pinned SHA-256:"), Setting::HubPinnedSha256, pin);
    outer->addStretch(1);
}

QString HubPage::title() const
{
    return tr("Hub");
}

void HubPage::load(const SettingsSnapshot &settings, const QString &profileId)
{
    m_profileId = profileId;
    m_binder.load(settings, profileId);
    const ProfileSettings *profile = settings.profile(profileId);
    const bool deployed = profile && !profile->value(Setting::HubToken).toString().isEmpty();
    // The administrator's token wins; typing one here would change nothing.
    m_token->setEnabled(!deployed);
    m_token->setText(m_tokens.value(profileId));
    //: Placeholder of the hub token field: leaving it empty keeps the saved token.
    m_token->setPlaceholderText(deployed ? QString() : tr("Unchanged"));
    m_tokenNote->setText(deployed ? tr("Set by your administrator.")
                                  : tr("Kept in the system's keychain, never in a settings file."));
    updateModeNote();
}

void HubPage::updateModeNote()
{
    // What the dialog shows now, before it is saved: the same rule as a saved profile.
    ProfileSettings edited;
    edited.values.insert(Setting::HubUrl, m_url->text().split(QLatin1Char(','), Qt::SkipEmptyParts));
    edited.values.insert(Setting::HubMode, m_mode->currentData());
    m_modeNote->setText(deskModeSentence(deskModeOf(edited)));
}

void HubPage::store(SettingsSnapshot &settings, const QString &profileId) const
{
    m_binder.store(settings, profileId);
}

void HubPage::clearEnteredTokens()
{
    m_tokens.clear();
    m_token->clear();
}

void HubPage::rememberToken()
{
    if (m_token->text().isEmpty())
        m_tokens.remove(m_profileId);
    else
        m_tokens.insert(m_profileId, m_token->text());
}
