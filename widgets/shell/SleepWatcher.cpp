#include "shell/SleepWatcher.h"

#ifdef PARKBAR_WITH_DBUS
#include <QDBusConnection>
#endif

SleepWatcher::SleepWatcher(const QString &busAddress, QObject *parent) : QObject(parent)
{
#ifdef PARKBAR_WITH_DBUS
    QDBusConnection bus = busAddress.isEmpty() ? QDBusConnection::systemBus()
                                               : QDBusConnection::connectToBus(busAddress, QStringLiteral("parkbar-sleep-watcher"));
    if (bus.isConnected()) {
        m_watching = bus.connect(QStringLiteral("org.freedesktop.login1"), QStringLiteral("/org/freedesktop/login1"),
                                 QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("PrepareForSleep"), this,
                                 SLOT(onPrepareForSleep(bool)));
    }
#else
    Q_UNUSED(busAddress)
#endif
}

void SleepWatcher::onPrepareForSleep(bool start)
{
    if (start)
        Q_EMIT aboutToSleep();
    else
        Q_EMIT wokeUp();
}
