#pragma once

#include <QDBusConnection>
#include <QDBusMessage>
#include <QObject>
#include <QVariantMap>

// One xdg-desktop-portal request: sends the call and waits for the
// org.freedesktop.portal.Request.Response signal, listening on the handle
// the portal will use before the call leaves, so a fast answer is not lost.
// Emits finished exactly once, then deletes itself.
class PortalRequest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortalRequest)

public:
    // 0 is success, 1 cancelled by the person, 2 anything else; 3 is ours:
    // the call itself failed (no portal, refused arguments).
    enum Response : uint { Success = 0, Cancelled = 1, Other = 2, CallFailed = 3 };

    // The call must carry options (a{sv}) as its last argument; the request
    // adds handle_token to them.
    static PortalRequest *send(const QDBusConnection &bus, QDBusMessage call, QObject *parent);

Q_SIGNALS:
    void finished(uint response, const QVariantMap &results);

private Q_SLOTS:
    void handleResponse(uint response, const QVariantMap &results);

private:
    PortalRequest(const QDBusConnection &bus, QObject *parent);
    void listenOn(const QString &path);
    void finish(uint response, const QVariantMap &results);

    QDBusConnection m_bus;
    QString m_path;
    bool m_done = false;
};
