#pragma once

#include <QByteArray>
#include <QIODevice>

// The body of a command (park_call) as QNetworkAccessManager must read it:
// sequential and never rewound once Qt has taken a byte of it. Posted with
// QNetworkRequest::DoNotBufferUploadDataAttribute and its Content-Length,
// Qt reads it straight from here; when a kept-alive connection closes after
// the request went out, Qt asks to rewind it to send the request again,
// and the refusal turns that resend into QNetworkReply::ContentReSendError.
// Before Qt has taken anything (nothing of the body can have reached the
// server) rewinding is allowed. A command without a body (GET) cannot tell
// and is never rewound (neverRewind).
class OneShotBody final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneShotBody)

public:
    OneShotBody(const QByteArray &body, bool neverRewind, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool reset() override;
    bool seek(qint64) override { return false; }
    // Qt asked for a resend and was refused.
    bool resendRefused() const { return m_resendRefused; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_body;
    qint64 m_position = 0;
    bool m_taken = false;
    bool m_neverRewind = false;
    bool m_resendRefused = false;
};
