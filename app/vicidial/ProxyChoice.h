#pragma once

#include <QString>
#include <QUrl>

#include <optional>

// How a profile reaches its server, as network/proxy says: "system" (the
// system's settings: http_proxy, https_proxy and no_proxy on Linux, the
// Internet options on Windows), "none" (directly), or the address of an HTTP
// proxy, "http://proxy.example.com:3128". A user name may sit in the address;
// a password never does (it is kept in the keychain).
struct ProxyChoice
{
    enum class Mode : quint8 { System, None, Manual };

    Mode mode = Mode::System;
    QUrl address; // Manual: http://host:port, no path, no password

    bool operator==(const ProxyChoice &) const = default;

    // nullopt when the text is none of the three forms.
    static std::optional<ProxyChoice> parse(const QString &text);
    QString toText() const;
    static constexpr quint16 kDefaultPort = 3128;
};
