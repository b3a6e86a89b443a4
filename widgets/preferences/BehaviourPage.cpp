#include "preferences/BehaviourPage.h"

#include "settings/SettingsValidation.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
QSpinBox *spinFor(Setting key, const QString &suffix, int step, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(settingSpec(key).minimum, settingSpec(key).maximum);
    spin->setSingleStep(step);
    spin->setSuffix(suffix);
    return spin;
}
} // namespace

BehaviourPage::BehaviourPage(QWidget *parent) : SettingsPage(parent)
{
    auto *outer = new QVBoxLayout(this);

    auto *polling = new QGroupBox(tr("Reading the agent's state"), this);
    auto *pollForm = new QFormLayout(polling);
    const QString ms = tr(" ms");
    m_binder.addRow(pollForm, tr("While a command awaits &confirmation:"), Setting::PollConfirmingMs, spinFor(Setting::PollConfirmingMs, ms, 50, polling));
    m_binder.addRow(pollForm, tr("Agent &logged in:"), Setting::PollLoggedInMs, spinFor(Setting::PollLoggedInMs, ms, 250, polling));
    m_binder.addRow(pollForm, tr("Agent logged &out:"), Setting::PollLoggedOutMs, spinFor(Setting::PollLoggedOutMs, ms, 1000, polling));
    m_binder.addRow(pollForm, tr("Longest &back-off:"), Setting::PollMaxBackoffMs, spinFor(Setting::PollMaxBackoffMs, ms, 1000, polling));
    auto *load = new QLabel(tr("Every poll adds work on the shared server; the agent's own screen already polls once a second."), polling);
    load->setWordWrap(true);
    load->setForegroundRole(QPalette::PlaceholderText);
    pollForm->addRow(load);
    outer->addWidget(polling);

    auto *commands = new QGroupBox(tr("Commands and parked callers"), this);
    auto *commandForm = new QFormLayout(commands);
    m_binder.addRow(commandForm, tr("Con&firmation timeout:"), Setting::ConfirmTimeoutMs, spinFor(Setting::ConfirmTimeoutMs, ms, 500, commands));
    const QString seconds = tr(" s");
    m_warn = spinFor(Setting::ParkWarnSeconds, seconds, 15, commands);
    m_binder.addRow(commandForm, tr("&Warn when parked for:"), Setting::ParkWarnSeconds, m_warn);
    m_critical = spinFor(Setting::ParkCriticalSeconds, seconds, 60, commands);
    m_binder.addRow(commandForm, tr("C&ritical when parked for:"), Setting::ParkCriticalSeconds, m_critical);
    m_limitsWarning = new QLabel(commands);
    m_limitsWarning->setObjectName(QStringLiteral("park-limits-warning"));
    m_limitsWarning->setWordWrap(true);
    m_limitsWarning->setVisible(false);
    commandForm->addRow(QString(), m_limitsWarning);
    auto *confirm = new QCheckBox(tr("Ask before Hangup Xfer + Grab, which ends the third party's call"), commands);
    m_binder.addRow(commandForm, tr("Hang&up:"), Setting::ConfirmHangup, confirm);
    outer->addWidget(commands);
    outer->addStretch(1);

    auto update = [this] {
        const ValidationResult result = validateParkLimits(m_warn->value(), m_critical->value());
        m_limitsWarning->setText(result.message);
        m_limitsWarning->setVisible(!result.isOk());
        m_limitsWarning->setStyleSheet(result.isError() ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #8a5a00;"));
    };
    connect(m_warn, &QSpinBox::valueChanged, this, update);
    connect(m_critical, &QSpinBox::valueChanged, this, update);
}

QString BehaviourPage::title() const
{
    return tr("Behaviour");
}

void BehaviourPage::load(const SettingsSnapshot &settings, const QString &profileId)
{
    m_binder.load(settings, profileId);
}

void BehaviourPage::store(SettingsSnapshot &settings, const QString &profileId) const
{
    m_binder.store(settings, profileId);
}

QStringList BehaviourPage::problems() const
{
    const ValidationResult result = validateParkLimits(m_warn->value(), m_critical->value());
    return result.isError() ? QStringList{result.message} : QStringList();
}
