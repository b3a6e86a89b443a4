#include "hotkeys/NullHotkeyBackend.h"

NullHotkeyBackend::NullHotkeyBackend(const QString &reason, QObject *parent)
    : GlobalHotkeyBackend(parent), m_reason(reason)
{
}
