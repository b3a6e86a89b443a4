#pragma once

#include <QCoreApplication>
#include <QString>

// A secret (a password) kept in a file of its own that only the service
// can read, never in the configuration file. The secret is never logged.
class SecretFile final
{
    Q_DECLARE_TR_FUNCTIONS(SecretFile)

public:
    struct Read
    {
        QString secret;  // without the trailing line break
        QString error;   // empty when it was read
        QString warning; // the file is readable by other users
    };

    static Read read(const QString &path);
    // A warning when the file is readable by users other than its owner and group.
    static QString exposureWarning(const QString &path);
};
