#pragma once

#include <QByteArray>

// Bodies of a badly configured server: PHP 8 warnings in the HTML form that
// display_errors=On prints (like tests/data/fixtures/real-php8-warnings),
// error pages, and a huge body.
class PhpNoise final
{
public:
    // count warnings, each "<br />\n<b>Warning</b>:  Undefined variable $x in <b>script</b> on line <b>n</b><br />\n".
    static QByteArray warnings(int count, QByteArrayView script, int seed);
    // The answer with warnings before and after it, about 80 in all.
    static QByteArray around(const QByteArray &answer, QByteArrayView script);
    // At least `bytes` of warnings, then the answer.
    static QByteArray huge(const QByteArray &answer, QByteArrayView script, qsizetype bytes);
    // An HTML error page served with status 200 (a proxy or a PHP fatal error page).
    static QByteArray htmlErrorPage();
    // Apache's page for status 500.
    static QByteArray internalServerErrorPage();
    static QByteArray notFoundPage(const QByteArray &path);
};
