#pragma once

#include <QString>

struct ProfileSettings;

// How a profile's desk reaches VICIdial (issue 16): on its own, through a
// hub that pushes the floor while the desk keeps the API password, or
// through a gateway hub that holds the password and sends the commands.
enum class DeskMode : quint8 { Direct, HubFeed, HubGateway };

// hub/url empty: Direct; otherwise hub/mode decides.
DeskMode deskModeOf(const ProfileSettings &profile);
// Whether the desk reads, asks for, keeps or sends a VICIdial password.
inline bool deskHoldsPassword(DeskMode mode)
{
    return mode != DeskMode::HubGateway;
}
// For the Settings dialog: which mode the profile is in, in one sentence.
QString deskModeSentence(DeskMode mode);
// Why the dialog offers no server password field in gateway mode.
QString noPasswordHereSentence();
