#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

// What QNetworkAccessManager made of one exchange, before WireClient
// decides what it means.
struct TransportOutcome
{
    enum class Failure : quint8 {
        None,
        Connection,          // refused, reset, closed or cut off, not valid HTTP
        Tls,                 // the TLS policy refused the server
        NotResent,           // lost after a command went out; Qt's resend was refused
        ProxyAuthentication, // the proxy wants credentials, or refused them
    };

    Failure failure = Failure::None;
    QString errorText; // names the host at most, never the query or the body
    int httpStatus = 0;
    QUrl location;     // a redirect's target, as the server wrote it
    QByteArray body;   // up to the size limit
    bool truncatedAtLimit = false;
};
