#include "preferences/AppearancePage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

AppearancePage::AppearancePage(QWidget *parent) : SettingsPage(parent)
{
    auto *outer = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    outer->addLayout(form);

    auto *orientation = new QComboBox(this);
    orientation->addItem(tr("Horizontal: a row of buttons"), QStringLiteral("horizontal"));
    orientation->addItem(tr("Vertical: a column of buttons"), QStringLiteral("vertical"));
    m_binder.addRow(form, tr("&Orientation:"), Setting::Orientation, orientation);
    m_binder.addRow(form, tr("&Compact:"), Setting::CompactMode, new QCheckBox(tr("Icons only, smaller buttons"), this));
    m_binder.addRow(form, tr("&Window:"), Setting::AlwaysOnTop, new QCheckBox(tr("Always on top of other windows"), this));

    auto *language = new QComboBox(this);
    language->addItem(tr("System default"), QStringLiteral("system"));
    language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    language->addItem(QStringLiteral("Português (Brasil)"), QStringLiteral("pt_BR"));
    language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_binder.addRow(form, tr("&Language:"), Setting::Language, language);
    auto *restart = new QLabel(tr("A new language takes effect when ParkBar starts again."), this);
    restart->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), restart);
    outer->addStretch(1);
}

QString AppearancePage::title() const
{
    return tr("Appearance");
}

void AppearancePage::load(const SettingsSnapshot &settings, const QString &profileId)
{
    m_binder.load(settings, profileId);
}

void AppearancePage::store(SettingsSnapshot &settings, const QString &profileId) const
{
    m_binder.store(settings, profileId);
}
