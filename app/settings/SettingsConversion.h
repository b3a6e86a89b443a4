#pragma once

#include "hub/HubClientOptions.h"
#include "settings/SettingsSnapshot.h"
#include "state/SessionOptions.h"
#include "vicidial/ServerConfig.h"

class SettingsStore;

// What a session needs, from the global keys.
SessionOptions sessionOptionsFrom(const SettingsSnapshot &settings);
SessionOptions sessionOptionsFrom(const SettingsStore &store);

// What the wire needs, from one profile and its password (kept in memory
// only). The base URL is normalised and the pin parsed.
ServerConfig serverConfigFrom(const ProfileSettings &profile, const QString &password);

// The hub a profile follows (its first address; hub/url empty: none) and how
// it trusts it. The token: the administrator's hub/token, else the keychain's
// (hubTokenKey), which the caller fills in.
HubClientOptions hubClientOptionsFrom(const ProfileSettings &profile);
// The keychain entry of a profile's hub token: "hub-token@<host>[:port]".
QString hubTokenKey(const QUrl &hubUrl);

// The keychain entry of a profile's password: "<apiUser>@<host>" (with
// ":<port>" when the address has one), so profiles sharing an API user on
// one server share its password. Empty when either part is missing.
QString credentialKey(const ProfileSettings &profile);
QString credentialKey(const QUrl &serverUrl, const QString &apiUser);
