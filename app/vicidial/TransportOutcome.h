#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

// What one transport saw of one exchange, before WireClient decides what it
// means. Either transport fills it the same way.
struct TransportOutcome
{
    enum class Failure : quint8 {
        None,
        Connection, // refused, reset, closed or cut off, not valid HTTP
        Tls,        // the TLS policy refused the server
    };

    Failure failure = Failure::None;
    QString errorText; // names the host at most, never the query or the body
    int httpStatus = 0;
    QUrl location;     // a redirect's target, as the server wrote it
    QByteArray body;   // up to the size limit
    bool truncatedAtLimit = false;
};
