#pragma once

#include <QObject>
#include <QProcess>
#include <QTemporaryDir>

// A parkbar (or parkbar-sim) process with a throw-away home, settings and
// runtime folder, on the offscreen platform, away from the person's desktop,
// keychain and D-Bus session.
class ParkbarProcess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParkbarProcess)

public:
    explicit ParkbarProcess(const QString &program, QObject *parent = nullptr);
    ~ParkbarProcess() override;

    // Written to $XDG_CONFIG_HOME/ParkBar/ParkBar.conf before the start.
    void setUserConfig(const QByteArray &ini);
    void setEnvironmentValue(const QString &name, const QString &value);

    // Waits until the process runs; false when it could not be started.
    bool start(const QStringList &arguments);
    qint64 pid() const { return m_process.processId(); }
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    QProcess &process() { return m_process; }
    // Asks it to end (SIGTERM), then kills it after a while.
    void stop();

private:
    QString m_program;
    QTemporaryDir m_home;
    QProcessEnvironment m_environment;
    QProcess m_process;
};
