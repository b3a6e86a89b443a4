#pragma once

#include "audit/AuditEntry.h"
#include "audit/AuditLog.h"
#include "vicidial/Redactor.h"

#include <QHash>
#include <QObject>
#include <QSet>

class AgentSession;

// Writes the audit log from the sessions' command signals. When a line is
// written:
// - a command that needs no confirmation (refused, failed, busy, unclear) at
//   once, when its answer arrives (commandFinished);
// - a SUCCESS that the state must confirm when the verdict is known
//   (commandSettled: confirmed, not_carried_out or unknown);
// - a SUCCESS still waiting when the recorder goes away (program exit, the
//   session deleted) with confirmation "waiting", so nothing is lost.
class AuditRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditRecorder)

public:
    explicit AuditRecorder(const QString &path = AuditLog::defaultPath(), QObject *parent = nullptr);
    ~AuditRecorder() override;

    // Profile, server and API user for the next lines; the password only
    // builds the Redactor that cleans every answer once more.
    void setContext(const AuditContext &context, const QString &password);
    void setMaxBytes(qint64 maxBytes) { m_log.setMaxBytes(maxBytes); }
    QString path() const { return m_log.path(); }

    // Connects to the session's commandFinished and commandSettled, and
    // flushes its waiting commands when it is destroyed.
    void watch(AgentSession *session);

    void recordFinished(const CommandRecord &record);
    void recordSettled(const CommandRecord &record);
    // Writes every command still waiting for its verdict.
    void flushPending();
    int pendingCount() const { return static_cast<int>(m_pending.size()); }

private:
    static QString pendingKey(const CommandRecord &record);
    void write(const AuditEntry &entry);

    AuditLog m_log;
    AuditContext m_context;
    Redactor m_redactor;
    QHash<QString, AuditEntry> m_pending;
    QSet<QString> m_writtenEarly; // written at commandFinished; a later verdict adds no line
};
