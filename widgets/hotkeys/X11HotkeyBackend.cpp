#include "hotkeys/X11HotkeyBackend.h"

#include "hotkeys/HotkeyLogging.h"
#include "hotkeys/X11KeyMapping.h"

#include <QMetaObject>
#include <QSocketNotifier>

#include <X11/keysym.h>
#include <xcb/xcb.h>
#include <xcb/xcb_keysyms.h>

#include <cstdlib>
#include <memory>

namespace {

constexpr quint8 kBadAccess = 10;
constexpr quint16 kModifierBits = 0xff;

struct FreeDeleter
{
    void operator()(void *pointer) const { std::free(pointer); }
};
template <typename T>
using XcbReply = std::unique_ptr<T, FreeDeleter>;

} // namespace

X11HotkeyBackend::X11HotkeyBackend(const QByteArray &displayName, QObject *parent) : GlobalHotkeyBackend(parent)
{
    const QByteArray display = displayName.isEmpty() ? qgetenv("DISPLAY") : displayName;
    if (display.isEmpty()) {
        m_unavailableReason = tr("There is no X11 display (DISPLAY is not set); the in-window shortcuts still work.");
        return;
    }
    int screenNumber = 0;
    m_connection = xcb_connect(display.constData(), &screenNumber);
    if (xcb_connection_has_error(m_connection)) {
        xcb_disconnect(m_connection);
        m_connection = nullptr;
        m_unavailableReason = tr("Cannot connect to the X11 display %1; the in-window shortcuts still work.").arg(QString::fromLocal8Bit(display));
        return;
    }
    xcb_screen_iterator_t screens = xcb_setup_roots_iterator(xcb_get_setup(m_connection));
    for (int i = 0; i < screenNumber && screens.rem > 0; ++i)
        xcb_screen_next(&screens);
    if (screens.rem == 0) {
        xcb_disconnect(m_connection);
        m_connection = nullptr;
        m_unavailableReason = tr("Cannot connect to the X11 display %1; the in-window shortcuts still work.")
                                  .arg(QString::fromLocal8Bit(display));
        return;
    }
    m_root = screens.data->root;
    m_keySymbols = xcb_key_symbols_alloc(m_connection);
    loadKeyboard();

    m_notifier = new QSocketNotifier(xcb_get_file_descriptor(m_connection), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &X11HotkeyBackend::readEvents);
    qCDebug(lcHotkeys) << "X11 hotkeys on" << display << "NumLock mask" << m_numLockMask;
}

X11HotkeyBackend::~X11HotkeyBackend()
{
    if (!m_connection)
        return;
    // Closing the connection releases every grab; the explicit ungrab keeps
    // the server's state tidy for a connection that is still shared.
    unbindAll();
    if (m_keySymbols)
        xcb_key_symbols_free(m_keySymbols);
    xcb_disconnect(m_connection);
}

bool X11HotkeyBackend::isAvailable() const
{
    return m_connection && m_unavailableReason.isEmpty();
}

QString X11HotkeyBackend::unavailableReason() const
{
    return m_unavailableReason;
}

void X11HotkeyBackend::loadKeyboard()
{
    m_numLockMask = 0;
    m_altMask = 0;
    m_superMask = 0;
    XcbReply<xcb_get_modifier_mapping_reply_t> mapping(
        xcb_get_modifier_mapping_reply(m_connection, xcb_get_modifier_mapping(m_connection), nullptr));
    if (mapping) {
        const xcb_keycode_t *keycodes = xcb_get_modifier_mapping_keycodes(mapping.get());
        const int perModifier = mapping->keycodes_per_modifier;
        for (int modifier = 0; modifier < 8; ++modifier) {
            for (int i = 0; i < perModifier; ++i) {
                const xcb_keycode_t keycode = keycodes[modifier * perModifier + i];
                if (keycode == 0)
                    continue;
                for (int column = 0; column < 4; ++column) {
                    const xcb_keysym_t keysym = xcb_key_symbols_get_keysym(m_keySymbols, keycode, column);
                    const auto mask = quint16(1U << modifier);
                    if (keysym == XK_Num_Lock)
                        m_numLockMask |= mask;
                    else if ((keysym == XK_Alt_L || keysym == XK_Alt_R) && modifier >= 3)
                        m_altMask |= mask;
                    else if ((keysym == XK_Super_L || keysym == XK_Super_R) && modifier >= 3)
                        m_superMask |= mask;
                }
            }
        }
    }
    // The usual layout when the keymap names none of them.
    if (!m_altMask)
        m_altMask = XCB_MOD_MASK_1;
    if (!m_superMask)
        m_superMask = XCB_MOD_MASK_4;
}

std::optional<X11HotkeyBackend::Grab> X11HotkeyBackend::grabFor(const QKeySequence &sequence) const
{
    if (sequence.count() != 1)
        return std::nullopt;
    const QKeyCombination combination = sequence[0];
    const std::optional<quint32> keysym = x11KeysymFor(combination);
    if (!keysym)
        return std::nullopt;
    XcbReply<xcb_keycode_t> keycodes(xcb_key_symbols_get_keycode(m_keySymbols, *keysym));
    if (!keycodes || keycodes.get()[0] == XCB_NO_SYMBOL)
        return std::nullopt;

    Grab grab;
    grab.keycode = keycodes.get()[0];
    const Qt::KeyboardModifiers modifiers = combination.keyboardModifiers();
    if (modifiers & Qt::ShiftModifier)
        grab.modifiers |= XCB_MOD_MASK_SHIFT;
    if (modifiers & Qt::ControlModifier)
        grab.modifiers |= XCB_MOD_MASK_CONTROL;
    if (modifiers & Qt::AltModifier)
        grab.modifiers |= m_altMask;
    if (modifiers & Qt::MetaModifier)
        grab.modifiers |= m_superMask;
    return grab;
}

// Caps Lock and Num Lock are modifiers to X: a grab without them does not
// fire while either is on, so each combination is grabbed four times.
QList<quint16> X11HotkeyBackend::lockVariants() const
{
    QList<quint16> variants{0, XCB_MOD_MASK_LOCK};
    if (m_numLockMask && m_numLockMask != XCB_MOD_MASK_LOCK)
        variants << m_numLockMask << quint16(m_numLockMask | XCB_MOD_MASK_LOCK);
    return variants;
}

GlobalHotkeyBackend::BindResult X11HotkeyBackend::grabOnServer(const Grab &grab)
{
    QList<std::pair<quint16, xcb_void_cookie_t>> cookies;
    for (quint16 variant : lockVariants()) {
        const quint16 modifiers = grab.modifiers | variant;
        cookies.append({modifiers, xcb_grab_key_checked(m_connection, 0, m_root, modifiers, grab.keycode,
                                                        XCB_GRAB_MODE_ASYNC, XCB_GRAB_MODE_ASYNC)});
    }
    QList<quint16> granted;
    BindResult result = BindResult::Ok;
    for (const auto &[modifiers, cookie] : cookies) {
        XcbReply<xcb_generic_error_t> error(xcb_request_check(m_connection, cookie));
        if (!error) {
            granted.append(modifiers);
        } else if (error->error_code == kBadAccess) {
            result = BindResult::TakenBySomeoneElse;
        } else if (result == BindResult::Ok) {
            qCWarning(lcHotkeys) << "X11 grab failed with error" << error->error_code;
            result = BindResult::Invalid;
        }
    }
    if (result != BindResult::Ok) {
        for (quint16 modifiers : std::as_const(granted))
            xcb_ungrab_key(m_connection, grab.keycode, m_root, modifiers);
        sync();
    }
    // xcb_request_check may have queued key events that the socket notifier
    // will not announce again.
    QMetaObject::invokeMethod(this, &X11HotkeyBackend::readEvents, Qt::QueuedConnection);
    return result;
}

void X11HotkeyBackend::ungrabOnServer(const Grab &grab)
{
    for (quint16 variant : lockVariants())
        xcb_ungrab_key(m_connection, grab.keycode, m_root, grab.modifiers | variant);
    sync();
}

// A round trip: once it returns, the server has carried out every request
// before it, so another program can take a released combination at once.
void X11HotkeyBackend::sync()
{
    XcbReply<xcb_get_input_focus_reply_t> reply(
        xcb_get_input_focus_reply(m_connection, xcb_get_input_focus(m_connection), nullptr));
    QMetaObject::invokeMethod(this, &X11HotkeyBackend::readEvents, Qt::QueuedConnection);
}

bool X11HotkeyBackend::heldByAnother(const QString &id, const Grab &grab) const
{
    for (auto it = m_bindings.cbegin(); it != m_bindings.cend(); ++it) {
        if (it.key() != id && it.value().grab == grab)
            return true;
    }
    return false;
}

GlobalHotkeyBackend::BindResult X11HotkeyBackend::bind(const QString &id, const QKeySequence &sequence)
{
    if (!isAvailable())
        return BindResult::Unavailable;
    unbind(id);
    const std::optional<Grab> grab = grabFor(sequence);
    if (!grab)
        return BindResult::Invalid;
    // X lets one client grab the same combination twice without complaint,
    // so a combination we already hold is shared, never grabbed again.
    if (!heldByAnother(id, *grab)) {
        const BindResult result = grabOnServer(*grab);
        if (!checkConnection())
            return BindResult::Unavailable;
        if (result != BindResult::Ok)
            return result;
    }
    m_bindings.insert(id, {sequence, *grab});
    return BindResult::Ok;
}

void X11HotkeyBackend::unbind(const QString &id)
{
    const auto it = m_bindings.constFind(id);
    if (it == m_bindings.cend())
        return;
    const Grab grab = it->grab;
    m_bindings.erase(it);
    m_down.remove(grab.keycode);
    if (isAvailable() && !heldByAnother(id, grab)) {
        ungrabOnServer(grab);
        checkConnection();
    }
}

void X11HotkeyBackend::unbindAll()
{
    const QStringList ids = m_bindings.keys();
    for (const QString &id : ids)
        unbind(id);
}

void X11HotkeyBackend::regrabAll()
{
    const QHash<QString, Binding> previous = m_bindings;
    for (const Binding &binding : previous)
        ungrabOnServer(binding.grab);
    m_bindings.clear();
    loadKeyboard();
    for (auto it = previous.cbegin(); it != previous.cend(); ++it) {
        if (bind(it.key(), it->sequence) != BindResult::Ok)
            qCWarning(lcHotkeys) << "Lost the hotkey" << it.key() << "after a keyboard layout change";
    }
}

bool X11HotkeyBackend::checkConnection()
{
    if (!m_connection || !xcb_connection_has_error(m_connection))
        return m_connection != nullptr;
    if (m_unavailableReason.isEmpty()) {
        qCWarning(lcHotkeys) << "Lost the connection to the X11 display";
        m_unavailableReason = tr("The connection to the X11 display was lost; the in-window shortcuts still work.");
        m_notifier->setEnabled(false);
        m_bindings.clear();
        Q_EMIT availabilityChanged();
    }
    return false;
}

void X11HotkeyBackend::readEvents()
{
    if (!isAvailable())
        return;
    while (xcb_generic_event_t *raw = xcb_poll_for_event(m_connection)) {
        XcbReply<xcb_generic_event_t> event(raw);
        switch (event->response_type & 0x7f) {
        case XCB_KEY_PRESS: {
            const auto *press = reinterpret_cast<const xcb_key_press_event_t *>(raw);
            handleKeyPress(press->detail, press->state, press->time);
            break;
        }
        case XCB_KEY_RELEASE: {
            const auto *release = reinterpret_cast<const xcb_key_release_event_t *>(raw);
            handleKeyRelease(release->detail, release->time);
            break;
        }
        case XCB_MAPPING_NOTIFY: {
            auto *mapping = reinterpret_cast<xcb_mapping_notify_event_t *>(raw);
            if (mapping->request == XCB_MAPPING_POINTER)
                break;
            xcb_refresh_keyboard_mapping(m_keySymbols, mapping);
            regrabAll();
            break;
        }
        case 0: {
            const auto *error = reinterpret_cast<const xcb_generic_error_t *>(raw);
            qCDebug(lcHotkeys) << "X11 error" << error->error_code << "for request" << error->major_code;
            break;
        }
        default: break;
        }
    }
    checkConnection();
}

void X11HotkeyBackend::handleKeyPress(quint8 keycode, quint16 state, quint32 time)
{
    // X's auto-repeat sends a release and a press with the same time stamp;
    // a held key must act once, like MOD_NOREPEAT on Windows.
    const bool repeat = m_down.contains(keycode)
        || (m_lastRelease.contains(keycode) && time - m_lastRelease.value(keycode) <= 1);
    m_down.insert(keycode);
    if (repeat)
        return;
    const quint16 modifiers = state & kModifierBits & ~quint16(XCB_MOD_MASK_LOCK | m_numLockMask);
    const Grab pressed{keycode, modifiers};
    for (auto it = m_bindings.cbegin(); it != m_bindings.cend(); ++it) {
        if (it->grab == pressed)
            Q_EMIT activated(it.key());
    }
}

// Matched by key code alone: tools such as xdotool release the modifiers
// before the key, and people often do the same.
void X11HotkeyBackend::handleKeyRelease(quint8 keycode, quint32 time)
{
    m_down.remove(keycode);
    m_lastRelease.insert(keycode, time);
}
