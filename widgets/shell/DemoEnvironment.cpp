#include "shell/DemoEnvironment.h"

#include "demo/VicidialSimulator.h"

#include <QDir>
#include <QVariantMap>

DemoEnvironment::DemoEnvironment(Clock *clock, QObject *parent) : QObject(parent), m_simulator(new VicidialSimulator(clock, this))
{
    m_simulator->setScenario(SimScenario::Demo);
}

DemoEnvironment::~DemoEnvironment() = default;

bool DemoEnvironment::start()
{
    if (!m_folder.isValid()) {
        m_error = tr("Cannot create a temporary folder for the demo: %1").arg(m_folder.errorString());
        return false;
    }
    if (!m_simulator->listen(0, QHostAddress::LocalHost)) {
        m_error = tr("The built-in VICIdial simulator could not listen on 127.0.0.1.");
        return false;
    }
    return true;
}

QUrl DemoEnvironment::baseUrl() const
{
    return m_simulator->baseUrl();
}

SettingsPaths DemoEnvironment::settingsPaths() const
{
    return {m_folder.filePath(QStringLiteral("ParkBar.conf")), m_folder.filePath(QStringLiteral("system.conf"))};
}

QString DemoEnvironment::auditLogPath() const
{
    return m_folder.filePath(QStringLiteral("audit.jsonl"));
}

void DemoEnvironment::seed(SettingsStore &settings) const
{
    const QString profile = settings.activeProfileId();
    settings.renameProfile(profile, tr("Demo"));
    settings.setProfileValue(profile, Setting::ServerUrl, baseUrl().toString());
    settings.setProfileValue(profile, Setting::ApiUser, QStringLiteral("6666"));
    settings.setProfileValue(profile, Setting::AgentUser, QStringLiteral("1000"));
    QVariantMap modes;
    modes.insert(QStringLiteral("TESTCAMP"), QStringLiteral("ENABLED"));
    modes.insert(QStringLiteral("NOIVR"), QStringLiteral("DISABLED"));
    modes.insert(QStringLiteral("SALES"), QStringLiteral("ENABLED_PARK_ONLY"));
    settings.setValue(Setting::ParkIvrModes, modes);
    settings.save();
}
