#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

// Where a bar or a supervisor window finds its hub, and how it trusts it.
struct HubClientOptions
{
    QUrl url;                  // wss://hub.example.com:8765; ws:// only to a loopback address
    QUrl secondUrl;            // another hub of the same floor, used while the first does not answer
    QString token;             // from the keychain or the administrator's file; never logged
    QString caFile;            // extra CA certificates (PEM) for the hub's certificate
    QByteArray pinnedSha256;   // the hub certificate's SHA-256 (32 bytes): exactly that one, even self-signed
    QString clientName = QStringLiteral("parkbar " PARKBAR_VERSION);
    int connectTimeoutMs = 5000;
    int missedHeartbeats = 2;  // silence of this many heartbeat intervals: the hub is gone
    int minReconnectMs = 500;
    int maxReconnectMs = 30000;
};
