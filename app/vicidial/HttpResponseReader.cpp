#include "vicidial/HttpResponseReader.h"

#include <algorithm>
#include <cctype>

namespace {

bool hasToken(const QByteArray &value, QByteArrayView token)
{
    const QList<QByteArray> parts = value.split(',');
    for (const QByteArray &part : parts) {
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Digits only, so "-1", "+5" and "12abc" are malformed, as they should be.
qint64 parseLength(const QByteArray &value, int base)
{
    const QByteArray digits = value.trimmed();
    if (digits.isEmpty() || digits.size() > 15)
        return -1;
    for (char c : digits) {
        const bool ok = base == 16 ? std::isxdigit(static_cast<unsigned char>(c)) : std::isdigit(static_cast<unsigned char>(c));
        if (!ok)
            return -1;
    }
    bool ok = false;
    const qint64 length = digits.toLongLong(&ok, base);
    return ok ? length : -1;
}

} // namespace

HttpResponseReader::HttpResponseReader(qsizetype maxBodyBytes) : m_maxBodyBytes(std::max<qsizetype>(0, maxBodyBytes)) {}

QByteArray HttpResponseReader::header(QByteArrayView name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpResponseReader::connectionReusable() const
{
    if (m_state != State::Done || m_truncated || m_bytesAfterAnswer || m_framing == Framing::UntilClose)
        return false;
    const QByteArray connection = header("connection");
    if (hasToken(connection, "close"))
        return false;
    return !m_http10 || hasToken(connection, "keep-alive");
}

qint64 HttpResponseReader::keepAliveTimeoutMs() const
{
    const QList<QByteArray> parameters = header("keep-alive").split(',');
    for (const QByteArray &parameter : parameters) {
        const QByteArray trimmed = parameter.trimmed();
        if (trimmed.startsWith("timeout=")) {
            const qint64 seconds = parseLength(trimmed.mid(8), 10);
            return seconds < 0 ? -1 : seconds * 1000;
        }
    }
    return -1;
}

void HttpResponseReader::feed(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    m_started = true;
    if (m_state == State::Done || m_state == State::Failed) {
        m_bytesAfterAnswer = true;
        return;
    }
    m_buffer.append(bytes);
    parse();
    if (m_state == State::Done && m_pos < m_buffer.size())
        m_bytesAfterAnswer = true;
    m_buffer.remove(0, m_pos);
    m_pos = 0;
}

void HttpResponseReader::peerClosed()
{
    if (m_state == State::Body && m_framing == Framing::UntilClose)
        done();
}

void HttpResponseReader::parse()
{
    QByteArray line;
    while (m_state == State::StatusLine || m_state == State::Headers) {
        if (!takeLine(&line))
            return;
        if (m_state == State::StatusLine) {
            if (line.isEmpty())
                continue; // tolerated before a status line
            if (!parseStatusLine(line))
                return fail();
            m_state = State::Headers;
        } else if (line.isEmpty()) {
            headersDone();
        } else if (!parseHeaderLine(line)) {
            return fail();
        }
    }
    if (m_state == State::Body)
        readBody();
}

bool HttpResponseReader::takeLine(QByteArray *line)
{
    // Header and trailer lines count against one budget; no line may exceed it.
    const bool counted = m_state != State::Body || m_chunkPart == ChunkPart::Trailer;
    const qsizetype budget = kMaxHeaderBytes - (counted ? m_headerBytes : 0);
    const qsizetype end = m_buffer.indexOf('\n', m_pos);
    const qsizetype lineBytes = (end < 0 ? m_buffer.size() : end + 1) - m_pos;
    if (lineBytes > budget) {
        fail();
        return false;
    }
    if (end < 0)
        return false;
    if (counted)
        m_headerBytes += lineBytes;
    qsizetype length = end - m_pos;
    if (length > 0 && m_buffer.at(end - 1) == '\r')
        --length;
    *line = m_buffer.mid(m_pos, length);
    m_pos = end + 1;
    return true;
}

bool HttpResponseReader::parseStatusLine(const QByteArray &line)
{
    // "HTTP/1.1 200 OK"; the reason phrase may be empty or missing.
    if (!line.startsWith("HTTP/1.") || line.size() < 12 || line.at(8) != ' ')
        return false;
    m_http10 = line.at(7) == '0';
    const QByteArray code = line.mid(9, 3);
    if (line.size() > 12 && line.at(12) != ' ')
        return false;
    const qint64 status = parseLength(code, 10);
    if (status < 100 || status > 999)
        return false;
    m_status = int(status);
    return true;
}

bool HttpResponseReader::parseHeaderLine(const QByteArray &line)
{
    if ((line.front() == ' ' || line.front() == '\t') && !m_headers.isEmpty()) {
        m_headers.last().second += ' ' + line.trimmed(); // obsolete line folding
        return true;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return false;
    const QByteArray name = line.left(colon).trimmed().toLower();
    if (name.isEmpty() || name.contains(' '))
        return false;
    m_headers.append({name, line.mid(colon + 1).trimmed()});
    return true;
}

void HttpResponseReader::headersDone()
{
    if (m_status >= 100 && m_status < 200) {
        if (m_status == 101)
            return fail(); // no protocol switch was asked for
        m_headers.clear(); // an interim answer: the real one follows
        m_status = 0;
        m_state = State::StatusLine;
        return;
    }
    m_state = State::Body;
    const QByteArray transferEncoding = header("transfer-encoding");
    const QList<QByteArray> lengths = [this] {
        QList<QByteArray> found;
        for (const auto &[key, value] : m_headers) {
            if (key == "content-length")
                found.append(value.split(','));
        }
        return found;
    }();
    if (!transferEncoding.isEmpty()) {
        const QList<QByteArray> codings = transferEncoding.split(',');
        m_framing = codings.last().trimmed().compare("chunked", Qt::CaseInsensitive) == 0 ? Framing::Chunked : Framing::UntilClose;
        m_chunkPart = ChunkPart::Size;
    } else if (!lengths.isEmpty()) {
        m_remaining = parseLength(lengths.first(), 10);
        for (const QByteArray &other : lengths) {
            if (parseLength(other, 10) != m_remaining)
                m_remaining = -1;
        }
        if (m_remaining < 0)
            return fail();
        m_framing = Framing::Length;
    } else {
        m_framing = Framing::UntilClose;
    }
    if (m_status == 204 || m_status == 304 || (m_framing == Framing::Length && m_remaining == 0)) {
        m_framing = Framing::Length;
        m_remaining = 0;
        done();
    }
}

void HttpResponseReader::readBody()
{
    if (m_framing == Framing::Chunked)
        return readChunked();
    const QByteArrayView available = QByteArrayView(m_buffer).sliced(m_pos);
    if (m_framing == Framing::UntilClose) {
        m_pos = m_buffer.size();
        appendBody(available);
        return;
    }
    const qsizetype take = qsizetype(std::min<qint64>(available.size(), m_remaining));
    m_pos += take;
    m_remaining -= take;
    if (appendBody(available.first(take)) && m_remaining == 0)
        done();
}

void HttpResponseReader::readChunked()
{
    QByteArray line;
    while (m_state == State::Body) {
        switch (m_chunkPart) {
        case ChunkPart::Size: {
            if (!takeLine(&line))
                return;
            const qsizetype extension = line.indexOf(';');
            const qint64 size = parseLength(extension < 0 ? line : line.left(extension), 16);
            if (size < 0)
                return fail();
            m_remaining = size;
            m_chunkPart = size == 0 ? ChunkPart::Trailer : ChunkPart::Data;
            break;
        }
        case ChunkPart::Data: {
            const qsizetype take = qsizetype(std::min<qint64>(m_buffer.size() - m_pos, m_remaining));
            if (take == 0)
                return;
            const QByteArrayView bytes = QByteArrayView(m_buffer).sliced(m_pos, take);
            m_pos += take;
            m_remaining -= take;
            if (!appendBody(bytes))
                return;
            if (m_remaining == 0)
                m_chunkPart = ChunkPart::DataEnd;
            break;
        }
        case ChunkPart::DataEnd:
            if (!takeLine(&line))
                return;
            if (!line.isEmpty())
                return fail();
            m_chunkPart = ChunkPart::Size;
            break;
        case ChunkPart::Trailer:
            if (!takeLine(&line))
                return;
            if (line.isEmpty())
                done();
            break;
        }
    }
}

bool HttpResponseReader::appendBody(QByteArrayView bytes)
{
    const qsizetype room = m_maxBodyBytes - m_body.size();
    if (bytes.size() <= room) {
        m_body.append(bytes);
        return true;
    }
    m_body.append(bytes.first(room));
    m_truncated = true;
    done();
    return false;
}
