#include "settings/SettingsSnapshot.h"

const ProfileSettings *SettingsSnapshot::profile(const QString &id) const
{
    for (const ProfileSettings &candidate : profiles) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

ProfileSettings *SettingsSnapshot::profile(const QString &id)
{
    for (ProfileSettings &candidate : profiles) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}
