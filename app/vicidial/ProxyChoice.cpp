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
