#pragma once

#include "cli/CliRequest.h"
#include "settings/SettingsSnapshot.h"

#include <QCoreApplication>
#include <QStringList>

// The command line with the saved profile: the profile (--profile NAME, or
// the one the window uses) gives the server, API user, agent, source,
// method, timeout, TLS pin or CA file and proxy; --server, --user, --agent,
// --source, --get, --timeout, --ca-file and --pin override one field each.
// The password is looked up afterwards, for the address and user that result.
class CliProfile final
{
    Q_DECLARE_TR_FUNCTIONS(CliProfile)

public:
    struct Outcome
    {
        std::optional<CliRequest> request; // unless error is set
        QString error;                     // one translated line
        QStringList warnings;              // translated lines for stderr
    };

    // profiles and activeProfileId as SettingsStore has them (no profile at all is fine).
    static Outcome resolve(const CliRequest &request, const QList<ProfileSettings> &profiles, const QString &activeProfileId);
    // Why a profile in gateway mode cannot be used from the command line.
    static QString gatewayRefusal(const QString &profileName);
    // The one line printed for an http:// address.
    static QString plainHttpWarning(const QUrl &server);
};
