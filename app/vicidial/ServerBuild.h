#pragma once

#include <QString>

#include <compare>
#include <optional>

// A VICIdial build stamp, "YYMMDD-HHMM". Each server file carries its own.
struct ServerBuild
{
    int date = 0; // YYMMDD
    int time = 0; // HHMM

    static std::optional<ServerBuild> parse(QStringView text);
    QString toString() const;
    bool isValid() const { return date > 0; }
    auto operator<=>(const ServerBuild &) const = default;
};
