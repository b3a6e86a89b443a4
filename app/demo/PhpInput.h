#pragma once

#include <QString>
#include <QStringView>

// The input filters the VICIdial PHP scripts apply to each parameter before
// they check or echo it (preg_replace with a "keep only" class).
class PhpInput final
{
public:
    // Keeps ASCII letters, digits and the characters in extra.
    static QString keepAlnumAnd(const QString &text, QStringView extra);
    static QString keepUpper(const QString &text);
    static QString keepLetters(const QString &text);
    // Drops ' " \ ; and spaces, as both APIs do to user and pass first.
    static QString dropQuotesAndSpaces(const QString &text);
};
