#include "hotkeys/GlobalHotkeyBackendFactory.h"

#include "hotkeys/HotkeyTarget.h"
#include "hotkeys/NullHotkeyBackend.h"

#include <QCoreApplication>
#include <QGuiApplication>

#if defined(PARKBAR_HOTKEYS_X11)
#include "hotkeys/X11HotkeyBackend.h"
#endif
#if defined(PARKBAR_HOTKEYS_PORTAL)
#include "hotkeys/PortalHotkeyBackend.h"
#endif
#if defined(PARKBAR_HOTKEYS_WINDOWS)
#include "hotkeys/WindowsHotkeyBackend.h"
#endif

namespace {

[[maybe_unused]] QString unavailable(const char *reason)
{
    return QCoreApplication::translate("GlobalHotkeyBackendFactory", reason);
}

[[maybe_unused]] QMap<QString, QString> portalDescriptions()
{
    QMap<QString, QString> descriptions;
    for (HotkeyTarget target : kAllHotkeyTargets)
        descriptions.insert(hotkeyTargetId(target), hotkeyTargetDisplayName(target));
    return descriptions;
}

} // namespace

HotkeyBackendKind chooseLinuxHotkeyBackend(const QString &platformName, bool hasX11Display, bool hasWaylandDisplay)
{
    if (platformName.startsWith(u"wayland"))
        return HotkeyBackendKind::Portal;
    if (hasWaylandDisplay && platformName == u"xcb")
        return HotkeyBackendKind::Portal;
    if (hasX11Display)
        return HotkeyBackendKind::X11;
    if (hasWaylandDisplay)
        return HotkeyBackendKind::Portal;
    return HotkeyBackendKind::None;
}

std::unique_ptr<GlobalHotkeyBackend> createGlobalHotkeyBackend()
{
#if defined(PARKBAR_HOTKEYS_WINDOWS)
    return std::make_unique<WindowsHotkeyBackend>();
#elif defined(Q_OS_LINUX)
    const HotkeyBackendKind kind = chooseLinuxHotkeyBackend(
        QGuiApplication::platformName(), !qEnvironmentVariableIsEmpty("DISPLAY"),
        !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"));
    switch (kind) {
    case HotkeyBackendKind::X11:
#if defined(PARKBAR_HOTKEYS_X11)
        return std::make_unique<X11HotkeyBackend>();
#else
        return std::make_unique<NullHotkeyBackend>(
            unavailable(QT_TRANSLATE_NOOP("GlobalHotkeyBackendFactory",
                                          "This build of ParkBar has no X11 hotkey support; the in-window shortcuts still work.")));
#endif
    case HotkeyBackendKind::Portal:
#if defined(PARKBAR_HOTKEYS_PORTAL)
        return std::make_unique<PortalHotkeyBackend>(portalDescriptions());
#else
        return std::make_unique<NullHotkeyBackend>(unavailable(QT_TRANSLATE_NOOP(
            "GlobalHotkeyBackendFactory",
            "This desktop (Wayland) does not offer global shortcuts; the in-window shortcuts still work.")));
#endif
    case HotkeyBackendKind::Windows:
    case HotkeyBackendKind::None: break;
    }
    return std::make_unique<NullHotkeyBackend>(unavailable(QT_TRANSLATE_NOOP(
        "GlobalHotkeyBackendFactory", "No X11 or Wayland display was found; the in-window shortcuts still work.")));
#else
    return std::make_unique<NullHotkeyBackend>(unavailable(QT_TRANSLATE_NOOP(
        "GlobalHotkeyBackendFactory", "Global hotkeys are not supported on this system; the in-window shortcuts still work.")));
#endif
}
