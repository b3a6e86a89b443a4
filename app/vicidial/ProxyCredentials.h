#pragma once

#include <QString>

// A proxy's user name and password, in memory only, for the proxy at
// "host:port" (as the keychain entry "proxy:host:port" keeps them).
struct ProxyCredentials
{
    QString proxy; // "host:port"
    QString user;
    QString password;

    bool isEmpty() const { return user.isEmpty() && password.isEmpty(); }
    bool operator==(const ProxyCredentials &) const = default;

    static QString proxyKey(const QString &host, int port);
    // The keychain entry's name and secret (the user name and password on two lines).
    static QString keychainKey(const QString &proxy) { return QStringLiteral("proxy:") + proxy; }
    QString toSecret() const { return user + QLatin1Char('\n') + password; }
    static ProxyCredentials fromSecret(const QString &proxy, const QString &secret);
};
