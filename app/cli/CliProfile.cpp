#include "cli/CliProfile.h"

#include "settings/DeskMode.h"
#include "settings/SettingsConversion.h"

namespace {

const ProfileSettings *findProfile(const QList<ProfileSettings> &profiles, const QString &wanted)
{
    for (const ProfileSettings &profile : profiles) {
        if (profile.name == wanted)
            return &profile;
    }
    for (const ProfileSettings &profile : profiles) {
        if (profile.id == wanted)
            return &profile;
    }
    return nullptr;
}

} // namespace

QString CliProfile::plainHttpWarning(const QUrl &server)
{
    return tr("Warning: %1 is plain http, so the API password travels unencrypted; use https:// if the server offers it.")
        .arg(server.toString());
}

QString CliProfile::gatewayRefusal(const QString &profileName)
{
    return tr("The profile \"%1\" is in gateway mode: its hub holds the API password and sends the commands, and the "
              "command line does not go through a gateway hub. Use ParkBar's window, or give --server, --user and "
              "PARKBAR_PASSWORD to reach the server directly.")
        .arg(profileName);
}

CliProfile::Outcome CliProfile::resolve(const CliRequest &request, const QList<ProfileSettings> &profiles, const QString &activeProfileId)
{
    Outcome outcome;
    const ProfileSettings *profile = nullptr;
    if (!request.profile.isEmpty()) {
        profile = findProfile(profiles, request.profile);
        if (!profile) {
            QStringList names;
            for (const ProfileSettings &saved : profiles)
                names.append(saved.name);
            outcome.error = names.isEmpty() ? tr("--profile: there is no saved profile; set one up in the window first.")
                                            : tr("--profile: no saved profile is called \"%1\". Saved profiles: %2.")
                                                  .arg(request.profile, names.join(QStringLiteral(", ")));
            return outcome;
        }
    } else {
        profile = findProfile(profiles, activeProfileId);
        if (!profile && !profiles.isEmpty())
            profile = &profiles.first();
    }

    // A gateway desk holds no VICIdial password, and this command line sends
    // only to VICIdial: refuse before any keychain is read.
    if (profile && !request.serverGiven && deskModeOf(*profile) == DeskMode::HubGateway) {
        outcome.error = gatewayRefusal(profile->name);
        return outcome;
    }

    CliRequest resolved = request;
    if (profile) {
        const ServerConfig saved = serverConfigFrom(*profile, QString());
        resolved.profileName = profile->name;
        if (!request.serverGiven)
            resolved.server.baseUrl = saved.baseUrl;
        if (!request.userGiven)
            resolved.server.apiUser = saved.apiUser;
        if (!request.agentGiven)
            resolved.agent = profile->value(Setting::AgentUser).toString();
        if (!request.sourceGiven)
            resolved.server.source = saved.source;
        if (!request.methodGiven)
            resolved.server.method = saved.method;
        if (!request.timeoutGiven)
            resolved.server.timeoutMs = saved.timeoutMs;
        if (!request.caFileGiven)
            resolved.server.caFile = saved.caFile;
        if (!request.pinGiven)
            resolved.server.setPins(saved.pins());
        resolved.server.proxy = saved.proxy;
        // The profile's hub serves the profile's server only.
        if (!request.serverGiven)
            resolved.hub = hubClientOptionsFrom(*profile);
    }
    if (resolved.server.baseUrl.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0)
        outcome.warnings.append(plainHttpWarning(resolved.server.baseUrl));
    outcome.request = resolved;
    return outcome;
}
