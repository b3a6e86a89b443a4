#include "hotkeys/PortalHotkeyBackend.h"

#include "hotkeys/HotkeyLogging.h"
#include "hotkeys/PortalRequest.h"
#include "hotkeys/PortalTrigger.h"

#include <QDBusArgument>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>

namespace {

const QString kService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString kPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString kInterface = QStringLiteral("org.freedesktop.portal.GlobalShortcuts");

// One entry of the a(sa{sv}) lists that BindShortcuts takes and answers with.
struct PortalShortcut
{
    QString id;
    QVariantMap properties;
};

QDBusArgument &operator<<(QDBusArgument &argument, const PortalShortcut &shortcut)
{
    argument.beginStructure();
    argument << shortcut.id << shortcut.properties;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, PortalShortcut &shortcut)
{
    argument.beginStructure();
    argument >> shortcut.id >> shortcut.properties;
    argument.endStructure();
    return argument;
}

QDBusMessage portalCall(const QString &method)
{
    return QDBusMessage::createMethodCall(kService, kPath, kInterface, method);
}

} // namespace

Q_DECLARE_METATYPE(PortalShortcut)

PortalHotkeyBackend::PortalHotkeyBackend(const QMap<QString, QString> &descriptions, const QDBusConnection &bus,
                                         QObject *parent)
    : GlobalHotkeyBackend(parent), m_bus(bus), m_descriptions(descriptions)
{
    qDBusRegisterMetaType<PortalShortcut>();
    qDBusRegisterMetaType<QList<PortalShortcut>>();
    m_rebindTimer.setSingleShot(true);
    m_rebindTimer.setInterval(0);
    connect(&m_rebindTimer, &QTimer::timeout, this, &PortalHotkeyBackend::rebind);
    checkPortal();
}

PortalHotkeyBackend::~PortalHotkeyBackend()
{
    closeSession();
}

QString PortalHotkeyBackend::unavailableReason() const
{
    switch (m_state) {
    case State::Ready: return {};
    case State::Checking:
        return tr("Asking the desktop whether it offers global shortcuts; the in-window shortcuts still work.");
    case State::Missing:
        return tr("This desktop (Wayland) does not offer global shortcuts; the in-window shortcuts still work.");
    }
    Q_UNREACHABLE();
    return {};
}

// The interface's version property says whether the portal has it at all;
// asked asynchronously, so a hung portal never blocks the window.
void PortalHotkeyBackend::checkPortal()
{
    if (!m_bus.isConnected()) {
        m_state = State::Missing;
        return;
    }
    QDBusMessage get = QDBusMessage::createMethodCall(kService, kPath, QStringLiteral("org.freedesktop.DBus.Properties"),
                                                      QStringLiteral("Get"));
    get << kInterface << QStringLiteral("version");
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(get, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QDBusPendingReply<QDBusVariant> reply = *watcher;
        const uint version = reply.isError() ? 0 : reply.value().variant().toUInt();
        if (reply.isError())
            qCInfo(lcHotkeys) << "No GlobalShortcuts portal:" << reply.error().name();
        else
            qCInfo(lcHotkeys) << "GlobalShortcuts portal version" << version;
        m_state = version >= 1 ? State::Ready : State::Missing;
        if (m_state == State::Ready) {
            // QtDBus connects signals by name only.
            m_bus.connect(kService, kPath, kInterface, QStringLiteral("Activated"), this,
                          SLOT(handleActivated(QDBusObjectPath, QString, qulonglong, QVariantMap)));
            m_bus.connect(kService, kPath, kInterface, QStringLiteral("ShortcutsChanged"), this,
                          SLOT(handleShortcutsChanged(QDBusMessage)));
        }
        Q_EMIT availabilityChanged();
    });
}

GlobalHotkeyBackend::BindResult PortalHotkeyBackend::bind(const QString &id, const QKeySequence &sequence)
{
    if (!isAvailable())
        return BindResult::Unavailable;
    const QString trigger = portalTriggerFor(sequence);
    if (trigger.isEmpty())
        return BindResult::Invalid;
    m_wishes.insert(id, trigger);
    m_rebindTimer.start();
    return BindResult::AskedDesktop;
}

void PortalHotkeyBackend::unbind(const QString &id)
{
    if (m_wishes.remove(id) > 0)
        m_rebindTimer.start();
}

void PortalHotkeyBackend::unbindAll()
{
    m_wishes.clear();
    m_rebindTimer.stop();
    closeSession();
}

GlobalHotkeyBackend::BindResult PortalHotkeyBackend::probe(const QKeySequence &sequence)
{
    if (!isAvailable())
        return BindResult::Unavailable;
    return portalTriggerFor(sequence).isEmpty() ? BindResult::Invalid : BindResult::AskedDesktop;
}

void PortalHotkeyBackend::closeSession()
{
    if (m_session.isEmpty())
        return;
    m_bus.asyncCall(QDBusMessage::createMethodCall(kService, m_session, QStringLiteral("org.freedesktop.portal.Session"),
                                                   QStringLiteral("Close")));
    m_session.clear();
}

// Several portal implementations accept BindShortcuts only once per
// session, so every change starts a fresh session with the whole list.
void PortalHotkeyBackend::rebind()
{
    closeSession();
    const quint64 generation = ++m_generation;
    if (m_wishes.isEmpty())
        return;
    QDBusMessage create = portalCall(QStringLiteral("CreateSession"));
    QVariantMap options;
    options.insert(QStringLiteral("session_handle_token"), QStringLiteral("parkbar%1").arg(generation));
    create << options;
    PortalRequest *request = PortalRequest::send(m_bus, create, this);
    connect(request, &PortalRequest::finished, this, [this, generation](uint response, const QVariantMap &results) {
        if (generation != m_generation)
            return;
        // The specification says s; some portals send an object path.
        const QVariant handle = results.value(QStringLiteral("session_handle"));
        m_session = handle.canConvert<QDBusObjectPath>() ? handle.value<QDBusObjectPath>().path() : handle.toString();
        if (response != PortalRequest::Success || m_session.isEmpty()) {
            qCWarning(lcHotkeys) << "The desktop refused a global shortcuts session, response" << response;
            answerAll({});
            return;
        }
        bindShortcuts(generation);
    });
}

void PortalHotkeyBackend::bindShortcuts(quint64 generation)
{
    QList<PortalShortcut> shortcuts;
    for (auto it = m_wishes.cbegin(); it != m_wishes.cend(); ++it) {
        QVariantMap properties;
        properties.insert(QStringLiteral("description"), m_descriptions.value(it.key(), it.key()));
        properties.insert(QStringLiteral("preferred_trigger"), it.value());
        shortcuts.append({it.key(), properties});
    }
    QDBusMessage call = portalCall(QStringLiteral("BindShortcuts"));
    call << QVariant::fromValue(QDBusObjectPath(m_session)) << QVariant::fromValue(shortcuts) << QString()
         << QVariantMap();
    PortalRequest *request = PortalRequest::send(m_bus, call, this);
    connect(request, &PortalRequest::finished, this, [this, generation](uint response, const QVariantMap &results) {
        if (generation != m_generation)
            return;
        QMap<QString, QString> triggers;
        if (response == PortalRequest::Success) {
            const auto list = qdbus_cast<QList<PortalShortcut>>(results.value(QStringLiteral("shortcuts")));
            for (const PortalShortcut &shortcut : list)
                triggers.insert(shortcut.id, shortcut.properties.value(QStringLiteral("trigger_description")).toString());
        }
        answerAll(triggers);
    });
}

void PortalHotkeyBackend::answerAll(const QMap<QString, QString> &triggers)
{
    const QStringList ids = m_wishes.keys();
    for (const QString &id : ids)
        Q_EMIT desktopAnswered(id, triggers.value(id));
}

void PortalHotkeyBackend::handleActivated(const QDBusObjectPath &session, const QString &id, qulonglong,
                                          const QVariantMap &)
{
    if (session.path() == m_session && m_wishes.contains(id))
        Q_EMIT activated(id);
}

// The person changed a key in the desktop's own settings.
void PortalHotkeyBackend::handleShortcutsChanged(const QDBusMessage &message)
{
    const QList<QVariant> arguments = message.arguments();
    if (arguments.size() < 2 || arguments.at(0).value<QDBusObjectPath>().path() != m_session)
        return;
    const auto list = qdbus_cast<QList<PortalShortcut>>(arguments.at(1));
    for (const PortalShortcut &shortcut : list) {
        if (m_wishes.contains(shortcut.id))
            Q_EMIT desktopAnswered(shortcut.id,
                                   shortcut.properties.value(QStringLiteral("trigger_description")).toString());
    }
}
