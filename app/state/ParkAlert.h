#pragma once

#include <QtGlobal>

// How loudly the park timer should be calling for attention.
enum class ParkAlert : quint8 { None, Warning, Critical };
