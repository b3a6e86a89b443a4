#pragma once

#include "hub/HubConfig.h"

#include <QCoreApplication>
#include <QStringList>

// Reads and checks parkbar-hub's INI file (QSettings' IniFormat, like the
// desk's files) and the password files it names. Passwords are refused in
// the INI itself; what is read from their files is never logged.
class HubConfigReader final
{
    Q_DECLARE_TR_FUNCTIONS(HubConfigReader)

public:
    struct Result
    {
        HubConfig config;
        QStringList errors;   // the hub must not start
        QStringList warnings; // it may, but someone should look

        bool ok() const { return errors.isEmpty(); }
    };

    static Result read(const QString &path);
    // Every key the file may hold, as "group/name".
    static const QStringList &knownKeys();
};
