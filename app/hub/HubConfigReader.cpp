#include "hub/HubConfigReader.h"

#include "hub/HubServer.h"
#include "hub/HubTlsIdentity.h"
#include "hub/SecretFile.h"
#include "vicidial/Redactor.h"

#include <QFileInfo>
#include <QSettings>

namespace {

// Reads values of one file, collecting what is wrong with them.
class Values
{
public:
    Values(QSettings &settings, HubConfigReader::Result &result) : m_settings(settings), m_result(result) {}

    bool has(const QString &key) const { return m_settings.contains(key); }

    QString text(const QString &key, const QString &fallback = {}) const
    {
        const QVariant value = m_settings.value(key);
        if (!value.isValid())
            return fallback;
        // An unquoted comma makes QSettings read a list.
        return value.typeId() == QMetaType::QStringList ? value.toStringList().join(QLatin1Char(',')).trimmed()
                                                        : value.toString().trimmed();
    }

    QStringList list(const QString &key) const
    {
        QStringList items;
        for (const QString &item : text(key).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!item.trimmed().isEmpty())
                items.append(item.trimmed());
        }
        return items;
    }

    int integer(const QString &key, int fallback, int minimum, int maximum) const
    {
        if (!has(key))
            return fallback;
        bool ok = false;
        const int value = text(key).toInt(&ok);
        if (!ok || value < minimum || value > maximum) {
            m_result.errors.append(HubConfigReader::tr("%1 must be a whole number from %2 to %3, not '%4'")
                                       .arg(key).arg(minimum).arg(maximum).arg(text(key)));
            return fallback;
        }
        return value;
    }

    bool boolean(const QString &key, bool fallback) const
    {
        if (!has(key))
            return fallback;
        const QString value = text(key).toLower();
        if (value == QLatin1String("true") || value == QLatin1String("yes") || value == QLatin1String("1"))
            return true;
        if (value == QLatin1String("false") || value == QLatin1String("no") || value == QLatin1String("0"))
            return false;
        m_result.errors.append(HubConfigReader::tr("%1 must be true or false, not '%2'").arg(key, text(key)));
        return fallback;
    }

    // The secret in the file the key names; the key is required unless optional.
    QString secret(const QString &key, bool optional) const
    {
        const QString path = text(key);
        if (path.isEmpty()) {
            if (!optional)
                m_result.errors.append(HubConfigReader::tr("%1 must name the file that holds the password").arg(key));
            return {};
        }
        const SecretFile::Read read = SecretFile::read(path);
        if (!read.error.isEmpty())
            m_result.errors.append(read.error);
        if (!read.warning.isEmpty())
            m_result.warnings.append(read.warning);
        return read.secret;
    }

    void requireFile(const QString &key) const
    {
        const QString path = text(key);
        if (!path.isEmpty() && !QFileInfo(path).isReadable())
            m_result.errors.append(HubConfigReader::tr("%1: cannot read %2").arg(key, path));
    }

private:
    QSettings &m_settings;
    HubConfigReader::Result &m_result;
};

std::optional<QHostAddress> parseAddress(const QString &text)
{
    if (text.isEmpty() || text == QLatin1String("localhost"))
        return QHostAddress(QHostAddress::LocalHost);
    if (text == QLatin1String("*") || text == QLatin1String("any"))
        return QHostAddress(QHostAddress::Any);
    const QHostAddress address(text);
    return address.isNull() ? std::nullopt : std::optional<QHostAddress>(address);
}

void readHub(const Values &values, HubConfigReader::Result &result)
{
    HubConfig &config = result.config;
    if (const std::optional<QHostAddress> address = parseAddress(values.text(QStringLiteral("hub/listen"))))
        config.listenAddress = *address;
    else
        result.errors.append(HubConfigReader::tr("hub/listen must be an IP address, not '%1'").arg(values.text(QStringLiteral("hub/listen"))));
    config.port = quint16(values.integer(QStringLiteral("hub/port"), config.port, 0, 65535));
    config.allowPlain = values.boolean(QStringLiteral("hub/allowPlain"), false);
    config.served.campaigns = values.list(QStringLiteral("hub/campaigns"));
    config.served.userGroups = values.list(QStringLiteral("hub/userGroups"));
    for (const QString &item : values.list(QStringLiteral("hub/parkIvrModes"))) {
        const qsizetype colon = item.indexOf(QLatin1Char(':'));
        const QString campaign = item.left(colon).trimmed();
        const std::optional<ParkIvrMode> mode =
            colon > 0 ? parkIvrModeFromKey(QStringView(item).mid(colon + 1).trimmed()) : std::nullopt;
        if (campaign.isEmpty() || !mode)
            result.errors.append(HubConfigReader::tr("hub/parkIvrModes: '%1' is not CAMPAIGN:MODE with a mode of DISABLED, "
                                                     "ENABLED, ENABLED_PARK_ONLY or ENABLED_BUTTON_HIDDEN").arg(item));
        else
            config.parkIvrModes.insert(campaign, *mode);
    }
    config.tokensFile = values.text(QStringLiteral("hub/tokensFile"), config.tokensFile);
    config.metricsPort = quint16(values.integer(QStringLiteral("hub/metricsPort"), config.metricsPort, 0, 65535));
    config.metricsEnabled = config.metricsPort != 0;
    config.certificateFile = values.text(QStringLiteral("tls/certificate"));
    config.keyFile = values.text(QStringLiteral("tls/key"));

    if (config.usesTls()) {
        const HubTlsIdentity::Loaded identity = HubTlsIdentity::load(config.certificateFile, config.keyFile);
        if (!identity.error.isEmpty())
            result.errors.append(identity.error);
        else if (const QString warning = SecretFile::exposureWarning(config.keyFile); !warning.isEmpty())
            result.warnings.append(warning);
    } else if (const std::optional<QString> refusal = HubServer::plainRefusal(config.listenAddress, config.allowPlain)) {
        result.errors.append(*refusal);
    } else if (config.allowPlain && !config.listenAddress.isLoopback()) {
        result.warnings.append(HubConfigReader::tr("allowPlain=true: tokens and agent states cross the network unencrypted"));
    }
}

void readDatabase(const Values &values, HubConfigReader::Result &result)
{
    DatabaseSourceOptions &database = result.config.database;
    database.host = values.text(QStringLiteral("database/host"), database.host);
    database.port = values.integer(QStringLiteral("database/port"), database.port, 1, 65535);
    database.socket = values.text(QStringLiteral("database/socket"));
    database.database = values.text(QStringLiteral("database/name"), database.database);
    database.user = values.text(QStringLiteral("database/user"));
    database.connectTimeoutSeconds = values.integer(QStringLiteral("database/connectTimeoutSeconds"), database.connectTimeoutSeconds, 1, 300);
    database.campaigns = result.config.served.campaigns;
    database.userGroups = result.config.served.userGroups;
    if (database.user.isEmpty())
        result.errors.append(HubConfigReader::tr("database/user must name the read-only database account"));
    database.password = values.secret(QStringLiteral("database/passwordFile"), true);
    if (!values.has(QStringLiteral("database/passwordFile")))
        result.warnings.append(HubConfigReader::tr("No database/passwordFile: the hub connects without a password"));
}

// needsCredentials: false for a database hub that only reads the server's builds (no credentials needed).
void readApi(const Values &values, HubConfigReader::Result &result, bool needsCredentials)
{
    ServerConfig &api = result.config.api;
    api.baseUrl = ServerConfig::normalizedBaseUrl(QUrl(values.text(QStringLiteral("api/url"))));
    const QString scheme = api.baseUrl.scheme();
    if (!api.baseUrl.isValid() || api.baseUrl.host().isEmpty() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        result.errors.append(HubConfigReader::tr("api/url must be the VICIdial server's address, like https://dialer.example.com"));
    api.apiUser = values.text(QStringLiteral("api/user"));
    if (api.apiUser.isEmpty() && needsCredentials)
        result.errors.append(result.config.gatewayEnabled
                                 ? HubConfigReader::tr("gateway/enabled needs api/user: the VICIdial API user the hub sends park_call as")
                                 : HubConfigReader::tr("api/user must name the VICIdial API user"));
    api.source = values.text(QStringLiteral("api/source"), QStringLiteral("parkbar-hub"));
    if (!ServerConfig::isValidSource(api.source))
        result.errors.append(HubConfigReader::tr("api/source must be 2 to 20 characters"));
    const QString method = values.text(QStringLiteral("api/method"), QStringLiteral("POST")).toUpper();
    if (method != QLatin1String("POST") && method != QLatin1String("GET"))
        result.errors.append(HubConfigReader::tr("api/method must be POST or GET"));
    api.method = method == QLatin1String("GET") ? ServerConfig::Method::Get : ServerConfig::Method::Post;
    api.timeoutMs = values.integer(QStringLiteral("api/timeoutMs"), 15000, 1000, 120000);
    api.maxAnswerBytes = 16 * 1024 * 1024; // a whole floor, with room for PHP warnings
    api.caFile = values.text(QStringLiteral("api/caFile"));
    values.requireFile(QStringLiteral("api/caFile"));
    const QString pin = values.text(QStringLiteral("api/pinnedSha256"));
    api.pinnedSha256 = ServerConfig::parseFingerprint(pin);
    if (!pin.isEmpty() && api.pinnedSha256.isEmpty())
        result.errors.append(HubConfigReader::tr("api/pinnedSha256 must be a SHA-256 fingerprint (64 hex digits)"));
    if (needsCredentials && result.config.gatewayEnabled && !values.has(QStringLiteral("api/passwordFile")))
        result.errors.append(HubConfigReader::tr("gateway/enabled needs api/passwordFile: the file that holds the API user's password"));
    else
        api.password = values.secret(QStringLiteral("api/passwordFile"), !needsCredentials);
    if (Redactor::nonAgentApiAltersPassword(api.password))
        result.errors.append(HubConfigReader::tr("The API password has characters that the non-agent API removes, so logged_in_agents "
                                                 "would always fail and count towards the lockout: use letters, digits, - and _ only"));
}

} // namespace

const QStringList &HubConfigReader::knownKeys()
{
    static const QStringList keys{
        QStringLiteral("hub/listen"), QStringLiteral("hub/port"), QStringLiteral("hub/allowPlain"),
        QStringLiteral("hub/campaigns"), QStringLiteral("hub/userGroups"), QStringLiteral("hub/tokensFile"),
        QStringLiteral("hub/metricsPort"), QStringLiteral("hub/parkIvrModes"), QStringLiteral("tls/certificate"), QStringLiteral("tls/key"),
        QStringLiteral("source/kind"), QStringLiteral("source/intervalMs"), QStringLiteral("source/maxBackoffMs"),
        QStringLiteral("database/host"), QStringLiteral("database/port"), QStringLiteral("database/socket"),
        QStringLiteral("database/name"), QStringLiteral("database/user"), QStringLiteral("database/passwordFile"),
        QStringLiteral("database/connectTimeoutSeconds"), QStringLiteral("api/url"), QStringLiteral("api/user"),
        QStringLiteral("api/passwordFile"), QStringLiteral("api/source"), QStringLiteral("api/method"),
        QStringLiteral("api/timeoutMs"), QStringLiteral("api/caFile"), QStringLiteral("api/pinnedSha256"),
        QStringLiteral("gateway/enabled"), QStringLiteral("gateway/auditFile")};
    return keys;
}

HubConfigReader::Result HubConfigReader::read(const QString &path)
{
    Result result;
    if (!QFileInfo(path).isReadable()) {
        result.errors.append(tr("Cannot read the configuration file %1").arg(path));
        return result;
    }
    QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError) {
        result.errors.append(tr("%1 is not a valid INI file").arg(path));
        return result;
    }
    const Values values(settings, result);
    for (const QString &key : settings.allKeys()) {
        if (key.endsWith(QLatin1String("/password"), Qt::CaseInsensitive) || key.compare(QLatin1String("password"), Qt::CaseInsensitive) == 0)
            result.errors.append(tr("%1: passwords are never read from the configuration file; put the password in a file "
                                    "only the service can read and name that file with passwordFile").arg(key));
        else if (!knownKeys().contains(key))
            result.warnings.append(tr("Unknown key %1 (ignored)").arg(key));
    }

    readHub(values, result);
    const QString kind = values.text(QStringLiteral("source/kind"), QStringLiteral("api")).toLower();
    if (kind == QLatin1String("database"))
        result.config.sourceKind = HubConfig::SourceKind::Database;
    else if (kind == QLatin1String("api"))
        result.config.sourceKind = HubConfig::SourceKind::Api;
    else
        result.errors.append(tr("source/kind must be database or api, not '%1'").arg(kind));
    result.config.intervalMs = values.integer(QStringLiteral("source/intervalMs"), 0, 100, 600000);
    result.config.maxBackoffMs = values.integer(QStringLiteral("source/maxBackoffMs"), 30000, 1000, 600000);
    result.config.gatewayEnabled = values.boolean(QStringLiteral("gateway/enabled"), false);
    result.config.auditFile = values.text(QStringLiteral("gateway/auditFile"), result.config.auditFile);
    if (result.config.sourceKind == HubConfig::SourceKind::Database)
        readDatabase(values, result);
    // The API source and the gateway need [api]; a database hub with an [api] address reads the server's builds.
    result.config.hasApi = result.config.sourceKind == HubConfig::SourceKind::Api || result.config.gatewayEnabled
        || values.has(QStringLiteral("api/url"));
    if (result.config.hasApi)
        readApi(values, result, result.config.sourceKind == HubConfig::SourceKind::Api || result.config.gatewayEnabled);
    if (result.config.gatewayEnabled && result.config.auditFile.isEmpty())
        result.errors.append(tr("gateway/auditFile must name the file the hub writes its audit log to"));

    if (!QFileInfo(result.config.tokensFile).isReadable())
        result.errors.append(tr("Cannot read the tokens file %1").arg(result.config.tokensFile));
    else if (const QString warning = SecretFile::exposureWarning(result.config.tokensFile); !warning.isEmpty())
        result.warnings.append(warning);
    return result;
}
