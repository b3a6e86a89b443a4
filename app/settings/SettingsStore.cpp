#include "settings/SettingsStore.h"

#include "util/Logging.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUuid>

namespace {

const QString kOrganisation = QStringLiteral("ParkBar");
const QString kApplication = QStringLiteral("ParkBar");
const QString kLockedKey = QStringLiteral("locked");
const QString kProfilesGroup = QStringLiteral("profiles");
const QString kDefaultProfileId = QStringLiteral("default");

std::unique_ptr<QSettings> openSettings(const QString &file, QSettings::Scope scope)
{
    auto settings = file.isEmpty() ? std::make_unique<QSettings>(scope, kOrganisation, kApplication)
                                   : std::make_unique<QSettings>(file, QSettings::IniFormat);
    // One documented file per layer: no organisation-wide or system fallbacks.
    settings->setFallbacksEnabled(false);
    return settings;
}

} // namespace

SettingsStore::SettingsStore(const SettingsPaths &paths, QObject *parent)
    : QObject(parent),
      m_user(openSettings(paths.userFile, QSettings::UserScope)),
      m_system(openSettings(paths.systemFile, QSettings::SystemScope))
{
    load();
}

SettingsStore::~SettingsStore() = default;

QString SettingsStore::userFileName() const
{
    return m_user->fileName();
}

QString SettingsStore::systemFileName() const
{
    return m_system->fileName();
}

QString SettingsStore::profilePath(const QString &profileId, const QString &name)
{
    return kProfilesGroup + QLatin1Char('/') + profileId + QLatin1Char('/') + name;
}

QVariant SettingsStore::readRaw(QSettings &settings, const QString &path, SettingType type) const
{
    if (type != SettingType::CampaignModes)
        return settings.value(path);
    settings.beginGroup(path);
    QVariantMap map;
    const QStringList keys = settings.childKeys();
    for (const QString &campaign : keys)
        map.insert(campaign, settings.value(campaign));
    settings.endGroup();
    return map.isEmpty() ? QVariant() : QVariant(map);
}

void SettingsStore::loadSystem()
{
    m_systemValues.clear();
    m_current.locked.clear();
    if (m_system->status() != QSettings::NoError)
        qCWarning(lcSettings) << "cannot read the system settings file" << m_system->fileName();
    for (const SettingSpec &spec : settingSpecs()) {
        const QVariant raw = readRaw(*m_system, spec.name, spec.type);
        if (!raw.isValid())
            continue;
        if (const std::optional<QVariant> valid = normalizedSettingValue(spec.id, raw))
            m_systemValues.insert(spec.id, *valid);
        else
            qCWarning(lcSettings) << "ignoring an invalid value for" << spec.name << "in" << m_system->fileName();
    }
    const QVariant lockedRaw = m_system->value(kLockedKey);
    const QStringList lockedNames = lockedRaw.typeId() == QMetaType::QStringList
        ? lockedRaw.toStringList()
        : lockedRaw.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &name : lockedNames) {
        const std::optional<Setting> key = settingFromName(name.trimmed());
        if (!key || !settingSpec(*key).lockable) {
            qCWarning(lcSettings) << "the system settings file locks an unknown or unlockable key:" << name.trimmed();
            continue;
        }
        if (!m_current.locked.contains(*key))
            m_current.locked.append(*key);
    }
}

QVariant SettingsStore::inherited(Setting key) const
{
    return m_systemValues.value(key, settingSpec(key).defaultValue);
}

void SettingsStore::load()
{
    loadSystem();
    auto effective = [this](Setting key, const QString &path) {
        if (isLocked(key))
            return inherited(key);
        const SettingSpec &spec = settingSpec(key);
        const QVariant raw = readRaw(*m_user, path, spec.type);
        if (raw.isValid()) {
            if (const std::optional<QVariant> valid = normalizedSettingValue(key, raw))
                return *valid;
            qCWarning(lcSettings) << "ignoring an invalid value for" << path << "in" << m_user->fileName();
        }
        return inherited(key);
    };

    m_current.globals.clear();
    m_current.profiles.clear();
    for (const SettingSpec &spec : settingSpecs()) {
        if (spec.scope == SettingScope::Global)
            m_current.globals.insert(spec.id, effective(spec.id, spec.name));
    }

    m_user->beginGroup(kProfilesGroup);
    const QStringList ids = m_user->childGroups();
    m_user->endGroup();
    for (const QString &id : ids) {
        ProfileSettings profile;
        profile.id = id;
        profile.name = m_user->value(profilePath(id, QStringLiteral("name")), id).toString();
        for (const SettingSpec &spec : settingSpecs()) {
            if (spec.scope == SettingScope::Profile)
                profile.values.insert(spec.id, effective(spec.id, profilePath(id, spec.name)));
        }
        m_current.profiles.append(profile);
    }
    if (m_current.profiles.isEmpty()) {
        ProfileSettings profile;
        profile.id = kDefaultProfileId;
        profile.name = tr("Default");
        for (const SettingSpec &spec : settingSpecs()) {
            if (spec.scope == SettingScope::Profile)
                profile.values.insert(spec.id, inherited(spec.id));
        }
        m_current.profiles.append(profile);
        m_user->setValue(profilePath(profile.id, QStringLiteral("name")), profile.name);
    }
    const QString last = m_current.globals.value(Setting::LastProfile).toString();
    m_current.activeProfileId = m_current.profile(last) ? last : m_current.profiles.first().id;
}

QVariant SettingsStore::value(Setting key) const
{
    if (settingSpec(key).scope == SettingScope::Profile)
        return profileValue(key);
    return m_current.value(key);
}

QVariant SettingsStore::profileValue(Setting key, const QString &profileId) const
{
    const ProfileSettings *profile = m_current.profile(profileId.isEmpty() ? m_current.activeProfileId : profileId);
    return profile ? profile->value(key) : inherited(key);
}

bool SettingsStore::isLocked(Setting key) const
{
    return m_current.isLocked(key);
}

QList<Setting> SettingsStore::lockedKeys() const
{
    return m_current.locked;
}

std::optional<QVariant> SettingsStore::systemValue(Setting key) const
{
    if (!m_systemValues.contains(key))
        return std::nullopt;
    return m_systemValues.value(key);
}

void SettingsStore::writeRaw(const QString &path, Setting key, const QVariant &value)
{
    // A value equal to the preset is not written, so later preset changes reach this user.
    m_user->remove(path);
    if (value == inherited(key))
        return;
    if (settingSpec(key).type == SettingType::CampaignModes) {
        const QVariantMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            m_user->setValue(path + QLatin1Char('/') + it.key(), it.value());
        return;
    }
    m_user->setValue(path, value);
}

bool SettingsStore::setValue(Setting key, const QVariant &value)
{
    const SettingSpec &spec = settingSpec(key);
    if (spec.scope == SettingScope::Profile)
        return setProfileValue(m_current.activeProfileId, key, value);
    const std::optional<QVariant> valid = normalizedSettingValue(key, value);
    if (isLocked(key) || !valid)
        return false;
    writeRaw(spec.name, key, *valid);
    if (m_current.globals.value(key) != *valid) {
        m_current.globals.insert(key, *valid);
        Q_EMIT valueChanged(key, {});
    }
    return true;
}

bool SettingsStore::setProfileValue(const QString &profileId, Setting key, const QVariant &value)
{
    const SettingSpec &spec = settingSpec(key);
    ProfileSettings *profile = m_current.profile(profileId);
    const std::optional<QVariant> valid = normalizedSettingValue(key, value);
    if (spec.scope != SettingScope::Profile || !profile || isLocked(key) || !valid)
        return false;
    writeRaw(profilePath(profileId, spec.name), key, *valid);
    m_user->setValue(profilePath(profileId, QStringLiteral("name")), profile->name);
    if (profile->value(key) != *valid) {
        profile->values.insert(key, *valid);
        Q_EMIT valueChanged(key, profileId);
    }
    return true;
}

QList<ProfileSettings> SettingsStore::profiles() const
{
    return m_current.profiles;
}

QString SettingsStore::activeProfileId() const
{
    return m_current.activeProfileId;
}

ProfileSettings SettingsStore::activeProfile() const
{
    const ProfileSettings *profile = m_current.activeProfile();
    return profile ? *profile : ProfileSettings();
}

QString SettingsStore::newProfileId()
{
    return QLatin1Char('p') + QUuid::createUuid().toString(QUuid::Id128).left(8);
}

ProfileSettings SettingsStore::presetProfile(const QString &name) const
{
    ProfileSettings profile;
    profile.id = newProfileId();
    profile.name = name.trimmed().isEmpty() ? tr("Profile %1").arg(m_current.profiles.size() + 1) : name.trimmed();
    for (const SettingSpec &spec : settingSpecs()) {
        if (spec.scope == SettingScope::Profile)
            profile.values.insert(spec.id, inherited(spec.id));
    }
    return profile;
}

QString SettingsStore::addProfile(const QString &name)
{
    const ProfileSettings profile = presetProfile(name);
    m_current.profiles.append(profile);
    m_user->setValue(profilePath(profile.id, QStringLiteral("name")), profile.name);
    Q_EMIT profilesChanged();
    return profile.id;
}

bool SettingsStore::renameProfile(const QString &profileId, const QString &name)
{
    ProfileSettings *profile = m_current.profile(profileId);
    if (!profile || name.trimmed().isEmpty())
        return false;
    if (profile->name == name.trimmed())
        return true;
    profile->name = name.trimmed();
    m_user->setValue(profilePath(profileId, QStringLiteral("name")), profile->name);
    Q_EMIT profilesChanged();
    return true;
}

bool SettingsStore::removeProfile(const QString &profileId)
{
    if (m_current.profiles.size() <= 1 || !m_current.profile(profileId))
        return false;
    m_current.profiles.removeIf([&profileId](const ProfileSettings &profile) { return profile.id == profileId; });
    m_user->remove(kProfilesGroup + QLatin1Char('/') + profileId);
    Q_EMIT profilesChanged();
    if (m_current.activeProfileId == profileId)
        setActiveProfile(m_current.profiles.first().id);
    return true;
}

bool SettingsStore::setActiveProfile(const QString &profileId)
{
    if (!m_current.profile(profileId))
        return false;
    if (m_current.activeProfileId == profileId)
        return true;
    m_current.activeProfileId = profileId;
    setValue(Setting::LastProfile, profileId);
    Q_EMIT activeProfileChanged(profileId);
    return true;
}

SettingsSnapshot SettingsStore::snapshot() const
{
    return m_current;
}

bool SettingsStore::apply(const SettingsSnapshot &edited)
{
    for (const SettingSpec &spec : settingSpecs()) {
        if (spec.scope == SettingScope::Global && spec.id != Setting::LastProfile && !isLocked(spec.id)
            && edited.globals.contains(spec.id) && edited.value(spec.id) != value(spec.id)) {
            if (!setValue(spec.id, edited.value(spec.id)))
                qCWarning(lcSettings) << "not applied, invalid:" << spec.name;
        }
    }
    const QList<ProfileSettings> before = m_current.profiles;
    for (const ProfileSettings &old : before) {
        if (!edited.profile(old.id))
            removeProfile(old.id);
    }
    for (const ProfileSettings &profile : edited.profiles) {
        if (!m_current.profile(profile.id)) {
            ProfileSettings added = presetProfile(profile.name);
            added.id = profile.id;
            m_current.profiles.append(added);
            m_user->setValue(profilePath(profile.id, QStringLiteral("name")), profile.name);
            Q_EMIT profilesChanged();
        }
        renameProfile(profile.id, profile.name);
        for (auto it = profile.values.cbegin(); it != profile.values.cend(); ++it) {
            if (!isLocked(it.key()) && profileValue(it.key(), profile.id) != it.value()
                && !setProfileValue(profile.id, it.key(), it.value()))
                qCWarning(lcSettings) << "not applied, invalid:" << settingName(it.key()) << "of profile" << profile.id;
        }
    }
    if (!edited.activeProfileId.isEmpty())
        setActiveProfile(edited.activeProfileId);
    const bool saved = save();
    Q_EMIT applied();
    return saved;
}

bool SettingsStore::save()
{
    m_user->sync();
    if (m_user->status() != QSettings::NoError) {
        m_lastError = tr("Cannot write the settings file %1.").arg(m_user->fileName());
        qCWarning(lcSettings) << "cannot write the settings file" << m_user->fileName() << m_user->status();
        return false;
    }
    m_lastError.clear();
    return true;
}
