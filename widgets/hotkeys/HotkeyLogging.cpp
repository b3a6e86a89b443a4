#include "hotkeys/HotkeyLogging.h"

Q_LOGGING_CATEGORY(lcHotkeys, "parkbar.hotkeys", QtInfoMsg)
