#pragma once

#include "settings/Setting.h"

#include <QString>

// What a check says about one value a person entered. Pure functions, so the
// dialog, the command line and the loader agree on what is valid.
struct ValidationResult
{
    enum class Level : quint8 { Ok, Warning, Error };

    Level level = Level::Ok;
    QString message; // translated; empty when Ok

    bool isOk() const { return level == Level::Ok; }
    bool isError() const { return level == Level::Error; }
    bool isWarning() const { return level == Level::Warning; }

    static ValidationResult ok() { return {}; }
    static ValidationResult warning(const QString &message) { return {Level::Warning, message}; }
    static ValidationResult error(const QString &message) { return {Level::Error, message}; }
};

// http(s) with a host and no credentials in it; plain http is a warning.
ValidationResult validateBaseUrl(const QString &text);
// 2 to 20 characters, as the server demands.
ValidationResult validateSource(const QString &source);
// Within the key's documented range.
ValidationResult validateIntRange(Setting key, int value);
// The critical park limit must come after the warning.
ValidationResult validateParkLimits(int warnSeconds, int criticalSeconds);
// Empty (no pin), a certificate's SHA-256 (hex, with or without colons or
// "sha256/"), or public-key pins "sha256//BASE64", joined by ';'.
ValidationResult validateFingerprint(const QString &text);
// "system", "none" or http://host[:port]; a password in it is an error.
ValidationResult validateProxy(const QString &text);
// Warns about a password the non-agent API would alter (PROTOCOL.md section 6).
ValidationResult validatePassword(const QString &password);
