#include "settings/SettingsValidation.h"

#include "vicidial/Redactor.h"
#include "vicidial/ServerConfig.h"

#include <QCoreApplication>
#include <QUrl>

ValidationResult validateBaseUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return ValidationResult::error(QCoreApplication::translate("SettingsValidation", "Enter the server's address, for example https://dialer.example.com"));
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return ValidationResult::error(QCoreApplication::translate("SettingsValidation", "The address must start with https:// (or http://) followed by the server's name."));
    if (url.host().isEmpty())
        return ValidationResult::error(QCoreApplication::translate("SettingsValidation", "The address has no server name."));
    if (!url.userInfo().isEmpty())
        return ValidationResult::error(QCoreApplication::translate("SettingsValidation", "Do not put a user name or password in the address; use the fields below."));
    if (scheme == QLatin1String("http"))
        return ValidationResult::warning(QCoreApplication::translate("SettingsValidation", "Plain http sends the API password unencrypted. Use https if the server offers it."));
    return ValidationResult::ok();
}

ValidationResult validateSource(const QString &source)
{
    if (!ServerConfig::isValidSource(source))
        return ValidationResult::error(QCoreApplication::translate("SettingsValidation", "The source must be 2 to 20 characters; the server refuses anything else."));
    return ValidationResult::ok();
}

ValidationResult validateIntRange(Setting key, int value)
{
    const SettingSpec &spec = settingSpec(key);
    if (spec.type != SettingType::Int)
        return ValidationResult::ok();
    if (value < spec.minimum || value > spec.maximum)
        return ValidationResult::error(QCoreApplication::translate("SettingsValidation", "Must be between %1 and %2.").arg(spec.minimum).arg(spec.maximum));
    return ValidationResult::ok();
}

ValidationResult validateParkLimits(int warnSeconds, int criticalSeconds)
{
    if (criticalSeconds <= warnSeconds)
        return ValidationResult::error(QCoreApplication::translate("SettingsValidation", "The critical park limit must be longer than the warning limit."));
    if (criticalSeconds >= 30 * 60)
        return ValidationResult::warning(QCoreApplication::translate("SettingsValidation", "VICIdial hangs up a parked caller after about 30 minutes; warn before that."));
    return ValidationResult::ok();
}

ValidationResult validateFingerprint(const QString &text)
{
    if (text.trimmed().isEmpty())
        return ValidationResult::ok();
    if (!TlsPins::parse(text))
        return ValidationResult::error(QCoreApplication::translate("SettingsValidation", "A pin is the certificate's SHA-256 fingerprint (64 hexadecimal digits, optionally in pairs separated by colons) or a public-key pin sha256// followed by 44 characters of base64; separate several with ;."));
    return ValidationResult::ok();
}

ValidationResult validateProxy(const QString &text)
{
    if (ProxyChoice::parse(text))
        return ValidationResult::ok();
    if (QUrl(text.trimmed()).password().size() > 0)
        return ValidationResult::error(QCoreApplication::translate("SettingsValidation", "Do not put the proxy's password in the address: ParkBar asks for it when the proxy wants it and keeps it in the keychain."));
    return ValidationResult::error(QCoreApplication::translate("SettingsValidation", "Enter system, none, or the proxy's address such as http://proxy.example.com:3128."));
}

ValidationResult validatePassword(const QString &password)
{
    if (Redactor::nonAgentApiAltersPassword(password)) {
        return ValidationResult::warning(
            QCoreApplication::translate("SettingsValidation", "This password contains characters other than letters, digits, - and _. VICIdial's non-agent API removes them, "
               "so the password can work for parking yet always fail when ParkBar reads the agent's state, and repeated "
               "failures lock the API user. Use a password of letters, digits, - and _ only."));
    }
    return ValidationResult::ok();
}
