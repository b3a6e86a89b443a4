#include "shell/SleepWatcher.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

// Polling pauses when logind says the computer goes to sleep, and resumes
// when it wakes. Tested with a private bus playing logind.
class TestSleepWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void reportsSleepAndWakeFromLogind();

private:
    QProcess m_daemon;
    QString m_address;
};

void TestSleepWatcher::initTestCase()
{
#ifndef PARKBAR_WITH_DBUS_TESTS
    QSKIP("Built without D-Bus: sleep is not watched on this platform.");
#endif
    if (QStandardPaths::findExecutable(u"dbus-daemon"_s).isEmpty())
        QSKIP("Not installed: dbus-daemon");
    m_daemon.start(u"dbus-daemon"_s, {u"--session"_s, u"--nofork"_s, u"--nopidfile"_s, u"--print-address=1"_s});
    QVERIFY(m_daemon.waitForStarted());
    QTRY_VERIFY(m_daemon.canReadLine());
    m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
    QVERIFY(!m_address.isEmpty());
}

void TestSleepWatcher::cleanupTestCase()
{
    m_daemon.terminate();
    m_daemon.waitForFinished();
}

void TestSleepWatcher::reportsSleepAndWakeFromLogind()
{
    QDBusConnection logind = QDBusConnection::connectToBus(m_address, u"fake-logind"_s);
    QVERIFY(logind.isConnected());
    QVERIFY(logind.registerService(u"org.freedesktop.login1"_s));

    SleepWatcher watcher(m_address);
    QVERIFY(watcher.isWatching());
    QSignalSpy asleep(&watcher, &SleepWatcher::aboutToSleep);
    QSignalSpy awake(&watcher, &SleepWatcher::wokeUp);

    auto prepare = [&logind](bool start) {
        QDBusMessage signal = QDBusMessage::createSignal(u"/org/freedesktop/login1"_s, u"org.freedesktop.login1.Manager"_s,
                                                         u"PrepareForSleep"_s);
        signal << start;
        QVERIFY(logind.send(signal));
    };
    prepare(true);
    QTRY_COMPARE(asleep.size(), 1);
    QCOMPARE(awake.size(), 0);
    prepare(false);
    QTRY_COMPARE(awake.size(), 1);
    QCOMPARE(asleep.size(), 1);
}

QTEST_MAIN(TestSleepWatcher)
#include "TestSleepWatcher.moc"
