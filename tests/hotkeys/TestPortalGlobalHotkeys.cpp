#include <QSignalSpy>
#include <QTest>

#if defined(PARKBAR_HOTKEYS_PORTAL)
#include "hotkeys/GlobalHotkeyManager.h"
#include "hotkeys/HotkeyRecorder.h"
#include "hotkeys/HotkeySettingsPage.h"
#include "hotkeys/PortalHotkeyBackend.h"

#include <QLabel>

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QDBusVirtualObject>
#include <QProcess>
#include <QStandardPaths>

#include <csignal>
#include <memory>
#include <sys/prctl.h>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(HotkeyTarget)

namespace {

const QString kPortalPath = u"/org/freedesktop/portal/desktop"_s;
const QString kGlobalShortcuts = u"org.freedesktop.portal.GlobalShortcuts"_s;

struct FakeShortcut
{
    QString id;
    QVariantMap properties;
};

QDBusArgument &operator<<(QDBusArgument &argument, const FakeShortcut &shortcut)
{
    argument.beginStructure();
    argument << shortcut.id << shortcut.properties;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, FakeShortcut &shortcut)
{
    argument.beginStructure();
    argument >> shortcut.id >> shortcut.properties;
    argument.endStructure();
    return argument;
}

} // namespace

Q_DECLARE_METATYPE(FakeShortcut)

// A stand-in for xdg-desktop-portal's GlobalShortcuts, as its specification
// describes it: requests answered through Request.Response signals on the
// predictable handle, one session per CreateSession, and a desktop that
// assigns the preferred trigger unless told to refuse.
class FakeShortcutsPortal final : public QDBusVirtualObject
{
    Q_OBJECT

public:
    FakeShortcutsPortal(const QDBusConnection &bus, uint version) : m_bus(bus), m_version(version) {}

    QString introspect(const QString &) const override { return {}; }

    bool handleMessage(const QDBusMessage &message, const QDBusConnection &connection) override
    {
        const QString member = message.member();
        const QList<QVariant> arguments = message.arguments();
        if (message.interface() == u"org.freedesktop.DBus.Properties" && member == u"Get") {
            if (m_version == 0 || arguments.value(0).toString() != kGlobalShortcuts) {
                connection.send(message.createErrorReply(QDBusError::UnknownInterface, u"no such interface"_s));
                return true;
            }
            connection.send(message.createReply(QVariant::fromValue(QDBusVariant(m_version))));
            return true;
        }
        if (message.interface() == u"org.freedesktop.portal.Session" && member == u"Close") {
            closedSessions << message.path();
            connection.send(message.createReply());
            return true;
        }
        if (message.interface() != kGlobalShortcuts)
            return false;
        const auto options = qdbus_cast<QVariantMap>(arguments.last());
        const QString request = requestPath(message, options.value(u"handle_token"_s).toString());
        connection.send(message.createReply(QVariant::fromValue(QDBusObjectPath(request))));
        QVariantMap results;
        if (member == u"CreateSession") {
            session = u"%1/session/%2/%3"_s.arg(kPortalPath, sender(message),
                                                options.value(u"session_handle_token"_s).toString());
            ++sessionsCreated;
            results.insert(u"session_handle"_s, session); // a string, as the specification says
        } else if (member == u"BindShortcuts") {
            boundSession = arguments.at(0).value<QDBusObjectPath>().path();
            requested = qdbus_cast<QList<FakeShortcut>>(arguments.at(1));
            QList<FakeShortcut> assigned;
            for (const FakeShortcut &shortcut : std::as_const(requested)) {
                if (shortcut.id == refuse)
                    continue;
                QVariantMap properties;
                properties.insert(u"description"_s, shortcut.properties.value(u"description"_s));
                properties.insert(u"trigger_description"_s,
                                  QString(u"Press "_s + shortcut.properties.value(u"preferred_trigger"_s).toString()));
                assigned.append({shortcut.id, properties});
            }
            results.insert(u"shortcuts"_s, QVariant::fromValue(assigned));
        }
        QDBusMessage response = QDBusMessage::createSignal(request, u"org.freedesktop.portal.Request"_s, u"Response"_s);
        response << uint(0) << results;
        m_bus.send(response);
        return true;
    }

    void activate(const QString &sessionPath, const QString &id)
    {
        QDBusMessage signal = QDBusMessage::createSignal(kPortalPath, kGlobalShortcuts, u"Activated"_s);
        signal << QVariant::fromValue(QDBusObjectPath(sessionPath)) << id << qulonglong(1) << QVariantMap();
        m_bus.send(signal);
    }

    QString session;
    QString boundSession;
    QString refuse;
    QList<FakeShortcut> requested;
    QStringList closedSessions;
    int sessionsCreated = 0;

private:
    static QString sender(const QDBusMessage &message)
    {
        QString sender = message.service().mid(1);
        sender.replace(u'.', u'_');
        return sender;
    }
    static QString requestPath(const QDBusMessage &message, const QString &token)
    {
        return u"%1/request/%2/%3"_s.arg(kPortalPath, sender(message), token);
    }

    QDBusConnection m_bus;
    uint m_version;
};

// The Wayland backend against a fake portal on a private D-Bus: the wire
// format and the request/response dance, not a real desktop's choices.
class TestPortalGlobalHotkeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void aDesktopWithoutThePortalIsUnavailable();
    void bindingAsksTheDesktopAndReportsItsAnswer();
    void anActivatedShortcutTriggersItsTarget();
    void aShortcutTheDesktopRefusesIsReported();
    void suspendingKeepsTheDesktopsKeysButTriggersNothing();
    void theSettingsPageSaysTheDesktopDecides();

private:
    std::unique_ptr<GlobalHotkeyManager> startManager(uint version);

    QProcess m_daemon;
    QString m_address;
    std::unique_ptr<FakeShortcutsPortal> m_portal;
    QString m_serviceName;
    QString m_clientName;
    int m_connections = 0;
};

void TestPortalGlobalHotkeys::initTestCase()
{
    qRegisterMetaType<HotkeyTarget>();
    qDBusRegisterMetaType<FakeShortcut>();
    qDBusRegisterMetaType<QList<FakeShortcut>>();
    if (QStandardPaths::findExecutable(u"dbus-daemon"_s).isEmpty())
        QSKIP("Not installed: dbus-daemon");
    m_daemon.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); }); // even if the test crashes
    m_daemon.start(u"dbus-daemon"_s, {u"--session"_s, u"--nofork"_s, u"--nopidfile"_s, u"--print-address=1"_s});
    QVERIFY(m_daemon.waitForStarted());
    QTRY_VERIFY(m_daemon.canReadLine());
    m_address = QString::fromLatin1(m_daemon.readLine().trimmed());
    QVERIFY(!m_address.isEmpty());
}

void TestPortalGlobalHotkeys::cleanupTestCase()
{
    m_daemon.terminate();
    m_daemon.waitForFinished();
}

void TestPortalGlobalHotkeys::cleanup()
{
    // The fake goes while its connection still lives: deleting it drops the
    // calls QtDBus has queued for it, and those need the connection.
    QDBusConnection::connectToBus(m_address, m_serviceName).unregisterObject(kPortalPath, QDBusConnection::UnregisterTree);
    m_portal.reset();
    QDBusConnection::disconnectFromBus(m_clientName);
    QDBusConnection::disconnectFromBus(m_serviceName);
}

std::unique_ptr<GlobalHotkeyManager> TestPortalGlobalHotkeys::startManager(uint version)
{
    const QString number = QString::number(++m_connections);
    m_serviceName = u"portal"_s + number;
    m_clientName = u"client"_s + number;
    QDBusConnection service = QDBusConnection::connectToBus(m_address, m_serviceName);
    QDBusConnection client = QDBusConnection::connectToBus(m_address, m_clientName);
    if (!service.isConnected() || !client.isConnected())
        return {};
    m_portal = std::make_unique<FakeShortcutsPortal>(service, version);
    if (!service.registerVirtualObject(kPortalPath, m_portal.get(), QDBusConnection::SubPath)
        || !service.registerService(u"org.freedesktop.portal.Desktop"_s))
        return {};
    QMap<QString, QString> descriptions{{u"PARK_CUSTOMER"_s, u"Park customer"_s}, {u"GRAB_CUSTOMER"_s, u"Grab customer"_s}};
    return std::make_unique<GlobalHotkeyManager>(std::make_unique<PortalHotkeyBackend>(descriptions, client));
}

void TestPortalGlobalHotkeys::aDesktopWithoutThePortalIsUnavailable()
{
    std::unique_ptr<GlobalHotkeyManager> manager = startManager(0);
    QVERIFY(manager);
    QVERIFY(manager->desktopDecidesKeys());
    QVERIFY(!manager->isAvailable()); // still asking
    QSignalSpy changed(manager.get(), &GlobalHotkeyManager::statesChanged);
    QTRY_VERIFY(changed.count() > 0);
    QVERIFY(!manager->isAvailable());
    QCOMPARE(manager->unavailableReason(),
             u"This desktop (Wayland) does not offer global shortcuts; the in-window shortcuts still work."_s);
}

void TestPortalGlobalHotkeys::bindingAsksTheDesktopAndReportsItsAnswer()
{
    std::unique_ptr<GlobalHotkeyManager> manager = startManager(1);
    QVERIFY(manager);
    QTRY_VERIFY(manager->isAvailable());
    HotkeyBindings bindings;
    bindings.insert(HotkeyTarget::ParkCustomer, QKeySequence(u"Ctrl+Alt+P"_s));
    bindings.insert(HotkeyTarget::GrabCustomer, QKeySequence(u"Meta+F5"_s));
    manager->setBindings(bindings);
    QCOMPARE(manager->state(HotkeyTarget::ParkCustomer).status, HotkeyStatus::WaitingForDesktop);

    QTRY_COMPARE(manager->state(HotkeyTarget::ParkCustomer).status, HotkeyStatus::Active);
    QCOMPARE(manager->state(HotkeyTarget::ParkCustomer).desktopTrigger, u"Press CTRL+ALT+p"_s);
    QCOMPARE(manager->state(HotkeyTarget::GrabCustomer).desktopTrigger, u"Press LOGO+F5"_s);
    QCOMPARE(m_portal->boundSession, m_portal->session);
    QCOMPARE(m_portal->sessionsCreated, 1); // both wishes in one request
    QCOMPARE(m_portal->requested.size(), 2);
    QCOMPARE(m_portal->requested.at(1).id, u"PARK_CUSTOMER"_s);
    QCOMPARE(m_portal->requested.at(1).properties.value(u"description"_s).toString(), u"Park customer"_s);
    QCOMPARE(hotkeyStatusText(manager->state(HotkeyTarget::ParkCustomer)),
             u"Works in every window (the desktop set it to Press CTRL+ALT+p)"_s);
}

void TestPortalGlobalHotkeys::anActivatedShortcutTriggersItsTarget()
{
    std::unique_ptr<GlobalHotkeyManager> manager = startManager(1);
    QVERIFY(manager);
    QTRY_VERIFY(manager->isAvailable());
    HotkeyBindings bindings;
    bindings.insert(HotkeyTarget::GrabCustomer, QKeySequence(u"Ctrl+Alt+G"_s));
    manager->setBindings(bindings);
    QTRY_COMPARE(manager->state(HotkeyTarget::GrabCustomer).status, HotkeyStatus::Active);

    QSignalSpy triggered(manager.get(), &GlobalHotkeyManager::triggered);
    m_portal->activate(u"/org/freedesktop/portal/desktop/session/other/old"_s, u"GRAB_CUSTOMER"_s); // not ours
    m_portal->activate(m_portal->session, u"GRAB_CUSTOMER"_s);
    QTRY_COMPARE(triggered.count(), 1);
    QCOMPARE(triggered.first().first().value<HotkeyTarget>(), HotkeyTarget::GrabCustomer);
}

void TestPortalGlobalHotkeys::aShortcutTheDesktopRefusesIsReported()
{
    std::unique_ptr<GlobalHotkeyManager> manager = startManager(1);
    QVERIFY(manager);
    QTRY_VERIFY(manager->isAvailable());
    m_portal->refuse = u"PARK_CUSTOMER"_s;
    HotkeyBindings bindings;
    bindings.insert(HotkeyTarget::ParkCustomer, QKeySequence(u"Ctrl+Alt+P"_s));
    manager->setBindings(bindings);
    QTRY_COMPARE(manager->state(HotkeyTarget::ParkCustomer).status, HotkeyStatus::RefusedByDesktop);

    // A change starts a fresh session and closes the old one.
    const QString first = m_portal->session;
    m_portal->refuse.clear();
    bindings.insert(HotkeyTarget::GrabCustomer, QKeySequence(u"Ctrl+Alt+G"_s));
    manager->setBindings(bindings);
    QTRY_COMPARE(manager->state(HotkeyTarget::GrabCustomer).status, HotkeyStatus::Active);
    QCOMPARE(manager->state(HotkeyTarget::ParkCustomer).status, HotkeyStatus::Active);
    QCOMPARE(m_portal->sessionsCreated, 2);
    QTRY_COMPARE(m_portal->closedSessions, QStringList{first});
}

void TestPortalGlobalHotkeys::suspendingKeepsTheDesktopsKeysButTriggersNothing()
{
    std::unique_ptr<GlobalHotkeyManager> manager = startManager(1);
    QVERIFY(manager);
    QTRY_VERIFY(manager->isAvailable());
    HotkeyBindings bindings;
    bindings.insert(HotkeyTarget::ParkCustomer, QKeySequence(u"Ctrl+Alt+P"_s));
    bindings.insert(HotkeyTarget::GrabCustomer, QKeySequence(u"Ctrl+Alt+G"_s));
    manager->setBindings(bindings);
    QTRY_COMPARE(manager->state(HotkeyTarget::ParkCustomer).status, HotkeyStatus::Active);

    QSignalSpy triggered(manager.get(), &GlobalHotkeyManager::triggered);
    QSignalSpy arrived(manager->backend(), &GlobalHotkeyBackend::activated);
    manager->setSuspended(true);
    m_portal->activate(m_portal->session, u"PARK_CUSTOMER"_s);
    QTRY_COMPARE(arrived.count(), 1);
    QCOMPARE(triggered.count(), 0);
    manager->setSuspended(false);
    m_portal->activate(m_portal->session, u"GRAB_CUSTOMER"_s);
    QTRY_COMPARE(triggered.count(), 1);
    QCOMPARE(triggered.first().first().value<HotkeyTarget>(), HotkeyTarget::GrabCustomer);
    QCOMPARE(m_portal->sessionsCreated, 1); // the desktop was not asked again
}

void TestPortalGlobalHotkeys::theSettingsPageSaysTheDesktopDecides()
{
    std::unique_ptr<GlobalHotkeyManager> manager = startManager(1);
    QVERIFY(manager);
    HotkeySettingsPage page(manager.get());
    page.show();
    const auto *intro = page.findChild<QLabel *>(u"hotkeyIntro"_s);
    QTRY_VERIFY(manager->isAvailable());
    QVERIFY(intro->text().contains(u"Your desktop decides the final keys"_s));

    auto *recorder = page.findChild<HotkeyRecorder *>(u"hotkeyRecorder_PARK_CUSTOMER"_s);
    QTest::keyClick(recorder, Qt::Key_P, Qt::ControlModifier | Qt::AltModifier);
    const auto *status = page.findChild<QLabel *>(u"hotkeyStatus_PARK_CUSTOMER"_s);
    QCOMPARE(status->text(), u"Your desktop will confirm this key"_s);

    // OK in the settings dialog: the desktop answers, and the row says what it chose.
    manager->setBindings(page.bindings());
    QTRY_COMPARE(status->text(), u"Works in every window (the desktop set it to Press CTRL+ALT+p)"_s);
}

#else

class TestPortalGlobalHotkeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QSKIP("This build has no Wayland portal hotkeys"); }
};

#endif

QTEST_MAIN(TestPortalGlobalHotkeys)
#include "TestPortalGlobalHotkeys.moc"
