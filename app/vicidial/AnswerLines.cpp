#include "vicidial/AnswerLines.h"

#include <QString>

namespace {

QStringView stripLeadingBreaks(QStringView line)
{
    for (;;) {
        while (!line.isEmpty() && line.front() == QLatin1Char(' '))
            line = line.mid(1);
        bool stripped = false;
        for (QLatin1StringView tag : {QLatin1StringView("<br />"), QLatin1StringView("<br/>"), QLatin1StringView("<br>")}) {
            if (line.startsWith(tag, Qt::CaseInsensitive)) {
                line = line.mid(tag.size());
                stripped = true;
                break;
            }
        }
        if (!stripped)
            return line;
    }
}

QStringView stripTrailing(QStringView line)
{
    while (!line.isEmpty() && (line.back() == QLatin1Char('\r') || line.back() == QLatin1Char(' ')))
        line.chop(1);
    return line;
}

const QLatin1StringView kPhpLevels[] = {
    QLatin1StringView("Warning"),       QLatin1StringView("Notice"),
    QLatin1StringView("Deprecated"),    QLatin1StringView("Fatal error"),
    QLatin1StringView("Parse error"),   QLatin1StringView("Strict Standards"),
    QLatin1StringView("Recoverable fatal error"), QLatin1StringView("User Warning"),
    QLatin1StringView("User Notice"),   QLatin1StringView("User Deprecated"),
};

bool isPhpMessage(QStringView line, QLatin1StringView level)
{
    // "<b>Warning</b>:  ...", "Warning: ...", "PHP Warning:  ..."
    if (line.startsWith(QLatin1StringView("<b>"))) {
        const QStringView rest = line.mid(3);
        return rest.startsWith(level) && rest.mid(level.size()).startsWith(QLatin1StringView("</b>:"));
    }
    if (line.startsWith(QLatin1StringView("PHP ")))
        line = line.mid(4);
    return line.startsWith(level) && line.mid(level.size()).startsWith(QLatin1Char(':'));
}

bool looksLikeHtml(QStringView head)
{
    // Case-insensitive searches of the whole head cost more than the rest of a poll's parse: look at each '<' only.
    for (qsizetype at = head.indexOf(QLatin1Char('<')); at >= 0; at = head.indexOf(QLatin1Char('<'), at + 1)) {
        const QStringView tag = head.sliced(at);
        if (tag.startsWith(QLatin1StringView("<html"), Qt::CaseInsensitive)
            || tag.startsWith(QLatin1StringView("<!doctype html"), Qt::CaseInsensitive)
            || tag.startsWith(QLatin1StringView("<title>"), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool isFatal(QStringView line)
{
    return isPhpMessage(line, QLatin1StringView("Fatal error")) || isPhpMessage(line, QLatin1StringView("Parse error"))
        || isPhpMessage(line, QLatin1StringView("Recoverable fatal error"));
}

} // namespace

bool AnswerLines::isPhpNoise(QStringView line)
{
    // Table rows start with a digit or a status word: most lines are not noise, and say so at the first letter.
    if (line.isEmpty() || !QStringView(u"<PWNDFSRU#t").contains(line.front()))
        return false;
    for (QLatin1StringView level : kPhpLevels) {
        if (isPhpMessage(line, level))
            return true;
    }
    // The tail of a fatal error's stack trace.
    return line.startsWith(QLatin1StringView("Stack trace:")) || line.startsWith(QLatin1StringView("#"))
        || line.startsWith(QLatin1StringView("thrown in "));
}

AnswerLines::AnswerLines(QByteArrayView body, qsizetype maxBytes)
{
    const QByteArrayView bounded = body.first(std::min(body.size(), maxBytes));
    m_empty = bounded.trimmed().isEmpty();
    m_text = QString::fromUtf8(bounded);
    const QString &text = m_text;
    m_htmlPage = looksLikeHtml(QStringView(text).first(std::min<qsizetype>(text.size(), 4096)));

    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = text.size();
        const QStringView line = stripTrailing(stripLeadingBreaks(QStringView(text).sliced(start, end - start)));
        if (!line.isEmpty()) {
            if (isFatal(line))
                m_fatalError = true;
            if (!isPhpNoise(line))
                m_lines.append(line);
        }
        start = end + 1;
    }
}
