#include "settings/Setting.h"

#include "settings/SettingsValidation.h"
#include "vicidial/ParkIvrMode.h"
#include "vicidial/ServerConfig.h"

#include <QCoreApplication>
#include <QUrl>

namespace {

using S = Setting;
using T = SettingType;
constexpr SettingScope G = SettingScope::Global;
constexpr SettingScope P = SettingScope::Profile;

SettingSpec integer(S id, const char *name, int def, int min, int max, bool lockable, const char *description, SettingScope scope = G)
{
    return {id, QString::fromLatin1(name), T::Int, scope, def, lockable, description, min, max, {}};
}

SettingSpec spec(S id, const char *name, T type, QVariant def, bool lockable, const char *description, SettingScope scope = G)
{
    return {id, QString::fromLatin1(name), type, scope, std::move(def), lockable, description, 0, 0, {}};
}

SettingSpec choice(S id, const char *name, const char *def, QStringList choices, bool lockable, const char *description,
                   SettingScope scope = G)
{
    return {id, QString::fromLatin1(name), T::Choice, scope, QString::fromLatin1(def), lockable, description, 0, 0, std::move(choices)};
}

SettingSpec key(S id, const char *name, const char *def, const char *description)
{
    return spec(id, name, T::KeySequence, QString::fromLatin1(def), true, description);
}

QList<SettingSpec> buildTable()
{
    QList<SettingSpec> t{
        spec(S::ServerUrl, "server/url", T::String, QString(), true, QT_TRANSLATE_NOOP("Setting", "The VICIdial server's base address, e.g. https://dialer.example.com"), P),
        spec(S::ApiUser, "server/apiUser", T::String, QString(), true, QT_TRANSLATE_NOOP("Setting", "The VICIdial API user ParkBar signs in as (not the agent)"), P),
        spec(S::AgentUser, "server/agent", T::String, QString(), false, QT_TRANSLATE_NOOP("Setting", "The agent's VICIdial login the bar acts for"), P),
        spec(S::Source, "server/source", T::String, QStringLiteral("parkbar"), true, QT_TRANSLATE_NOOP("Setting", "The source name sent with every request, 2 to 20 characters"), P),
        choice(S::RequestMethod, "server/method", "POST", {QStringLiteral("POST"), QStringLiteral("GET")}, true, QT_TRANSLATE_NOOP("Setting", "POST keeps the password out of web-server logs; GET only for servers that need it"), P),
        integer(S::RequestTimeoutMs, "server/timeoutMs", 5000, 1000, 60000, true, QT_TRANSLATE_NOOP("Setting", "How long to wait for one answer, in milliseconds"), P),
        spec(S::TlsCaFile, "tls/caFile", T::String, QString(), true, QT_TRANSLATE_NOOP("Setting", "A PEM file of extra CA certificates to trust for this server"), P),
        spec(S::TlsPinnedSha256, "tls/pinnedSha256", T::String, QString(), true, QT_TRANSLATE_NOOP("Setting", "The pinned server certificate, accepted even when self-signed or expired: its SHA-256 fingerprint, or its public key in curl's form sha256//BASE64 (several joined by ;)"), P),
        spec(S::Proxy, "network/proxy", T::String, QStringLiteral("system"), true, QT_TRANSLATE_NOOP("Setting", "How to reach the server: system (the system's proxy settings), none (directly), or an HTTP proxy's address such as http://proxy.example.com:3128"), P),
        spec(S::HubUrl, "hub/url", T::StringList, QStringList(), true, QT_TRANSLATE_NOOP("Setting", "The parkbar-hub this profile follows instead of polling, e.g. wss://hub.example.com:8765; empty: the bar polls the server itself"), P),
        spec(S::HubToken, "hub/token", T::String, QString(), true, QT_TRANSLATE_NOOP("Setting", "The desk's hub token when the administrator deploys it with the desk; otherwise it is kept in the keychain"), P),
        spec(S::HubCaFile, "hub/caFile", T::String, QString(), true, QT_TRANSLATE_NOOP("Setting", "A PEM file of extra CA certificates to trust for the hub"), P),
        spec(S::HubPinnedSha256, "hub/pinnedSha256", T::String, QString(), true, QT_TRANSLATE_NOOP("Setting", "The hub certificate's SHA-256 fingerprint, accepted even when self-signed"), P),
        choice(S::HubMode, "hub/mode", "feed", {QStringLiteral("feed"), QStringLiteral("gateway")}, true, QT_TRANSLATE_NOOP("Setting", "feed: the hub pushes the floor and the desk keeps the API password; gateway: the hub also sends the commands and holds the API password, the desk holds none"), P),

        integer(S::PollConfirmingMs, "polling/confirmingMs", 250, 100, 5000, true, QT_TRANSLATE_NOOP("Setting", "Poll interval while a command waits for confirmation, in milliseconds")),
        integer(S::PollLoggedInMs, "polling/loggedInMs", 1000, 250, 60000, true, QT_TRANSLATE_NOOP("Setting", "Poll interval while the agent is logged in, in milliseconds")),
        integer(S::PollLoggedOutMs, "polling/loggedOutMs", 5000, 1000, 300000, true, QT_TRANSLATE_NOOP("Setting", "Poll interval while the agent is logged out, in milliseconds")),
        integer(S::PollMaxBackoffMs, "polling/maxBackoffMs", 30000, 1000, 600000, true, QT_TRANSLATE_NOOP("Setting", "Longest wait between attempts while the server is unreachable, in milliseconds")),
        integer(S::ConfirmTimeoutMs, "commands/confirmTimeoutMs", 5000, 1000, 60000, true, QT_TRANSLATE_NOOP("Setting", "How long a command may take to show in the agent's state before it counts as not carried out, in milliseconds")),
        integer(S::ParkWarnSeconds, "parking/warnSeconds", 60, 5, 3600, true, QT_TRANSLATE_NOOP("Setting", "Seconds a customer may stay parked before the bar warns")),
        integer(S::ParkCriticalSeconds, "parking/criticalSeconds", 1500, 10, 7200, true, QT_TRANSLATE_NOOP("Setting", "Seconds parked before the bar and the tray call for attention urgently")),
        spec(S::ConfirmHangup, "commands/confirmHangup", T::Bool, true, true, QT_TRANSLATE_NOOP("Setting", "Ask before Hangup Xfer + Grab, which ends a call")),
        spec(S::ScreenSupportsSwapAndHangup, "commands/screenSupportsSwapAndHangup", T::Bool, false, true, QT_TRANSLATE_NOOP("Setting", "The agent screen carries out SWAP and HANGUP values although the API builds look older than 240624")),
        spec(S::ParkIvrModes, "parkIvrModes", T::CampaignModes, QVariantMap(), true, QT_TRANSLATE_NOOP("Setting", "Per campaign id, its park IVR mode: DISABLED, ENABLED, ENABLED_PARK_ONLY or ENABLED_BUTTON_HIDDEN; unset means unknown")),

        key(S::ShortcutParkCustomer, "shortcuts/parkCustomer", "Ctrl+1", QT_TRANSLATE_NOOP("Setting", "In-window key for Park (PARK_CUSTOMER)")),
        key(S::ShortcutGrabCustomer, "shortcuts/grabCustomer", "Ctrl+2", QT_TRANSLATE_NOOP("Setting", "In-window key for Grab (GRAB_CUSTOMER)")),
        key(S::ShortcutParkIvrCustomer, "shortcuts/parkIvrCustomer", "Ctrl+3", QT_TRANSLATE_NOOP("Setting", "In-window key for Park IVR (PARK_IVR_CUSTOMER)")),
        key(S::ShortcutGrabIvrCustomer, "shortcuts/grabIvrCustomer", "Ctrl+Shift+3", QT_TRANSLATE_NOOP("Setting", "In-window key for Grab from IVR (GRAB_IVR_CUSTOMER)")),
        key(S::ShortcutParkXfer, "shortcuts/parkXfer", "Ctrl+Shift+1", QT_TRANSLATE_NOOP("Setting", "In-window key for Park third party (PARK_XFER)")),
        key(S::ShortcutGrabXfer, "shortcuts/grabXfer", "Ctrl+Shift+2", QT_TRANSLATE_NOOP("Setting", "In-window key for Grab third party (GRAB_XFER)")),
        key(S::ShortcutSwapParkCustomer, "shortcuts/swapParkCustomer", "Ctrl+Shift+4", QT_TRANSLATE_NOOP("Setting", "In-window key for SWAP_PARK_CUSTOMER")),
        key(S::ShortcutSwapParkXfer, "shortcuts/swapParkXfer", "Ctrl+Shift+5", QT_TRANSLATE_NOOP("Setting", "In-window key for SWAP_PARK_XFER")),
        key(S::ShortcutHangupXferGrabCustomer, "shortcuts/hangupXferGrabCustomer", "Ctrl+5", QT_TRANSLATE_NOOP("Setting", "In-window key for Hangup Xfer + Grab (HANGUP_XFER_GRAB_CUSTOMER)")),
        key(S::ShortcutSwap, "shortcuts/swap", "Ctrl+4", QT_TRANSLATE_NOOP("Setting", "In-window key for Swap, which picks the SWAP value from who is parked")),

        key(S::HotkeyParkCustomer, "hotkeys/parkCustomer", "", QT_TRANSLATE_NOOP("Setting", "System-wide hotkey for Park")),
        key(S::HotkeyGrabCustomer, "hotkeys/grabCustomer", "", QT_TRANSLATE_NOOP("Setting", "System-wide hotkey for Grab")),
        key(S::HotkeyParkIvrCustomer, "hotkeys/parkIvrCustomer", "", QT_TRANSLATE_NOOP("Setting", "System-wide hotkey for Park IVR")),
        key(S::HotkeyGrabIvrCustomer, "hotkeys/grabIvrCustomer", "", QT_TRANSLATE_NOOP("Setting", "System-wide hotkey for Grab from IVR")),
        key(S::HotkeyParkXfer, "hotkeys/parkXfer", "", QT_TRANSLATE_NOOP("Setting", "System-wide hotkey for Park third party")),
        key(S::HotkeyGrabXfer, "hotkeys/grabXfer", "", QT_TRANSLATE_NOOP("Setting", "System-wide hotkey for Grab third party")),
        key(S::HotkeySwapParkCustomer, "hotkeys/swapParkCustomer", "", QT_TRANSLATE_NOOP("Setting", "System-wide hotkey for SWAP_PARK_CUSTOMER")),
        key(S::HotkeySwapParkXfer, "hotkeys/swapParkXfer", "", QT_TRANSLATE_NOOP("Setting", "System-wide hotkey for SWAP_PARK_XFER")),
        key(S::HotkeyHangupXferGrabCustomer, "hotkeys/hangupXferGrabCustomer", "", QT_TRANSLATE_NOOP("Setting", "System-wide hotkey for Hangup Xfer + Grab")),
        key(S::HotkeySwap, "hotkeys/swap", "", QT_TRANSLATE_NOOP("Setting", "System-wide hotkey for Swap")),

        choice(S::Orientation, "ui/orientation", "horizontal", {QStringLiteral("horizontal"), QStringLiteral("vertical")}, true, QT_TRANSLATE_NOOP("Setting", "Lay the bar out in a row or a column")),
        spec(S::CompactMode, "ui/compact", T::Bool, false, true, QT_TRANSLATE_NOOP("Setting", "Icons only, smaller buttons")),
        spec(S::AlwaysOnTop, "ui/alwaysOnTop", T::Bool, false, true, QT_TRANSLATE_NOOP("Setting", "Keep the bar above other windows")),
        choice(S::Language, "ui/language", "system", {QStringLiteral("system"), QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("pt_BR"), QStringLiteral("fr")}, true, QT_TRANSLATE_NOOP("Setting", "The language of the program; \"system\" follows the desktop")),

        spec(S::SupervisorCampaigns, "supervisor/campaigns", T::StringList, QStringList(), true, QT_TRANSLATE_NOOP("Setting", "Supervisor mode shows agents of these campaigns (empty: all the API user may see)")),
        spec(S::SupervisorUserGroups, "supervisor/userGroups", T::StringList, QStringList(), true, QT_TRANSLATE_NOOP("Setting", "Supervisor mode shows agents of these user groups (empty: all)")),
        spec(S::StartInSupervisorMode, "supervisor/startInSupervisorMode", T::Bool, false, true, QT_TRANSLATE_NOOP("Setting", "Open the supervisor table instead of the bar")),

        integer(S::AuditMaxBytes, "audit/maxBytes", 5 * 1024 * 1024, 64 * 1024, 1024 * 1024 * 1024, true, QT_TRANSLATE_NOOP("Setting", "The audit log rotates at this size, in bytes; three older files are kept")),
        spec(S::LastProfile, "session/lastProfile", T::String, QString(), false, QT_TRANSLATE_NOOP("Setting", "The profile used last, opened at start")),
    };
    for (qsizetype i = 0; i < t.size(); ++i)
        Q_ASSERT(static_cast<qsizetype>(t.at(i).id) == i);
    return t;
}

} // namespace

const QList<SettingSpec> &settingSpecs()
{
    static const QList<SettingSpec> table = buildTable();
    return table;
}

const SettingSpec &settingSpec(Setting id)
{
    return settingSpecs().at(static_cast<qsizetype>(id));
}

QString settingName(Setting id)
{
    return settingSpec(id).name;
}

std::optional<Setting> settingFromName(QStringView name)
{
    for (const SettingSpec &spec : settingSpecs()) {
        if (spec.name == name)
            return spec.id;
    }
    return std::nullopt;
}

QString settingTypeName(SettingType type)
{
    switch (type) {
    case SettingType::Bool: return QStringLiteral("bool");
    case SettingType::Int: return QStringLiteral("int");
    case SettingType::String: return QStringLiteral("string");
    case SettingType::Choice: return QStringLiteral("choice");
    case SettingType::StringList: return QStringLiteral("list");
    case SettingType::KeySequence: return QStringLiteral("key");
    case SettingType::CampaignModes: return QStringLiteral("group");
    }
    Q_UNREACHABLE();
    return {};
}

QString settingDescription(Setting id)
{
    return QCoreApplication::translate("Setting", settingSpec(id).description);
}

namespace {

std::optional<bool> toBool(const QVariant &raw)
{
    if (raw.typeId() == QMetaType::Bool)
        return raw.toBool();
    const QString text = raw.toString().trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("1") || text == QLatin1String("yes") || text == QLatin1String("on"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("0") || text == QLatin1String("no") || text == QLatin1String("off"))
        return false;
    return std::nullopt;
}

QStringList toList(const QVariant &raw)
{
    QStringList items = raw.typeId() == QMetaType::QStringList ? raw.toStringList() : raw.toString().split(QLatin1Char(','));
    QStringList cleaned;
    for (QString &item : items) {
        item = item.trimmed();
        if (!item.isEmpty() && !cleaned.contains(item))
            cleaned.append(item);
    }
    return cleaned;
}

std::optional<QVariant> toCampaignModes(const QVariant &raw)
{
    if (raw.typeId() != QMetaType::QVariantMap)
        return std::nullopt;
    QVariantMap modes;
    const QVariantMap map = raw.toMap();
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const std::optional<ParkIvrMode> mode = parkIvrModeFromKey(it.value().toString().trimmed());
        const QString campaign = it.key().trimmed();
        if (!mode || campaign.isEmpty())
            return std::nullopt;
        modes.insert(campaign, parkIvrModeKey(*mode));
    }
    return modes;
}

} // namespace

std::optional<QVariant> normalizedSettingValue(Setting id, const QVariant &raw)
{
    const SettingSpec &spec = settingSpec(id);
    if (!raw.isValid())
        return std::nullopt;
    switch (spec.type) {
    case SettingType::Bool:
        if (const std::optional<bool> value = toBool(raw))
            return QVariant(*value);
        return std::nullopt;
    case SettingType::Int: {
        bool ok = false;
        const int value = raw.typeId() == QMetaType::Int ? raw.toInt(&ok) : raw.toString().trimmed().toInt(&ok);
        if (!ok || value < spec.minimum || value > spec.maximum)
            return std::nullopt;
        return QVariant(value);
    }
    case SettingType::Choice: {
        const QString text = raw.toString().trimmed();
        for (const QString &option : spec.choices) {
            if (option.compare(text, Qt::CaseInsensitive) == 0)
                return QVariant(option);
        }
        return std::nullopt;
    }
    case SettingType::StringList: {
        const QStringList items = toList(raw);
        if (id == Setting::HubUrl) {
            for (const QString &item : items) {
                const QUrl url(item);
                if (!url.isValid() || url.host().isEmpty() || (url.scheme() != QLatin1String("wss") && url.scheme() != QLatin1String("ws")))
                    return std::nullopt;
            }
        }
        return QVariant(items);
    }
    case SettingType::CampaignModes:
        return toCampaignModes(raw);
    case SettingType::KeySequence:
        return QVariant(raw.toString().trimmed());
    case SettingType::String:
        break;
    }
    const QString text = raw.toString().trimmed();
    if (raw.typeId() == QMetaType::QStringList || raw.typeId() == QMetaType::QVariantMap)
        return std::nullopt;
    switch (id) {
    case Setting::ServerUrl:
        if (!text.isEmpty() && validateBaseUrl(text).isError())
            return std::nullopt;
        break;
    case Setting::Source:
        if (validateSource(text).isError())
            return std::nullopt;
        break;
    case Setting::HubPinnedSha256:
        if (validateFingerprint(text).isError())
            return std::nullopt;
        return QVariant(text.isEmpty() ? QString() : ServerConfig::formatFingerprint(ServerConfig::parseFingerprint(text)));
    case Setting::TlsPinnedSha256: {
        const std::optional<TlsPins> pins = TlsPins::parse(text);
        if (!pins)
            return std::nullopt;
        return QVariant(pins->toText());
    }
    case Setting::Proxy: {
        const std::optional<ProxyChoice> proxy = ProxyChoice::parse(text);
        if (!proxy)
            return std::nullopt;
        return QVariant(proxy->toText());
    }
    default:
        break;
    }
    return QVariant(text);
}

Setting shortcutSetting(ParkAction action)
{
    return static_cast<Setting>(static_cast<int>(Setting::ShortcutParkCustomer) + static_cast<int>(action));
}

Setting hotkeySetting(ParkAction action)
{
    return static_cast<Setting>(static_cast<int>(Setting::HotkeyParkCustomer) + static_cast<int>(action));
}
