#pragma once

#include "vicidial/TransportOutcome.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

class ChannelConnection;

// One request on the command channel: written at most once, on one
// connection, and answered once. Owned by whoever asked for it.
class CommandExchange final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandExchange)

public:
    CommandExchange(const QByteArray &request, qsizetype maxAnswerBytes, QObject *parent);
    ~CommandExchange() override;

    const QByteArray &request() const { return m_request; }
    qsizetype maxAnswerBytes() const { return m_maxAnswerBytes; }
    bool isFinished() const { return m_finished; }
    // Drops the connection, whatever it was doing; finished follows at once.
    void abort();

Q_SIGNALS:
    // The request's bytes were handed to the operating system.
    void written();
    void finished(const TransportOutcome &outcome);

private:
    friend class ChannelConnection;
    void attach(ChannelConnection *connection);
    void noteWritten() { Q_EMIT written(); }
    void finish(const TransportOutcome &outcome);

    QByteArray m_request;
    qsizetype m_maxAnswerBytes;
    QPointer<ChannelConnection> m_connection;
    bool m_finished = false;
};
