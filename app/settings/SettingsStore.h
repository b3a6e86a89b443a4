#pragma once

#include "settings/SettingsSnapshot.h"

#include <QObject>

#include <memory>
#include <optional>

class QSettings;

// Where the two layers live. Empty means the platform's own place for
// organisation and application "ParkBar": on Linux
// ~/.config/ParkBar/ParkBar.conf and /etc/xdg/ParkBar/ParkBar.conf (the first
// folder of $XDG_CONFIG_DIRS when set); on Windows the registry keys
// HKCU\Software\ParkBar\ParkBar and HKLM\Software\ParkBar\ParkBar. Tests pass
// INI files in a temporary folder.
struct SettingsPaths
{
    QString userFile;
    QString systemFile;
};

// The settings: the user's own values over an administrator's system-wide
// preset, with the keys the administrator locked taking the system value
// whatever the user's file says. Values are validated when loaded: a bad
// value falls back (to the preset, then the default) and is logged by key
// name only. Profiles hold the per-server keys; one of them is active.
// Secrets are never stored here (see CredentialStore).
class SettingsStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsStore)

public:
    explicit SettingsStore(const SettingsPaths &paths = {}, QObject *parent = nullptr);
    ~SettingsStore() override;

    QString userFileName() const;
    QString systemFileName() const;

    // Global keys.
    QVariant value(Setting key) const;
    int intValue(Setting key) const { return value(key).toInt(); }
    bool boolValue(Setting key) const { return value(key).toBool(); }
    QString stringValue(Setting key) const { return value(key).toString(); }
    QStringList stringListValue(Setting key) const { return value(key).toStringList(); }
    // Profile keys, for one profile (the active one when profileId is empty).
    QVariant profileValue(Setting key, const QString &profileId = {}) const;

    bool isLocked(Setting key) const;
    QList<Setting> lockedKeys() const;
    // What the system file says for the key (valid values only).
    std::optional<QVariant> systemValue(Setting key) const;

    // Write to the user's file (call save() to flush). Refused, returning
    // false, for a locked key, an invalid value or an unknown profile.
    bool setValue(Setting key, const QVariant &value);
    bool setProfileValue(const QString &profileId, Setting key, const QVariant &value);

    QList<ProfileSettings> profiles() const;
    QString activeProfileId() const;
    ProfileSettings activeProfile() const;
    // A new profile (fresh id) holding the preset values; not added.
    ProfileSettings presetProfile(const QString &name) const;
    // Adds a profile with the preset values and returns its id.
    QString addProfile(const QString &name);
    bool renameProfile(const QString &profileId, const QString &name);
    // The last profile cannot be removed.
    bool removeProfile(const QString &profileId);
    bool setActiveProfile(const QString &profileId);
    static QString newProfileId();

    SettingsSnapshot snapshot() const;
    // Writes every difference (locked keys excepted), adds, renames and
    // removes profiles, switches the active one, then saves.
    bool apply(const SettingsSnapshot &edited);

    // Flushes the user's file; false when it could not be written.
    bool save();
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    // profileId is empty for a global key.
    void valueChanged(Setting key, const QString &profileId);
    void profilesChanged();
    void activeProfileChanged(const QString &profileId);
    // apply() finished: recompute everything derived from the settings once.
    void applied();

private:
    void load();
    void loadSystem();
    QVariant readRaw(QSettings &settings, const QString &path, SettingType type) const;
    void writeRaw(const QString &path, Setting key, const QVariant &value);
    QVariant inherited(Setting key) const;
    static QString profilePath(const QString &profileId, const QString &name);

    std::unique_ptr<QSettings> m_user;
    std::unique_ptr<QSettings> m_system;
    SettingValues m_systemValues;
    SettingsSnapshot m_current;
    QString m_lastError;
};
