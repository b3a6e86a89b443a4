#pragma once

#include "hub/HubToken.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// The hub's tokens file: one token per line, whitespace-separated,
//
//     NAME ROLE SHA256 [campaigns=A,B] [userGroups=X,Y] [agent=LOGIN] [phone=EXTENSION] [issued=YYYY-MM-DD]
//
// for example
//
//     desk-12        bar        9f2c...64 hex...  issued=2026-12-06
//     desk-14        bar        41d0...           agent=1000
//     floor2-sups    supervisor 77ab...           campaigns=SALES,SUPPORT userGroups=AGENTS
//
// '#' starts a comment line. A line that does not parse, or names a binding
// this hub does not know, is refused whole (an unknown binding must never
// widen what a token can see); the others still load. Revoking a token is
// deleting its line (then reload the hub).
//
// Tokens are 256 random bits, so a plain SHA-256 is enough to store them: no
// salt or slow hash is needed against guessing, unlike passwords people pick.
class TokenFile final
{
    Q_DECLARE_TR_FUNCTIONS(TokenFile)

public:
    struct Contents
    {
        QList<HubToken> tokens;
        QStringList errors; // "line 3: ...", translated
    };
    struct Issued
    {
        QString token; // shown once to the administrator, never stored
        QString error; // empty on success
    };

    static Contents read(const QString &path);
    static Contents parse(QByteArrayView text);

    static QString hashOf(QStringView token);
    // "pbh1_" and 43 characters of base64url: 256 bits from the system's secure generator.
    static QString newToken();
    static QString formatLine(const HubToken &token);
    static bool isValidName(const QString &name);

    // Makes a new token for the spec (its sha256Hex is ignored) and appends its
    // line; creates the file, readable by its owner only, when missing.
    static Issued issue(const QString &path, const HubToken &spec, const QString &issuedOn);
};
