#pragma once

#include <QKeyCombination>

#include <optional>

// The X keysym for a Qt key ("Ctrl+Alt+P" -> XK_p), or nullopt for keys X
// has no name for. The keypad modifier picks the keypad's own keysyms.
std::optional<quint32> x11KeysymFor(QKeyCombination combination);
