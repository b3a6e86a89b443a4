#include "demo/PhpInput.h"

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isAsciiUpper(QChar c)
{
    return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
}

bool isAsciiLower(QChar c)
{
    return c >= QLatin1Char('a') && c <= QLatin1Char('z');
}

template<typename Keep>
QString filtered(const QString &text, Keep keep)
{
    QString kept;
    kept.reserve(text.size());
    for (QChar c : text) {
        if (keep(c))
            kept.append(c);
    }
    return kept;
}

} // namespace

QString PhpInput::keepAlnumAnd(const QString &text, QStringView extra)
{
    return filtered(text, [extra](QChar c) { return isAsciiDigit(c) || isAsciiUpper(c) || isAsciiLower(c) || extra.contains(c); });
}

QString PhpInput::keepUpper(const QString &text)
{
    return filtered(text, isAsciiUpper);
}

QString PhpInput::keepLetters(const QString &text)
{
    return filtered(text, [](QChar c) { return isAsciiUpper(c) || isAsciiLower(c); });
}

QString PhpInput::dropQuotesAndSpaces(const QString &text)
{
    return filtered(text, [](QChar c) {
        return c != QLatin1Char('\'') && c != QLatin1Char('"') && c != QLatin1Char('\\') && c != QLatin1Char(';')
            && c != QLatin1Char(' ');
    });
}
