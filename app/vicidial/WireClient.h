#pragma once

#include "vicidial/Answer.h"
#include "vicidial/ApiRequest.h"
#include "vicidial/Redactor.h"
#include "vicidial/ServerConfig.h"
#include "vicidial/TlsPolicy.h"
#include "vicidial/TransportOutcome.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <optional>

class Clock;
class CommandChannel;
class CommandExchange;

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
class WireCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WireCall)

public:
    const ApiRequest &request() const { return m_response.request; }
    // Stops waiting; finished is still emitted (as a connection failure).
    void abort();

Q_SIGNALS:
    void finished(const WireResponse &response);

private:
    friend class WireClient;
    enum class AbortReason : quint8 { None, Timeout, Caller };

    WireCall(const ApiRequest &request, QObject *parent);
    // Stops the transport for that reason (the first reason wins).
    void stop(AbortReason reason);
    void finishWith(const WireResponse &response);

    WireResponse m_response;
    QUrl m_url; // what was asked for, to resolve a redirect against
    QPointer<CommandExchange> m_exchange;
    QElapsedTimer m_elapsed;
    QTimer m_timeout;
    AbortReason m_abortReason = AbortReason::None;
    bool m_finished = false;
};

// Speaks HTTP to one VICIdial server. Adds credentials, encodes every field,
// bounds what it reads, applies the TLS policy, and stops all traffic after
// an answer that says the credentials or this desk are refused.
//
// One transport, the CommandChannel (kept-alive HTTP/1.1 connections, one
// TLS policy): requests marked mustNotResend (park_call) are commands, written
// at most once; the others (version, agent_status, logged_in_agents) are
// reads, which may reuse a connection for longer and are retried once after
// the keep-alive race. CommandChannel and KeepAliveRules say exactly when.
class WireClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WireClient)

public:
    explicit WireClient(const ServerConfig &config, QObject *parent = nullptr);
    // clock (for the command channel's idle ages) must outlive the client.
    WireClient(const ServerConfig &config, Clock *clock, QObject *parent = nullptr);
    ~WireClient() override;

    const ServerConfig &config() const { return m_config; }
    // New settings count as a person acting: stopped traffic resumes.
    void setConfig(const ServerConfig &config);
    const Redactor &redactor() const { return m_redactor; }

    // Never null. When traffic is stopped or the source is invalid, the call
    // finishes at once (queued) with NotSent, and nothing goes on the wire.
    WireCall *send(const ApiRequest &request);

    bool isTrafficStopped() const { return m_stopReason.has_value(); }
    std::optional<Answer> trafficStopReason() const { return m_stopReason; }
    // A person pressed "Retry": allow one more attempt.
    void resumeTraffic();

    int requestsSent() const { return m_requestsSent; }

Q_SIGNALS:
    void trafficStopped(const Answer &reason);
    void trafficResumed();
    // Every finished exchange, for connection-state displays.
    void exchangeFinished(const WireResponse &response);

private:
    void applyConfig();
    // One place decides what an outcome means.
    void complete(WireCall *call, const TransportOutcome &outcome);
    void noteAnswerFor(const WireResponse &response);

    ServerConfig m_config;
    Redactor m_redactor;
    TlsPolicy m_tls;
    CommandChannel *m_channel = nullptr;
    std::optional<Answer> m_stopReason;
    int m_requestsSent = 0;
};
Q_DECLARE_METATYPE(WireResponse)
