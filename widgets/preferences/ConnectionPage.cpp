#include "preferences/ConnectionPage.h"

#include "settings/DeskMode.h"

#include "settings/ConnectionTest.h"
#include "settings/CredentialStore.h"
#include "settings/SettingsConversion.h"
#include "settings/SettingsValidation.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

QLabel *warningLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setVisible(false);
    return label;
}

void showValidation(QLabel *label, const ValidationResult &result)
{
    label->setText(result.message);
    label->setVisible(!result.isOk());
    label->setStyleSheet(result.isError() ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #8a5a00;"));
}

} // namespace

ConnectionPage::ConnectionPage(CredentialStore *credentials, QWidget *parent)
    : SettingsPage(parent), m_credentials(credentials), m_test(new ConnectionTest(this))
{
    auto *outer = new QVBoxLayout(this);

    auto *profileRow = new QHBoxLayout;
    auto *profileLabel = new QLabel(tr("&Profile:"), this);
    m_profiles = new QComboBox(this);
    m_profiles->setObjectName(QStringLiteral("profiles"));
    m_profiles->setAccessibleName(tr("Profile"));
    m_profiles->setToolTip(tr("Each profile is one server and agent; the bar uses the selected one."));
    profileLabel->setBuddy(m_profiles);
    auto *add = new QPushButton(tr("Add..."), this);
    add->setObjectName(QStringLiteral("profile-add"));
    add->setAccessibleName(tr("Add profile"));
    m_rename = new QPushButton(tr("Rename..."), this);
    m_rename->setObjectName(QStringLiteral("profile-rename"));
    m_rename->setAccessibleName(tr("Rename profile"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("profile-remove"));
    m_remove->setAccessibleName(tr("Remove profile"));
    profileRow->addWidget(profileLabel);
    profileRow->addWidget(m_profiles, 1);
    profileRow->addWidget(add);
    profileRow->addWidget(m_rename);
    profileRow->addWidget(m_remove);
    outer->addLayout(profileRow);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    outer->addLayout(form);

    m_url = new QLineEdit(this);
    m_url->setPlaceholderText(QStringLiteral("https://dialer.example.com"));
    m_binder.addRow(form, tr("&Server address:"), Setting::ServerUrl, m_url);
    m_urlWarning = warningLabel(QStringLiteral("server-url-warning"), this);
    form->addRow(QString(), m_urlWarning);

    m_binder.addRow(form, tr("&API user:"), Setting::ApiUser, new QLineEdit(this));

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setAccessibleName(tr("API password"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *passwordLabel = new QLabel(tr("Pass&word:"), this);
    passwordLabel->setBuddy(m_password);
    m_passwordLabel = passwordLabel;
    form->addRow(passwordLabel, m_password);
    m_passwordWarning = warningLabel(QStringLiteral("password-warning"), this);
    form->addRow(QString(), m_passwordWarning);
    m_passwordStorage = new QLabel(this);
    m_passwordStorage->setObjectName(QStringLiteral("password-storage"));
    m_passwordStorage->setWordWrap(true);
    m_passwordStorage->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_passwordStorage);

    auto *agent = new QLineEdit(this);
    agent->setPlaceholderText(tr("The agent's VICIdial login, e.g. 1000"));
    m_binder.addRow(form, tr("A&gent:"), Setting::AgentUser, agent);
    m_source = new QLineEdit(this);
    m_binder.addRow(form, tr("S&ource:"), Setting::Source, m_source);
    m_sourceWarning = warningLabel(QStringLiteral("source-warning"), this);
    form->addRow(QString(), m_sourceWarning);

    auto *method = new QComboBox(this);
    method->addItem(tr("POST (recommended)"), QStringLiteral("POST"));
    method->addItem(tr("GET (puts the password in web-server logs)"), QStringLiteral("GET"));
    m_binder.addRow(form, tr("Request &method:"), Setting::RequestMethod, method);

    auto *timeout = new QSpinBox(this);
    timeout->setRange(settingSpec(Setting::RequestTimeoutMs).minimum, settingSpec(Setting::RequestTimeoutMs).maximum);
    timeout->setSingleStep(500);
    timeout->setSuffix(tr(" ms"));
    m_binder.addRow(form, tr("&Timeout:"), Setting::RequestTimeoutMs, timeout);

    // The setting's own words, or a proxy's address typed in.
    m_proxy = new QComboBox(this);
    m_proxy->setEditable(true);
    m_proxy->setInsertPolicy(QComboBox::NoInsert);
    m_proxy->addItems({QStringLiteral("system"), QStringLiteral("none")});
    m_proxy->lineEdit()->setPlaceholderText(QStringLiteral("http://proxy.example.com:3128"));
    m_binder.addRow(form, tr("Pro&xy:"), Setting::Proxy, m_proxy);
    m_proxyWarning = warningLabel(QStringLiteral("proxy-warning"), this);
    form->addRow(QString(), m_proxyWarning);

    auto *testRow = new QHBoxLayout;
    m_testButton = new QPushButton(tr("&Test connection"), this);
    m_testButton->setObjectName(QStringLiteral("test-connection"));
    m_testButton->setAccessibleName(tr("Test connection"));
    m_testButton->setToolTip(tr("Asks the server for its version and the agent's state once, with the values above, "
                                "without saving them."));
    testRow->addWidget(m_testButton);
    testRow->addStretch(1);
    outer->addLayout(testRow);
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("test-result"));
    m_testResult->setAccessibleName(tr("Connection test result"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    outer->addWidget(m_testResult);
    outer->addStretch(1);

    connect(m_url, &QLineEdit::textChanged, this, &ConnectionPage::updateWarnings);
    connect(m_source, &QLineEdit::textChanged, this, &ConnectionPage::updateWarnings);
    connect(m_proxy, &QComboBox::editTextChanged, this, &ConnectionPage::updateWarnings);
    connect(m_password, &QLineEdit::textEdited, this, &ConnectionPage::rememberPassword);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionPage::testConnection);
    connect(m_test, &ConnectionTest::finished, this, &ConnectionPage::showTestResult);
    connect(m_profiles, &QComboBox::activated, this, [this](int index) {
        const QString id = m_profiles->itemData(index).toString();
        if (id != m_profileId)
            Q_EMIT profileSelected(id);
    });
    connect(add, &QPushButton::clicked, this, [this] {
        askForName(tr("Add profile"), QString(), [this](const QString &name) { Q_EMIT addProfileRequested(name); });
    });
    connect(m_rename, &QPushButton::clicked, this, [this] {
        const QString id = m_profileId;
        askForName(tr("Rename profile"), m_profiles->currentText(),
                   [this, id](const QString &name) { Q_EMIT renameProfileRequested(id, name); });
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { Q_EMIT removeProfileRequested(m_profileId); });
}

ConnectionPage::~ConnectionPage() = default;

QString ConnectionPage::title() const
{
    return tr("Connection");
}

void ConnectionPage::askForName(const QString &title, const QString &current, std::function<void(const QString &)> accepted)
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("profile-name-dialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setLabelText(tr("Profile name:"));
    dialog->setTextValue(current);
    connect(dialog, &QInputDialog::textValueSelected, this, [accepted = std::move(accepted)](const QString &name) {
        if (!name.trimmed().isEmpty())
            accepted(name.trimmed());
    });
    dialog->open();
}

void ConnectionPage::load(const SettingsSnapshot &settings, const QString &profileId)
{
    m_profileId = profileId;
    m_profiles->clear();
    for (const ProfileSettings &profile : settings.profiles)
        m_profiles->addItem(profile.name, profile.id);
    m_profiles->setCurrentIndex(m_profiles->findData(profileId));
    m_remove->setEnabled(settings.profiles.size() > 1);
    m_binder.load(settings, profileId);
    m_password->setText(m_passwords.value(profileId));
    //: Placeholder of the password field: leaving it empty keeps the saved password.
    m_password->setPlaceholderText(tr("Unchanged"));
    m_passwordStorage->setText(m_credentials ? m_credentials->storageDescription() : QString());
    // Gateway mode: the hub holds the API password; this desk offers no field for one.
    const ProfileSettings *profile = settings.profile(profileId);
    const bool holdsPassword = !profile || deskHoldsPassword(deskModeOf(*profile));
    m_password->setVisible(holdsPassword);
    m_passwordLabel->setVisible(holdsPassword);
    if (!holdsPassword) {
        m_passwords.remove(profileId);
        m_password->clear();
        m_passwordStorage->setText(noPasswordHereSentence());
    }
    updateWarnings();
}

void ConnectionPage::store(SettingsSnapshot &settings, const QString &profileId) const
{
    m_binder.store(settings, profileId);
}

QStringList ConnectionPage::problems() const
{
    QStringList found;
    if (!m_url->text().trimmed().isEmpty()) {
        const ValidationResult url = validateBaseUrl(m_url->text());
        if (url.isError())
            found.append(url.message);
    }
    const ValidationResult source = validateSource(m_source->text().trimmed());
    if (source.isError())
        found.append(source.message);
    const ValidationResult proxy = validateProxy(m_proxy->currentText());
    if (proxy.isError())
        found.append(proxy.message);
    return found;
}

void ConnectionPage::clearEnteredPasswords()
{
    m_passwords.clear();
    m_password->clear();
}

void ConnectionPage::rememberPassword()
{
    if (m_password->text().isEmpty())
        m_passwords.remove(m_profileId);
    else
        m_passwords.insert(m_profileId, m_password->text());
    updateWarnings();
}

void ConnectionPage::updateWarnings()
{
    const QString url = m_url->text().trimmed();
    showValidation(m_urlWarning, url.isEmpty() ? ValidationResult::ok() : validateBaseUrl(url));
    showValidation(m_sourceWarning, validateSource(m_source->text().trimmed()));
    showValidation(m_passwordWarning, validatePassword(m_password->text()));
    showValidation(m_proxyWarning, validateProxy(m_proxy->currentText()));
}

void ConnectionPage::testConnection()
{
    if (m_test->isRunning())
        return;
    ProfileSettings profile;
    if (m_editedProfile) {
        profile = m_editedProfile();
    } else {
        SettingsSnapshot single;
        single.profiles.append({m_profileId, QString(), {}});
        m_binder.store(single, m_profileId);
        profile = single.profiles.first();
    }
    const ValidationResult url = validateBaseUrl(profile.value(Setting::ServerUrl).toString());
    if (url.isError()) {
        m_testResult->setText(url.message);
        return;
    }
    if (!m_password->text().isEmpty()) {
        runTest(profile, m_password->text());
        return;
    }
    if (!m_credentials) {
        runTest(profile, QString());
        return;
    }
    m_testButton->setEnabled(false);
    m_testResult->setText(tr("Reading the saved password..."));
    m_credentials->readPassword(credentialKey(profile), this, [this, profile](const PasswordLookup &lookup) {
        m_testButton->setEnabled(true);
        if (!lookup.found()) {
            m_testResult->setText(tr("Enter the password to test the connection."));
            return;
        }
        runTest(profile, lookup.password);
    });
}

void ConnectionPage::runTest(const ProfileSettings &profile, const QString &password)
{
    m_testButton->setEnabled(false);
    m_testResult->setText(tr("Testing..."));
    m_test->start(serverConfigFrom(profile, password), profile.value(Setting::AgentUser).toString());
}

void ConnectionPage::showTestResult(const ConnectionTestResult &result)
{
    m_testButton->setEnabled(true);
    m_testResult->setText(result.summary.join(QLatin1Char('\n')));
}
