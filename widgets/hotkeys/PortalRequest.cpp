#include "hotkeys/PortalRequest.h"

#include "hotkeys/HotkeyLogging.h"

#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusObjectPath>
#include <QRandomGenerator>

namespace {

const QString kRequestInterface = QStringLiteral("org.freedesktop.portal.Request");

QString newToken()
{
    return QStringLiteral("parkbar%1").arg(QRandomGenerator::global()->generate());
}

} // namespace

PortalRequest::PortalRequest(const QDBusConnection &bus, QObject *parent) : QObject(parent), m_bus(bus) {}

PortalRequest *PortalRequest::send(const QDBusConnection &bus, QDBusMessage call, QObject *parent)
{
    auto *request = new PortalRequest(bus, parent);
    const QString token = newToken();
    QList<QVariant> arguments = call.arguments();
    QVariantMap options = arguments.isEmpty() ? QVariantMap() : arguments.takeLast().toMap();
    options.insert(QStringLiteral("handle_token"), token);
    arguments.append(options);
    call.setArguments(arguments);

    // /org/freedesktop/portal/desktop/request/SENDER/TOKEN, SENDER being our
    // unique name without the ':' and with '.' as '_'.
    QString sender = bus.baseService().mid(1);
    sender.replace(u'.', u'_');
    request->listenOn(QStringLiteral("/org/freedesktop/portal/desktop/request/%1/%2").arg(sender, token));

    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), request);
    connect(watcher, &QDBusPendingCallWatcher::finished, request, [request, watcher] {
        watcher->deleteLater();
        const QDBusPendingReply<QDBusObjectPath> reply = *watcher;
        if (reply.isError()) {
            qCWarning(lcHotkeys) << "Portal call failed:" << reply.error().name() << reply.error().message();
            request->finish(CallFailed, {});
            return;
        }
        // Portals older than 0.9 chose their own handle.
        if (reply.value().path() != request->m_path)
            request->listenOn(reply.value().path());
    });
    return request;
}

void PortalRequest::listenOn(const QString &path)
{
    const QString service = QStringLiteral("org.freedesktop.portal.Desktop");
    // QtDBus connects signals by name only.
    if (!m_path.isEmpty())
        m_bus.disconnect(service, m_path, kRequestInterface, QStringLiteral("Response"), this,
                         SLOT(handleResponse(uint, QVariantMap)));
    m_path = path;
    m_bus.connect(service, m_path, kRequestInterface, QStringLiteral("Response"), this,
                  SLOT(handleResponse(uint, QVariantMap)));
}

void PortalRequest::handleResponse(uint response, const QVariantMap &results)
{
    finish(response, results);
}

void PortalRequest::finish(uint response, const QVariantMap &results)
{
    if (m_done)
        return;
    m_done = true;
    m_bus.disconnect(QStringLiteral("org.freedesktop.portal.Desktop"), m_path, kRequestInterface,
                     QStringLiteral("Response"), this, SLOT(handleResponse(uint, QVariantMap)));
    Q_EMIT finished(response, results);
    deleteLater();
}
