#include "ParkbarProcess.h"

#include <QDir>
#include <QFile>

ParkbarProcess::ParkbarProcess(const QString &program, QObject *parent)
    : QObject(parent), m_program(program), m_environment(QProcessEnvironment::systemEnvironment())
{
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "PARKBAR_PASSWORD", "QT_LOGGING_RULES"})
        m_environment.remove(QString::fromLatin1(name));
    const QString home = m_home.path();
    for (const char *folder : {"config", "data", "cache", "runtime"})
        QDir(home).mkpath(QString::fromLatin1(folder));
    QFile::setPermissions(home + QStringLiteral("/runtime"), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_environment.insert(QStringLiteral("HOME"), home);
    m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    m_environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    m_environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    m_environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/runtime"));
    m_environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    m_environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    m_environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
}

ParkbarProcess::~ParkbarProcess()
{
    stop();
}

void ParkbarProcess::setUserConfig(const QByteArray &ini)
{
    const QString folder = m_home.path() + QStringLiteral("/config/ParkBar");
    QDir().mkpath(folder);
    QFile file(folder + QStringLiteral("/ParkBar.conf"));
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(ini);
}

void ParkbarProcess::setEnvironmentValue(const QString &name, const QString &value)
{
    m_environment.insert(name, value);
}

bool ParkbarProcess::start(const QStringList &arguments)
{
    m_process.setProcessEnvironment(m_environment);
    m_process.start(m_program, arguments);
    return m_process.waitForStarted(10000);
}

void ParkbarProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}
