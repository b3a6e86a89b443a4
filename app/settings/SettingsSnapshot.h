#pragma once

#include "settings/Setting.h"

#include <QList>
#include <QString>

// One profile: a server + agent combination and its own values of the
// profile-scoped keys.
struct ProfileSettings
{
    QString id;   // stable, never shown: "default", "p3f9c2a1"...
    QString name; // shown to people
    SettingValues values;

    QVariant value(Setting key) const { return values.value(key, settingSpec(key).defaultValue); }
    bool operator==(const ProfileSettings &) const = default;
};

// Every effective value at one moment: what the settings dialog edits and
// hands back, so that Cancel only has to drop it.
struct SettingsSnapshot
{
    SettingValues globals;
    QList<ProfileSettings> profiles;
    QString activeProfileId;
    QList<Setting> locked;

    QVariant value(Setting key) const { return globals.value(key, settingSpec(key).defaultValue); }
    bool isLocked(Setting key) const { return locked.contains(key); }
    const ProfileSettings *profile(const QString &id) const;
    ProfileSettings *profile(const QString &id);
    const ProfileSettings *activeProfile() const { return profile(activeProfileId); }
    bool operator==(const SettingsSnapshot &) const = default;
};
