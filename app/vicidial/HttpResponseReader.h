#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <utility>

// Reads one HTTP/1.x response as its bytes arrive: status line, headers
// (names matched case-insensitively), then the body framed by Content-Length,
// chunked transfer encoding, or the end of the connection. Keeps at most
// maxBodyBytes of the body; past that it stops, marked truncated.
class HttpResponseReader final
{
public:
    enum class State : quint8 { StatusLine, Headers, Body, Done, Failed };

    static constexpr qsizetype kMaxHeaderBytes = 64 * 1024;

    explicit HttpResponseReader(qsizetype maxBodyBytes = 1024 * 1024);

    void feed(QByteArrayView bytes);
    // The peer closed the connection: ends a body that runs until the close.
    void peerClosed();

    State state() const { return m_state; }
    bool isComplete() const { return m_state == State::Done; }
    bool hasFailed() const { return m_state == State::Failed; }
    bool hasStarted() const { return m_started; }

    int status() const { return m_status; }
    // The first header of that name, trimmed; empty when absent.
    QByteArray header(QByteArrayView name) const;
    const QByteArray &body() const { return m_body; }
    bool truncatedAtLimit() const { return m_truncated; }
    // The connection may carry another request after this answer.
    bool connectionReusable() const;
    // The idle timeout the server announced ("Keep-Alive: timeout=5"), or -1.
    qint64 keepAliveTimeoutMs() const;

private:
    enum class Framing : quint8 { Length, Chunked, UntilClose };
    enum class ChunkPart : quint8 { Size, Data, DataEnd, Trailer };

    void parse();
    bool takeLine(QByteArray *line);
    bool parseStatusLine(const QByteArray &line);
    bool parseHeaderLine(const QByteArray &line);
    void headersDone();
    void readBody();
    void readChunked();
    // Appends, keeping to the limit; false once the limit cut the body.
    bool appendBody(QByteArrayView bytes);
    void fail() { m_state = State::Failed; }
    void done() { m_state = State::Done; }

    qsizetype m_maxBodyBytes;
    State m_state = State::StatusLine;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_headerBytes = 0;
    bool m_started = false;

    int m_status = 0;
    bool m_http10 = false;
    QList<std::pair<QByteArray, QByteArray>> m_headers; // lower-case names
    Framing m_framing = Framing::UntilClose;
    qint64 m_remaining = 0; // of the Content-Length, or of the current chunk
    ChunkPart m_chunkPart = ChunkPart::Size;
    QByteArray m_body;
    bool m_truncated = false;
    bool m_bytesAfterAnswer = false;
};
