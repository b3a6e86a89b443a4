#include "vicidial/ProxyCredentials.h"

QString ProxyCredentials::proxyKey(const QString &host, int port)
{
    const QString lower = host.toLower();
    return (lower.contains(QLatin1Char(':')) ? QLatin1Char('[') + lower + QLatin1Char(']') : lower) + QLatin1Char(':')
        + QString::number(port);
}

ProxyCredentials ProxyCredentials::fromSecret(const QString &proxy, const QString &secret)
{
    ProxyCredentials credentials;
    credentials.proxy = proxy;
    const qsizetype newline = secret.indexOf(QLatin1Char('\n'));
    credentials.user = newline < 0 ? secret : secret.left(newline);
    credentials.password = newline < 0 ? QString() : secret.mid(newline + 1);
    return credentials;
}
