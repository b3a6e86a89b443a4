#pragma once

#include "vicidial/Answer.h"
#include "vicidial/ApiRequest.h"
#include "vicidial/TlsPolicy.h"
#include "vicidial/TransportOutcome.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <optional>

class OneShotBody;
class QNetworkReply;

// The outcome of one HTTP exchange, before any function-specific parsing.
struct WireResponse
{
    ApiRequest request;
    // Set when no HTTP 200 answer arrived: timeout, refused, TLS, HTTP status, not sent.
    std::optional<Answer> failure;
    // The body as received (up to the size limit) with the password fields of
    // the known echo formats blanked. Parse it with the client's Redactor.
    QByteArray body;
    int httpStatus = 0;
    qint64 latencyMs = 0;
    bool truncatedAtLimit = false;

    bool ok() const { return !failure.has_value(); }
};

// One request on its way. Emits finished exactly once, then deletes itself.
// Owns its QNetworkReply: reads at most the size limit of the answer (the
// rest is never read: the reply is aborted), applies the TLS policy to the
// handshake, and gives up at the timeout.
class WireCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WireCall)

public:
    ~WireCall() override;
    const ApiRequest &request() const { return m_response.request; }
    // Stops waiting; finished is still emitted (as a connection failure).
    void abort();

Q_SIGNALS:
    void finished(const WireResponse &response);

private:
    friend class WireClient;
    enum class AbortReason : quint8 { None, Timeout, SizeLimit, PinMismatch, Caller };

    WireCall(const ApiRequest &request, qsizetype maxAnswerBytes, QObject *parent);
    // Takes the reply (and a command's body) as children and starts reading.
    void attach(QNetworkReply *reply, OneShotBody *body, const TlsPolicy &tls);
    // Stops the transport for that reason (the first reason wins).
    void stop(AbortReason reason);
    void readAvailable();
    // What the finished reply amounts to.
    TransportOutcome outcome();
    // The status and all of the body arrived (by its length, or up to the close).
    bool answerIsComplete() const;
    void finishWith(const WireResponse &response);

    WireResponse m_response;
    qsizetype m_maxAnswerBytes;
    QUrl m_url; // what was asked for, to resolve a redirect against
    QPointer<QNetworkReply> m_reply;
    QPointer<OneShotBody> m_body;
    TlsPolicy m_tls;
    QString m_tlsDetail;
    QByteArray m_received;
    bool m_truncated = false;
    QElapsedTimer m_elapsed;
    QTimer m_timeout;
    AbortReason m_abortReason = AbortReason::None;
    int m_generation = 0; // of the client's settings it was sent under
    bool m_finished = false;
};
Q_DECLARE_METATYPE(WireResponse)
