#pragma once

#include "hotkeys/GlobalHotkeyBackend.h"

#include <QString>

#include <memory>

enum class HotkeyBackendKind : quint8 { X11, Portal, Windows, None };

// Linux's choice at run time, from Qt's platform plugin name and which
// displays the session has. On a Wayland session X11 grabs would only see
// the X11 (XWayland) windows, never a Wayland browser, so the portal is used
// there even when Qt itself runs on xcb.
HotkeyBackendKind chooseLinuxHotkeyBackend(const QString &platformName, bool hasX11Display, bool hasWaylandDisplay);

// The backend for this platform and session; the platforms are chosen at
// build time (X11 only where xcb was found, Windows only on Windows).
std::unique_ptr<GlobalHotkeyBackend> createGlobalHotkeyBackend();
