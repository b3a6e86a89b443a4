#pragma once

#include "vicidial/ChannelTarget.h"
#include "vicidial/KeepAliveRules.h"

#include <QList>
#include <QObject>
#include <QPointer>

class ChannelConnection;
class Clock;
class CommandExchange;
struct OutgoingRequest;

// The wire's one HTTP/1.1 transport, for every request of one WireClient:
// kept-alive connections, one exchange per connection at a time, under one
// TLS policy. Named for the rule that shaped it: a command (park_call) is
// written exactly once and never again; Qt's own HTTP stack would silently
// resend one when a kept-alive connection closes before the answer.
//
// Reuse: an idle connection is taken (the most recently used first) only if
// it is still connected, nothing came from the server while idle, and its
// idle age is within KeepAliveRules for the request's kind: briefly for a
// command, up to the server's announced keep-alive timeout for a read.
// Otherwise a fresh connection is opened before writing.
//
// Retry: only a read, only once, only when the reused connection it was
// written on closed (or was reset) before any byte of the answer came: it
// goes out again on a fresh connection. A command in that situation fails
// with an unknown outcome, as any command whose connection is lost.
//
// Bounds: at most kMaxConnections open at once (further requests wait, in
// order, for one to become idle or close) and kMaxIdleConnections idle.
class CommandChannel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandChannel)

public:
    static constexpr qint64 kReuseWithinMs = KeepAliveRules::kCommandReuseWithinMs;
    static constexpr int kMaxIdleConnections = 4;
    static constexpr int kMaxConnections = 6;

    // clock (for idle ages) must outlive the channel; null means the system clock.
    explicit CommandChannel(Clock *clock = nullptr, QObject *parent = nullptr);
    ~CommandChannel() override;

    // New TLS policy or server: idle connections close, busy ones after their answer.
    void setTlsPolicy(const TlsPolicy &policy);
    // The exchange belongs to owner; it emits finished exactly once (unless
    // destroyed first). Never null.
    CommandExchange *send(const OutgoingRequest &request, qsizetype maxAnswerBytes, ExchangeKind kind, QObject *owner);

    int openConnections() const { return int(m_connections.size()); }
    int idleConnections() const { return int(m_idle.size()); }
    int waitingExchanges() const { return int(m_waiting.size()); }
    // Reads sent a second time after the keep-alive race, since the channel began.
    int readsRetried() const { return m_readsRetried; }

private:
    struct Waiting
    {
        QPointer<CommandExchange> exchange;
        ChannelTarget target;
    };

    void dispatch(CommandExchange *exchange, const ChannelTarget &target);
    void runOnFreshConnection(CommandExchange *exchange, const ChannelTarget &target);
    ChannelConnection *takeReusable(const ChannelTarget &target, ExchangeKind kind);
    void onIdle(ChannelConnection *connection);
    void onClosed(ChannelConnection *connection);
    void onRetryWanted(ChannelConnection *connection, CommandExchange *exchange);
    void scheduleWaiting();
    void dispatchWaiting();
    void closeIdle();

    Clock *m_clock;
    TlsPolicy m_tls;
    int m_generation = 0;
    int m_readsRetried = 0;
    bool m_dispatchPosted = false;
    QList<ChannelConnection *> m_connections; // all open ones, children of this
    QList<ChannelConnection *> m_idle;        // the oldest first
    QList<Waiting> m_waiting;                 // beyond kMaxConnections, the oldest first
};
