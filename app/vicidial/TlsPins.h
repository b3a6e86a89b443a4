#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

class QSslCertificate;

// What tls/pinnedSha256 may hold, as a person writes it: the certificate's
// SHA-256 fingerprint (64 hex digits, colons optional, "sha256/" allowed in
// front), or public-key pins in curl's --pinnedpubkey form: "sha256//" and
// the base64 of the SHA-256 of the certificate's SubjectPublicKeyInfo. A
// public-key pin survives a certificate re-issued with the same key. Several
// pins are joined by ';'; the server is accepted when any of them matches.
struct TlsPins
{
    QByteArray certificateSha256;      // 32 raw bytes, or empty
    QList<QByteArray> publicKeySha256; // 32 raw bytes each

    bool isEmpty() const { return certificateSha256.isEmpty() && publicKeySha256.isEmpty(); }
    bool operator==(const TlsPins &) const = default;

    // Empty pins for blank text; nullopt when any part is malformed.
    static std::optional<TlsPins> parse(const QString &text);
    // The canonical text: "AB:CD:..." first, then "sha256//...", joined by ';'.
    QString toText() const;
    bool matches(const QSslCertificate &certificate) const;

    // "sha256//" + base64, as curl prints it.
    static QString publicKeyPin(const QByteArray &sha256);
    static QByteArray publicKeySha256Of(const QSslCertificate &certificate);
    // The SubjectPublicKeyInfo of a DER certificate, as DER; empty when the
    // bytes are not a certificate.
    static QByteArray subjectPublicKeyInfo(QByteArrayView certificateDer);
};
