#include "vicidial/WireCall.h"

#include "vicidial/OneShotBody.h"

#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslError>

WireCall::WireCall(const ApiRequest &request, qsizetype maxAnswerBytes, QObject *parent)
    : QObject(parent), m_maxAnswerBytes(maxAnswerBytes)
{
    m_response.request = request;
    m_timeout.setSingleShot(true);
    m_timeout.setTimerType(Qt::PreciseTimer); // never before timeoutMs
    connect(&m_timeout, &QTimer::timeout, this, [this] { stop(AbortReason::Timeout); });
    m_elapsed.start();
}

WireCall::~WireCall()
{
    // Gone while on its way (its client is being destroyed): stop the
    // transfer without reporting anything to anybody.
    if (m_reply && !m_finished) {
        m_reply->blockSignals(true);
        m_reply->abort();
    }
}

void WireCall::abort()
{
    stop(AbortReason::Caller);
}

void WireCall::attach(QNetworkReply *reply, OneShotBody *body, const TlsPolicy &tls)
{
    m_reply = reply;
    m_body = body;
    m_tls = tls;
    reply->setParent(this);
    if (body)
        body->setParent(reply); // outlives Qt's use of it, which ends with the reply
    // Qt need not hold more than we will read.
    reply->setReadBufferSize(m_maxAnswerBytes + 1);
    connect(reply, &QIODevice::readyRead, this, &WireCall::readAvailable);
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
        if (const std::optional<QString> refusal = m_tls.refusalOnErrors(errors, reply->sslConfiguration().peerCertificate()))
            m_tlsDetail = *refusal; // the handshake fails, and nothing is written
        else
            reply->ignoreSslErrors(errors);
    });
    // Qt emits this before any byte of the request is written.
    connect(reply, &QNetworkReply::encrypted, this, [this, reply] {
        if (const std::optional<QString> refusal = m_tls.refusalOnEncrypted(reply->sslConfiguration().peerCertificate())) {
            m_tlsDetail = *refusal;
            stop(AbortReason::PinMismatch);
        }
    });
}

void WireCall::stop(AbortReason reason)
{
    if (m_finished || m_abortReason != AbortReason::None || !m_reply)
        return;
    m_abortReason = reason;
    m_reply->abort(); // finished follows at once
}

void WireCall::readAvailable()
{
    if (!m_reply || m_truncated)
        return;
    m_received += m_reply->read(m_maxAnswerBytes + 1 - m_received.size());
    if (m_received.size() > m_maxAnswerBytes) {
        m_received.truncate(m_maxAnswerBytes);
        m_truncated = true;
        stop(AbortReason::SizeLimit);
    }
}

TransportOutcome WireCall::outcome()
{
    TransportOutcome outcome;
    if (m_reply && m_abortReason == AbortReason::None && m_reply->isReadable())
        readAvailable();
    outcome.body = m_received;
    outcome.truncatedAtLimit = m_truncated;
    if (!m_reply)
        return outcome;
    outcome.httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    outcome.location = m_reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    const QNetworkReply::NetworkError error = m_reply->error();
    if (!m_tlsDetail.isEmpty() || error == QNetworkReply::SslHandshakeFailedError) {
        outcome.failure = TransportOutcome::Failure::Tls;
        outcome.errorText = m_tlsDetail.isEmpty() ? m_reply->errorString() : m_tlsDetail;
    } else if (error == QNetworkReply::ProxyAuthenticationRequiredError) {
        outcome.failure = TransportOutcome::Failure::ProxyAuthentication;
    } else if (error == QNetworkReply::ContentReSendError || (m_body && m_body->resendRefused())) {
        // Qt (6.4) also asks to resend after a whole answer delimited by the
        // close has arrived: that answer stands. Without one it is lost.
        if (!answerIsComplete())
            outcome.failure = TransportOutcome::Failure::NotResent;
    } else if (error != QNetworkReply::NoError && m_abortReason != AbortReason::SizeLimit) {
        outcome.failure = TransportOutcome::Failure::Connection;
        // Qt's text may name the URL, and with GET the URL holds the form: never its query.
        QString text = m_reply->errorString();
        text.replace(m_reply->url().toString(), m_reply->url().adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo).toString());
        outcome.errorText = text;
    }
    return outcome;
}

bool WireCall::answerIsComplete() const
{
    if (!m_reply || m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 0)
        return false;
    const bool chunked = m_reply->rawHeader("Transfer-Encoding").toLower().contains("chunked");
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (!chunked && !length.isValid())
        return true; // the close is the end
    // Content-Length counts the bytes as sent, Qt gives them decoded.
    return !chunked && m_reply->rawHeader("Content-Encoding").isEmpty() && length.toLongLong() == m_received.size();
}

void WireCall::finishWith(const WireResponse &response)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    m_response = response;
    m_response.latencyMs = m_elapsed.elapsed();
    if (m_reply)
        m_reply->disconnect(this); // goes with this call
    Q_EMIT finished(m_response);
    deleteLater();
}
