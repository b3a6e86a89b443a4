#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

// The lines of a server answer worth reading. A real server with PHP's
// display_errors on buries its one answer line among hundreds of warnings
// (PROTOCOL.md section 1), so this drops the noise and keeps the rest.
// The body is decoded once; the lines are views into it, valid as long as
// this object lives (a 2,000-agent floor would otherwise cost a string per line).
class AnswerLines final
{
public:
    // Bodies are read up to this many bytes; the wire layer never delivers more.
    static constexpr qsizetype kMaxAnswerBytes = 1024 * 1024;

    explicit AnswerLines(QByteArrayView body, qsizetype maxBytes = kMaxAnswerBytes);
    Q_DISABLE_COPY_MOVE(AnswerLines)

    // Non-empty lines that are not PHP warnings, with CR, spaces and leading
    // <br /> tags removed; tabs are kept because they separate table fields.
    const QList<QStringView> &meaningful() const { return m_lines; }
    bool looksLikeHtmlPage() const { return m_htmlPage; }
    bool hasPhpFatalError() const { return m_fatalError; }
    bool bodyWasEmpty() const { return m_empty; }

    static bool isPhpNoise(QStringView line);

private:
    QString m_text;
    QList<QStringView> m_lines;
    bool m_htmlPage = false;
    bool m_fatalError = false;
    bool m_empty = true;
};
