#pragma once

#include "hotkeys/GlobalHotkeyBackend.h"

#include <QByteArray>
#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QSet>

#include <optional>

class QSocketNotifier;
struct xcb_connection_t;
struct _XCBKeySymbols;

// Passive key grabs on the X root window, on a connection of our own.
//
// Why our own connection rather than Qt's: it works whatever platform Qt
// runs on (xcb, offscreen under tests, eglfs with an X display), our checked
// requests and their BadAccess errors never mix with Qt's event handling,
// and the grabbed key events arrive on our socket instead of going through
// Qt's xcb event queue. It costs one more X client and a few synchronous
// round trips to the X server, only when binding or releasing.
class X11HotkeyBackend final : public GlobalHotkeyBackend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(X11HotkeyBackend)

public:
    // An empty display name means $DISPLAY.
    explicit X11HotkeyBackend(const QByteArray &displayName = {}, QObject *parent = nullptr);
    ~X11HotkeyBackend() override;

    bool isAvailable() const override;
    QString unavailableReason() const override;
    BindResult bind(const QString &id, const QKeySequence &sequence) override;
    void unbind(const QString &id) override;
    void unbindAll() override;

private:
    struct Grab
    {
        quint8 keycode = 0;
        quint16 modifiers = 0;
        bool operator==(const Grab &other) const = default;
    };
    struct Binding
    {
        QKeySequence sequence;
        Grab grab;
    };

    void loadKeyboard();
    std::optional<Grab> grabFor(const QKeySequence &sequence) const;
    QList<quint16> lockVariants() const;
    BindResult grabOnServer(const Grab &grab);
    void ungrabOnServer(const Grab &grab);
    bool heldByAnother(const QString &id, const Grab &grab) const;
    void sync();
    void readEvents();
    void handleKeyRelease(quint8 keycode, quint32 time);
    void handleKeyPress(quint8 keycode, quint16 state, quint32 time);
    void regrabAll();
    bool checkConnection();

    xcb_connection_t *m_connection = nullptr;
    _XCBKeySymbols *m_keySymbols = nullptr;
    quint32 m_root = 0;
    quint16 m_numLockMask = 0;
    quint16 m_altMask = 0;
    quint16 m_superMask = 0;
    QSocketNotifier *m_notifier = nullptr;
    QHash<QString, Binding> m_bindings;
    QSet<quint8> m_down;
    QHash<quint8, quint32> m_lastRelease;
    QString m_unavailableReason;
};
