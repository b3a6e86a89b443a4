#pragma once

#include <QString>
#include <QStringList>

// An API user (a vicidial_users row) as the two APIs check it.
struct SimApiUser
{
    QString user;
    QString password; // as stored: compared with the server's edited form of what was sent
    int userLevel = 9;
    bool viewReports = true;
    bool agentApiAccess = true;
    QStringList allowedFunctions{QStringLiteral("ALL_FUNCTIONS")};
    QString userGroup = QStringLiteral("ADMIN");

    bool mayUse(const QString &function) const
    {
        return allowedFunctions.contains(QLatin1String("ALL_FUNCTIONS")) || allowedFunctions.contains(function);
    }
};
