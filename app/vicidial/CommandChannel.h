#pragma once

#include "vicidial/ChannelTarget.h"

#include <QList>
#include <QObject>

class ChannelConnection;
class Clock;
class CommandExchange;
struct OutgoingRequest;

// The transport for requests that must never be sent twice (park_call): a
// small HTTP/1.1 client that writes each request exactly once. Qt's own HTTP
// stack resends a request when a kept-alive connection closes before the
// answer; this one reports the failure instead.
//
// Connections are kept alive, a few of them, so commands for different
// agents can overlap. An idle connection is reused only while it is still
// connected, has heard nothing from the server and has been idle for less
// than kReuseWithinMs; otherwise a fresh connection is opened before
// writing, so a server's idle timeout does not close it under a request.
class CommandChannel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandChannel)

public:
    static constexpr qint64 kReuseWithinMs = 2000;
    static constexpr int kMaxIdleConnections = 4;

    // clock (for idle ages) must outlive the channel; null means the system clock.
    explicit CommandChannel(Clock *clock = nullptr, QObject *parent = nullptr);
    ~CommandChannel() override;

    // New TLS policy or server: idle connections close, busy ones after their answer.
    void setTlsPolicy(const TlsPolicy &policy);
    // The exchange belongs to owner; it emits finished exactly once (unless
    // destroyed first). Never null.
    CommandExchange *send(const OutgoingRequest &request, qsizetype maxAnswerBytes, QObject *owner);

    int openConnections() const { return int(m_connections.size()); }
    int idleConnections() const { return int(m_idle.size()); }

private:
    ChannelConnection *takeReusable(const ChannelTarget &target);
    void onIdle(ChannelConnection *connection);
    void onClosed(ChannelConnection *connection);
    void closeIdle();

    Clock *m_clock;
    TlsPolicy m_tls;
    int m_generation = 0;
    QList<ChannelConnection *> m_connections; // all open ones, children of this
    QList<ChannelConnection *> m_idle;        // the oldest first
};
