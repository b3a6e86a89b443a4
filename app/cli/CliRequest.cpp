#include "cli/CliRequest.h"

#include <QCoreApplication>

QStringList CliRequest::missing() const
{
    QStringList absent;
    if (server.baseUrl.isEmpty())
        absent.append(QStringLiteral("--server URL"));
    if (server.apiUser.isEmpty())
        absent.append(QStringLiteral("--user USER"));
    if (!passwordGiven)
        absent.append(QStringLiteral("PARKBAR_PASSWORD"));
    if (agent.isEmpty())
        absent.append(QStringLiteral("--agent AGENT"));
    return absent;
}

QString CliRequest::missingMessage() const
{
    const QStringList absent = missing();
    if (absent.isEmpty())
        return {};
    return QCoreApplication::translate("CliRequest", "Missing: %1 (the saved profile does not have it; the API password "
                                                     "comes from the keychain, where the window saves it, or from the "
                                                     "environment variable PARKBAR_PASSWORD).")
        .arg(absent.join(QStringLiteral(", ")));
}
