#include "window/TrayIcon.h"

#include "window/IconProvider.h"
#include "state/CommandText.h"

#include <QMenu>

TrayIcon::TrayIcon(QObject *parent) : QSystemTrayIcon(IconProvider::applicationIcon(), parent)
{
    setObjectName(QStringLiteral("trayIcon"));
    setToolTip(tr("ParkBar"));
    m_menu = new QMenu();
    m_menu->addAction(tr("Show ParkBar"), this, &TrayIcon::showWindowRequested);
    m_menu->addSeparator();
    m_menu->addAction(tr("Quit"), this, &TrayIcon::quitRequested);
    setContextMenu(m_menu);
    connect(this, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT showWindowRequested();
    });
    connect(this, &QSystemTrayIcon::messageClicked, this, [this] {
        if (m_lastAlertAgent.isEmpty())
            Q_EMIT showWindowRequested();
        else
            Q_EMIT alertClicked(m_lastAlertAgent);
    });
    connect(this, &QObject::destroyed, m_menu, &QObject::deleteLater);
}

void TrayIcon::notifyParkAlert(ParkAlert level, const QString &agent, qint64 parkedForMs)
{
    m_lastAlertAgent = agent;
    if (level == ParkAlert::Critical) {
        showMessage(tr("Parked caller about to be dropped"),
                    tr("Agent %1's customer has been parked for %2. The server hangs up parked callers after about "
                       "half an hour: grab them now.")
                        .arg(agent, CommandText::duration(parkedForMs)),
                    QSystemTrayIcon::Critical, 0);
    } else {
        showMessage(tr("Customer still parked"),
                    tr("Agent %1's customer has been parked for %2.").arg(agent, CommandText::duration(parkedForMs)),
                    QSystemTrayIcon::Warning, 15000);
    }
}

void TrayIcon::notify(const QString &title, const QString &text)
{
    m_lastAlertAgent.clear();
    showMessage(title, text, QSystemTrayIcon::Information, 6000);
}
