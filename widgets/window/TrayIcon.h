#pragma once

#include "session/AgentSession.h"

#include <QSystemTrayIcon>

class QMenu;

// The tray: the state at a glance, and the park warnings a person must not
// miss even when the bar is hidden behind the VICIdial screen.
class TrayIcon final : public QSystemTrayIcon
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    explicit TrayIcon(QObject *parent = nullptr);

    void notifyParkAlert(ParkAlert level, const QString &agent, qint64 parkedForMs);
    void notify(const QString &title, const QString &text);
    QString lastAlertAgent() const { return m_lastAlertAgent; }

Q_SIGNALS:
    void showWindowRequested();
    // A park alert's message was clicked: the window should show that agent.
    void alertClicked(const QString &agent);
    void quitRequested();

private:
    QMenu *m_menu = nullptr;
    QString m_lastAlertAgent;
};
