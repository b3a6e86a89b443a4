#pragma once

#include "vicidial/ProxyChoice.h"
#include "vicidial/ProxyCredentials.h"
#include "vicidial/TlsPins.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

// Everything needed to talk to one VICIdial server. The password lives here
// in memory only; it is never logged, shown or written by this type.
struct ServerConfig
{
    enum class Method : quint8 { Post, Get };

    QUrl baseUrl;            // https://dialer.example.com (paths are added)
    QString apiUser;
    QString password;
    QString source = QStringLiteral("parkbar");
    Method method = Method::Post;
    int timeoutMs = 5000;
    qsizetype maxAnswerBytes = 1024 * 1024;
    QString caFile;          // extra trusted CA certificates (PEM)
    QByteArray pinnedSha256; // the server certificate's SHA-256, 32 raw bytes
    QList<QByteArray> pinnedPublicKeys; // SHA-256 of a pinned SubjectPublicKeyInfo, 32 raw bytes each
    ProxyChoice proxy;
    ProxyCredentials proxyCredentials; // in memory only, like the password

    TlsPins pins() const { return {pinnedSha256, pinnedPublicKeys}; }
    void setPins(const TlsPins &pins)
    {
        pinnedSha256 = pins.certificateSha256;
        pinnedPublicKeys = pins.publicKeySha256;
    }

    // Strips a pasted "/agc/api.php" or "/vicidial/..." and trailing slashes.
    static QUrl normalizedBaseUrl(const QUrl &url);
    static bool isValidSource(const QString &source) { return source.size() >= 2 && source.size() <= 20; }
    // "AB:CD:..." or "abcd..." or "sha256/..." into 32 raw bytes; empty if malformed.
    static QByteArray parseFingerprint(const QString &text);
    static QString formatFingerprint(const QByteArray &sha256);
};
