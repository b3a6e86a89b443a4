#include "hotkeys/GlobalHotkeyBackend.h"

GlobalHotkeyBackend::BindResult GlobalHotkeyBackend::probe(const QKeySequence &sequence)
{
    const QString id = QStringLiteral("parkbar-probe");
    const BindResult result = bind(id, sequence);
    unbind(id);
    return result;
}
