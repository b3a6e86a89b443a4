#pragma once

#include <QLoggingCategory>

// parkbar.hotkeys: binding, grabs and the platform backends.
Q_DECLARE_LOGGING_CATEGORY(lcHotkeys)
