#pragma once

#include "settings/SettingsStore.h"

#include <QObject>
#include <QTemporaryDir>
#include <QUrl>

class Clock;
class VicidialSimulator;

// What `parkbar --demo` runs against: the simulator in this process, on an
// ephemeral loopback port, reached through the normal network code, and
// settings and an audit log in a throw-away folder so a demo never touches
// the person's real ones.
class DemoEnvironment final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoEnvironment)

public:
    // clock: the simulator's time (the window's, so park times agree); must outlive it.
    explicit DemoEnvironment(Clock *clock, QObject *parent = nullptr);
    ~DemoEnvironment() override;

    // False when the simulator could not listen; error() says why.
    bool start();
    QString error() const { return m_error; }

    QUrl baseUrl() const;
    SettingsPaths settingsPaths() const;
    QString auditLogPath() const;
    // The demo's API password (the documentation's example, not a secret).
    static QString password() { return QStringLiteral("1234"); }
    // Seeds a fresh demo profile: server, API user 6666, agent 1000, and the
    // campaigns' park IVR modes as an administrator would have set them.
    void seed(SettingsStore &settings) const;
    VicidialSimulator *simulator() const { return m_simulator; }

private:
    QTemporaryDir m_folder;
    VicidialSimulator *m_simulator = nullptr;
    QString m_error;
};
