#pragma once

#include <QKeySequence>
#include <QObject>
#include <QString>

// The platform's system-wide hotkeys, behind one small interface: X11 (xcb),
// Windows (RegisterHotKey), Wayland (the GlobalShortcuts portal) or none.
// Ids are the callers' own strings; one id holds at most one combination.
class GlobalHotkeyBackend : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GlobalHotkeyBackend)

public:
    enum class BindResult : quint8 {
        Ok,
        TakenBySomeoneElse, // another program holds the combination
        Invalid,            // not one combination, or no such key on this keyboard
        Unavailable,        // no global hotkeys here: see unavailableReason()
        AskedDesktop,       // the desktop decides; the answer comes through desktopAnswered
    };
    Q_ENUM(BindResult)

    using QObject::QObject;

    virtual bool isAvailable() const = 0;
    // Translated, for people; empty while available.
    virtual QString unavailableReason() const = 0;
    // True where the desktop, not this program, has the final word on each
    // key (the Wayland portal): bind() is then only a wish.
    virtual bool desktopDecidesKeys() const { return false; }

    // Binds id to the sequence, replacing what id held before.
    virtual BindResult bind(const QString &id, const QKeySequence &sequence) = 0;
    virtual void unbind(const QString &id) = 0;
    virtual void unbindAll() = 0;
    // Whether bind() would succeed now, without keeping anything bound.
    virtual BindResult probe(const QKeySequence &sequence);

Q_SIGNALS:
    void activated(const QString &id);
    void availabilityChanged();
    // Where the desktop decides: what it made of id's wish, as the desktop
    // describes the trigger ("Ctrl+Alt+P"); empty when it bound no key.
    void desktopAnswered(const QString &id, const QString &triggerDescription);
};
