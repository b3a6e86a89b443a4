#include "vicidial/OneShotBody.h"

#include <cstring>

OneShotBody::OneShotBody(const QByteArray &body, bool neverRewind, QObject *parent)
    : QIODevice(parent), m_body(body), m_neverRewind(neverRewind)
{
    QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

qint64 OneShotBody::bytesAvailable() const
{
    return m_body.size() - m_position + QIODevice::bytesAvailable();
}

bool OneShotBody::reset()
{
    if (m_taken || m_neverRewind) {
        m_resendRefused = true;
        return false;
    }
    return true;
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    const qint64 count = std::min(maxSize, qint64(m_body.size()) - m_position);
    if (count <= 0)
        return m_position >= m_body.size() ? -1 : 0;
    m_taken = true;
    std::memcpy(data, m_body.constData() + m_position, size_t(count));
    m_position += count;
    return count;
}
