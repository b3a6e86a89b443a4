#include "OtherX11Client.h"

#include <X11/keysym.h>
#include <xcb/xcb.h>
#include <xcb/xcb_keysyms.h>

#include <cstdlib>

OtherX11Client::OtherX11Client(const QByteArray &display)
{
    int screenNumber = 0;
    m_connection = xcb_connect(display.constData(), &screenNumber);
    if (xcb_connection_has_error(m_connection)) {
        xcb_disconnect(m_connection);
        m_connection = nullptr;
        return;
    }
    m_root = xcb_setup_roots_iterator(xcb_get_setup(m_connection)).data->root;

    const quint8 numLock = keycodeFor(XK_Num_Lock);
    xcb_get_modifier_mapping_reply_t *mapping =
        xcb_get_modifier_mapping_reply(m_connection, xcb_get_modifier_mapping(m_connection), nullptr);
    if (mapping) {
        const xcb_keycode_t *keycodes = xcb_get_modifier_mapping_keycodes(mapping);
        for (int i = 0; i < 8 * mapping->keycodes_per_modifier; ++i) {
            if (numLock && keycodes[i] == numLock)
                m_numLockMask = quint16(1U << (i / mapping->keycodes_per_modifier));
        }
        std::free(mapping);
    }
}

OtherX11Client::~OtherX11Client()
{
    if (m_connection)
        xcb_disconnect(m_connection);
}

quint8 OtherX11Client::keycodeFor(quint32 keysym) const
{
    xcb_key_symbols_t *symbols = xcb_key_symbols_alloc(m_connection);
    xcb_keycode_t *keycodes = xcb_key_symbols_get_keycode(symbols, keysym);
    const quint8 keycode = keycodes ? keycodes[0] : 0;
    std::free(keycodes);
    xcb_key_symbols_free(symbols);
    return keycode;
}

int OtherX11Client::grab(quint32 keysym, quint16 modifiers)
{
    const xcb_void_cookie_t cookie = xcb_grab_key_checked(m_connection, 0, m_root, modifiers, keycodeFor(keysym),
                                                          XCB_GRAB_MODE_ASYNC, XCB_GRAB_MODE_ASYNC);
    xcb_generic_error_t *error = xcb_request_check(m_connection, cookie);
    const int code = error ? error->error_code : 0;
    std::free(error);
    return code;
}

void OtherX11Client::ungrab(quint32 keysym, quint16 modifiers)
{
    xcb_ungrab_key(m_connection, keycodeFor(keysym), m_root, modifiers);
    // A round trip, so the release is done before the test goes on.
    std::free(xcb_get_input_focus_reply(m_connection, xcb_get_input_focus(m_connection), nullptr));
}
