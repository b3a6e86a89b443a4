#include "hub/HubToken.h"

QString hubRoleName(HubRole role)
{
    return role == HubRole::Supervisor ? QStringLiteral("supervisor") : QStringLiteral("bar");
}

std::optional<HubRole> hubRoleFromName(QStringView name)
{
    if (name == u"bar")
        return HubRole::Bar;
    if (name == u"supervisor")
        return HubRole::Supervisor;
    return std::nullopt;
}
