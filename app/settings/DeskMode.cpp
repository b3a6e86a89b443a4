#include "settings/DeskMode.h"

#include "settings/SettingsSnapshot.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

class DeskModeWords
{
    Q_DECLARE_TR_FUNCTIONS(DeskMode)
};

} // namespace

DeskMode deskModeOf(const ProfileSettings &profile)
{
    const QStringList urls = profile.value(Setting::HubUrl).toStringList();
    const bool anyHub = std::any_of(urls.cbegin(), urls.cend(), [](const QString &url) { return !url.trimmed().isEmpty(); });
    if (!anyHub)
        return DeskMode::Direct;
    return profile.value(Setting::HubMode).toString() == QLatin1String("gateway") ? DeskMode::HubGateway : DeskMode::HubFeed;
}

QString deskModeSentence(DeskMode mode)
{
    switch (mode) {
    case DeskMode::Direct:
        return DeskModeWords::tr("Direct: no hub. This desk polls the VICIdial server itself and keeps the API password.");
    case DeskMode::HubFeed:
        return DeskModeWords::tr("Feed: the floor comes via the hub; the API password is on this desk, which polls "
                                 "directly while the hub cannot be reached.");
    case DeskMode::HubGateway:
        return DeskModeWords::tr("Gateway: the hub holds the API password and sends the commands. This desk holds no "
                                 "VICIdial password and works only while the hub can be reached.");
    }
    return {};
}

QString noPasswordHereSentence()
{
    return DeskModeWords::tr("No password here: in gateway mode the hub holds the API password, and this desk never "
                             "asks for or keeps one.");
}
