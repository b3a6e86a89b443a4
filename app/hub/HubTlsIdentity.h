#pragma once

#include <QCoreApplication>
#include <QSslConfiguration>
#include <QString>

// The hub's TLS identity: the administrator's certificate (with its chain)
// and unencrypted private key, both PEM, as a server configuration.
class HubTlsIdentity final
{
    Q_DECLARE_TR_FUNCTIONS(HubTlsIdentity)

public:
    struct Loaded
    {
        QSslConfiguration configuration;
        QString error; // empty when both loaded
    };

    static Loaded load(const QString &certificateFile, const QString &keyFile);
};
