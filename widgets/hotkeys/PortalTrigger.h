#pragma once

#include <QKeySequence>
#include <QString>

// A key combination as the XDG shortcuts specification writes a preferred
// trigger for the GlobalShortcuts portal: "CTRL+ALT+p", "LOGO+F5". Empty
// when the key has no name there.
QString portalTriggerFor(const QKeySequence &sequence);
