#pragma once

#include "hub/HubScope.h"

#include <QString>

#include <optional>

enum class HubRole : quint8 {
    Bar,        // sees only the agents it subscribes to, with what the bar's rules and status line use
    Supervisor, // sees the floor within its campaigns and user groups, with what the supervisor table shows
};

QString hubRoleName(HubRole role); // "bar", "supervisor"
std::optional<HubRole> hubRoleFromName(QStringView name);

// One token the administrator issued, as the tokens file keeps it: never the
// token itself, only its SHA-256.
struct HubToken
{
    QString name;      // for logs and metrics: "desk-12", "floor2-supervisors"
    HubRole role = HubRole::Bar;
    QString sha256Hex; // lowercase hex of SHA-256 over the token's UTF-8 text
    HubScope scope;    // campaigns / user groups it may see; empty: all the hub serves
    QString agent;     // bound to this agent login only (fixed seating); empty: any
    QString phone;     // bound to this phone (SIP/1000): gateway mode, issue 16; not served yet

    bool operator==(const HubToken &) const = default;
};
