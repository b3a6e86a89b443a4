#pragma once

#include "vicidial/ParkAction.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

// Every setting ParkBar knows. The table in Setting.cpp gives each one its
// stored name, type, default and whether an administrator may lock it.
enum class Setting : quint8 {
    // Per profile: one set for each server + agent combination.
    ServerUrl,
    ApiUser,
    AgentUser,
    Source,
    RequestMethod,
    RequestTimeoutMs,
    TlsCaFile,
    TlsPinnedSha256,
    Proxy,
    HubUrl,
    HubToken,
    HubCaFile,
    HubPinnedSha256,
    HubMode,

    // Global.
    PollConfirmingMs,
    PollLoggedInMs,
    PollLoggedOutMs,
    PollMaxBackoffMs,
    ConfirmTimeoutMs,
    ParkWarnSeconds,
    ParkCriticalSeconds,
    ConfirmHangup,
    ScreenSupportsSwapAndHangup,
    ParkIvrModes,

    ShortcutParkCustomer,
    ShortcutGrabCustomer,
    ShortcutParkIvrCustomer,
    ShortcutGrabIvrCustomer,
    ShortcutParkXfer,
    ShortcutGrabXfer,
    ShortcutSwapParkCustomer,
    ShortcutSwapParkXfer,
    ShortcutHangupXferGrabCustomer,
    ShortcutSwap,

    HotkeyParkCustomer,
    HotkeyGrabCustomer,
    HotkeyParkIvrCustomer,
    HotkeyGrabIvrCustomer,
    HotkeyParkXfer,
    HotkeyGrabXfer,
    HotkeySwapParkCustomer,
    HotkeySwapParkXfer,
    HotkeyHangupXferGrabCustomer,
    HotkeySwap,

    Orientation,
    CompactMode,
    AlwaysOnTop,
    Language,

    SupervisorCampaigns,
    SupervisorUserGroups,
    StartInSupervisorMode,

    AuditMaxBytes,
    LastProfile,
};

inline constexpr int kSettingCount = static_cast<int>(Setting::LastProfile) + 1;

enum class SettingType : quint8 {
    Bool,
    Int,
    String,
    Choice,       // one of SettingSpec::choices
    StringList,   // "A, B" in a file
    KeySequence,  // QKeySequence::PortableText, "" for none (checked by the widgets)
    CampaignModes // a group of campaign id = DISABLED | ENABLED | ENABLED_PARK_ONLY | ENABLED_BUTTON_HIDDEN
};

enum class SettingScope : quint8 { Global, Profile };

using SettingValues = QMap<Setting, QVariant>;

struct SettingSpec
{
    Setting id;
    QString name;         // as stored: "server/url"
    SettingType type;
    SettingScope scope;
    QVariant defaultValue;
    bool lockable;
    const char *description; // English; translate with QCoreApplication::translate("Setting", ...)
    int minimum = 0;      // Int only
    int maximum = 0;
    QStringList choices;  // Choice only
};

const QList<SettingSpec> &settingSpecs(); // in enum order
const SettingSpec &settingSpec(Setting id);
QString settingName(Setting id);
std::optional<Setting> settingFromName(QStringView name);
QString settingTypeName(SettingType type);
QString settingDescription(Setting id); // translated

// The value in its canonical form (int, bool, QString, QStringList or
// QVariantMap of campaign -> mode name), or nullopt when it is not valid for
// the key: out of range, unknown choice, malformed URL or fingerprint...
std::optional<QVariant> normalizedSettingValue(Setting id, const QVariant &raw);

// The in-window shortcut and global hotkey keys of an action.
Setting shortcutSetting(ParkAction action);
Setting hotkeySetting(ParkAction action);
