#include "vicidial/ProxyChoice.h"

std::optional<ProxyChoice> ProxyChoice::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    ProxyChoice choice;
    if (trimmed.isEmpty() || trimmed.compare(QLatin1String("system"), Qt::CaseInsensitive) == 0)
        return choice;
    if (trimmed.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        choice.mode = Mode::None;
        return choice;
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) != 0 || url.host().isEmpty()
        || !url.password().isEmpty() || (!url.path().isEmpty() && url.path() != QLatin1String("/")) || url.hasQuery()
        || url.hasFragment())
        return std::nullopt;
    choice.mode = Mode::Manual;
    choice.address.setScheme(QStringLiteral("http"));
    choice.address.setUserName(url.userName());
    choice.address.setHost(url.host());
    choice.address.setPort(url.port(kDefaultPort));
    return choice;
}

QString ProxyChoice::toText() const
{
    switch (mode) {
    case Mode::System: return QStringLiteral("system");
    case Mode::None: return QStringLiteral("none");
    case Mode::Manual: return address.toString();
    }
    return {};
}

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
