#include "settings/SettingsConversion.h"

#include "settings/SettingsStore.h"

SessionOptions sessionOptionsFrom(const SettingsSnapshot &settings)
{
    SessionOptions options;
    options.confirmingPollMs = settings.value(Setting::PollConfirmingMs).toInt();
    options.loggedInPollMs = settings.value(Setting::PollLoggedInMs).toInt();
    options.loggedOutPollMs = settings.value(Setting::PollLoggedOutMs).toInt();
    options.maxBackoffMs = settings.value(Setting::PollMaxBackoffMs).toInt();
    options.confirmTimeoutMs = settings.value(Setting::ConfirmTimeoutMs).toInt();
    options.parkWarnSeconds = settings.value(Setting::ParkWarnSeconds).toInt();
    options.parkCriticalSeconds = settings.value(Setting::ParkCriticalSeconds).toInt();
    options.screenSupportsSwapAndHangup = settings.value(Setting::ScreenSupportsSwapAndHangup).toBool();
    const QVariantMap modes = settings.value(Setting::ParkIvrModes).toMap();
    for (auto it = modes.cbegin(); it != modes.cend(); ++it) {
        if (const std::optional<ParkIvrMode> mode = parkIvrModeFromKey(it.value().toString()))
            options.parkIvrModes.insert(it.key(), *mode);
    }
    return options;
}

SessionOptions sessionOptionsFrom(const SettingsStore &store)
{
    return sessionOptionsFrom(store.snapshot());
}

ServerConfig serverConfigFrom(const ProfileSettings &profile, const QString &password)
{
    ServerConfig config;
    config.baseUrl = ServerConfig::normalizedBaseUrl(QUrl(profile.value(Setting::ServerUrl).toString().trimmed()));
    config.apiUser = profile.value(Setting::ApiUser).toString();
    config.password = password;
    config.source = profile.value(Setting::Source).toString();
    config.method = profile.value(Setting::RequestMethod).toString() == QLatin1String("GET") ? ServerConfig::Method::Get
                                                                                             : ServerConfig::Method::Post;
    config.timeoutMs = profile.value(Setting::RequestTimeoutMs).toInt();
    config.caFile = profile.value(Setting::TlsCaFile).toString();
    config.setPins(TlsPins::parse(profile.value(Setting::TlsPinnedSha256).toString()).value_or(TlsPins()));
    config.proxy = ProxyChoice::parse(profile.value(Setting::Proxy).toString()).value_or(ProxyChoice());
    return config;
}

HubClientOptions hubClientOptionsFrom(const ProfileSettings &profile)
{
    HubClientOptions options;
    QStringList urls;
    for (const QString &url : profile.value(Setting::HubUrl).toStringList()) {
        if (!url.trimmed().isEmpty())
            urls.append(url.trimmed());
    }
    if (!urls.isEmpty())
        options.url = QUrl(urls.first());
    if (urls.size() > 1)
        options.secondUrl = QUrl(urls.at(1)); // two hubs of one floor; more are not used
    options.token = profile.value(Setting::HubToken).toString();
    options.caFile = profile.value(Setting::HubCaFile).toString();
    options.pinnedSha256 = ServerConfig::parseFingerprint(profile.value(Setting::HubPinnedSha256).toString());
    return options;
}

QString hubTokenKey(const QUrl &hubUrl)
{
    if (hubUrl.host().isEmpty())
        return {};
    QString key = QStringLiteral("hub-token@") + hubUrl.host().toLower();
    if (hubUrl.port() > 0)
        key += QLatin1Char(':') + QString::number(hubUrl.port());
    return key;
}

QString credentialKey(const QUrl &serverUrl, const QString &apiUser)
{
    const QString host = serverUrl.host().toLower();
    if (host.isEmpty() || apiUser.isEmpty())
        return {};
    QString key = apiUser + QLatin1Char('@') + host;
    if (serverUrl.port() > 0)
        key += QLatin1Char(':') + QString::number(serverUrl.port());
    return key;
}

QString credentialKey(const ProfileSettings &profile)
{
    return credentialKey(QUrl(profile.value(Setting::ServerUrl).toString().trimmed()), profile.value(Setting::ApiUser).toString());
}
