#pragma once

#include <QByteArray>

struct xcb_connection_t;

// Another program on the same X server, for the hotkey tests: grabs and
// releases combinations on the root window as a rival would.
class OtherX11Client final
{
public:
    explicit OtherX11Client(const QByteArray &display);
    ~OtherX11Client();
    OtherX11Client(const OtherX11Client &) = delete;
    OtherX11Client &operator=(const OtherX11Client &) = delete;

    bool isConnected() const { return m_connection != nullptr; }
    quint16 numLockMask() const { return m_numLockMask; }

    // Grabs the key that types keysym with exactly these X modifiers; the X
    // error code (10 is BadAccess: someone else holds it), or 0.
    int grab(quint32 keysym, quint16 modifiers);
    void ungrab(quint32 keysym, quint16 modifiers);

private:
    quint8 keycodeFor(quint32 keysym) const;

    xcb_connection_t *m_connection = nullptr;
    quint32 m_root = 0;
    quint16 m_numLockMask = 0;
};
