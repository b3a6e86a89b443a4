#include "demo/PhpNoise.h"

#include <array>

namespace {

constexpr std::array<const char *, 12> kVariables{
    "DB", "mel", "stage", "focus", "format", "data", "close_window_link", "dnc_check",
    "campaign_dnc_check", "notification_date", "multi_dial_phones", "ingroup_choices",
};

} // namespace

QByteArray PhpNoise::warnings(int count, QByteArrayView script, int seed)
{
    QByteArray text;
    for (int i = 0; i < count; ++i) {
        const int n = seed + i;
        text += "<br />\n<b>Warning</b>:  Undefined variable $";
        text += kVariables[size_t(n) % kVariables.size()];
        text += " in <b>/var/www/html/";
        text += script;
        text += "</b> on line <b>";
        text += QByteArray::number(300 + (n * 37) % 5000);
        text += "</b><br />\n";
    }
    return text;
}

QByteArray PhpNoise::around(const QByteArray &answer, QByteArrayView script)
{
    QByteArray text = warnings(40, script, 0);
    text += answer;
    text += warnings(44, script, 40);
    return text;
}

QByteArray PhpNoise::huge(const QByteArray &answer, QByteArrayView script, qsizetype bytes)
{
    const QByteArray block = warnings(1000, script, 0);
    QByteArray text;
    text.reserve(bytes + block.size() + answer.size());
    while (text.size() < bytes)
        text += block;
    text += answer;
    return text;
}

QByteArray PhpNoise::htmlErrorPage()
{
    return QByteArrayLiteral("<!DOCTYPE html>\n<html><head><title>Database Error</title></head>\n"
                             "<body><h1>Database Error</h1><p>Could not connect to the database server.</p></body></html>\n");
}

QByteArray PhpNoise::internalServerErrorPage()
{
    return QByteArrayLiteral("<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<html><head>\n"
                             "<title>500 Internal Server Error</title>\n</head><body>\n<h1>Internal Server Error</h1>\n"
                             "<p>The server encountered an internal error or\nmisconfiguration and was unable to complete\n"
                             "your request.</p>\n</body></html>\n");
}

QByteArray PhpNoise::notFoundPage(const QByteArray &path)
{
    QByteArray escaped = path;
    escaped.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    QByteArray page("<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\n<html><head>\n<title>404 Not Found</title>\n"
                    "</head><body>\n<h1>Not Found</h1>\n<p>The requested URL ");
    page += escaped;
    page += " was not found on this server.</p>\n</body></html>\n";
    return page;
}
