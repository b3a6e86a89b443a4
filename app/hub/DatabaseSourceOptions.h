#pragma once

#include <QString>
#include <QStringList>

// How the hub reaches VICIdial's database with a read-only account, and what
// part of the floor it reads. The password is read from a file only the
// service can read; it lives here in memory only and is never logged.
struct DatabaseSourceOptions
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 3306;
    QString socket;                           // a Unix socket instead of host:port, when set
    QString database = QStringLiteral("asterisk");
    QString user;
    QString password;
    QStringList campaigns;                    // only these campaigns; empty: every campaign
    QStringList userGroups;                   // only these user groups; empty: every group
    int connectTimeoutSeconds = 5;
};
