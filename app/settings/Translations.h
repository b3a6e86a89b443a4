#pragma once

#include <QString>

class QCoreApplication;

// Loads ParkBar's and Qt's own translations for a language setting: empty
// or "system" follows the system locale, "en" keeps English. Returns the
// language actually loaded ("es", "pt_BR", "fr") or "en".
QString installTranslations(QCoreApplication &app, const QString &languageSetting);
