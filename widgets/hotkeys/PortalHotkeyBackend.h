#pragma once

#include "hotkeys/GlobalHotkeyBackend.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QMap>
#include <QTimer>
#include <QVariantMap>

// Wayland: the xdg-desktop-portal GlobalShortcuts interface. The program
// only states a wish per shortcut (a description and a preferred trigger);
// the desktop decides the final key, may ask the person, and says what it
// chose through desktopAnswered. Binding is therefore asynchronous, and
// probing cannot know anything in advance.
class PortalHotkeyBackend final : public GlobalHotkeyBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortalHotkeyBackend)

public:
    // descriptions: shortcut id -> the text the desktop shows for it.
    explicit PortalHotkeyBackend(const QMap<QString, QString> &descriptions,
                                 const QDBusConnection &bus = QDBusConnection::sessionBus(), QObject *parent = nullptr);
    ~PortalHotkeyBackend() override;

    bool isAvailable() const override { return m_state == State::Ready; }
    QString unavailableReason() const override;
    bool desktopDecidesKeys() const override { return true; }
    BindResult bind(const QString &id, const QKeySequence &sequence) override;
    void unbind(const QString &id) override;
    void unbindAll() override;
    BindResult probe(const QKeySequence &sequence) override;

private Q_SLOTS:
    void handleActivated(const QDBusObjectPath &session, const QString &id, qulonglong timestamp,
                         const QVariantMap &options);
    void handleShortcutsChanged(const QDBusMessage &message);

private:
    enum class State : quint8 { Checking, Ready, Missing };

    void checkPortal();
    void rebind();
    void closeSession();
    void bindShortcuts(quint64 generation);
    void answerAll(const QMap<QString, QString> &triggers);

    QDBusConnection m_bus;
    QMap<QString, QString> m_descriptions;
    State m_state = State::Checking;
    QMap<QString, QString> m_wishes; // id -> preferred trigger
    QString m_session;
    quint64 m_generation = 0;
    QTimer m_rebindTimer;
};
