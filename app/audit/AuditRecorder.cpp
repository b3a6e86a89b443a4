#include "audit/AuditRecorder.h"

#include "session/AgentSession.h"

#include <QCoreApplication>

#include <algorithm>

AuditRecorder::AuditRecorder(const QString &path, QObject *parent) : QObject(parent), m_log(path)
{
    if (QCoreApplication *app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &AuditRecorder::flushPending);
}

AuditRecorder::~AuditRecorder()
{
    flushPending();
}

void AuditRecorder::setContext(const AuditContext &context, const QString &password)
{
    m_context = context;
    m_redactor = Redactor(password);
}

void AuditRecorder::watch(AgentSession *session)
{
    connect(session, &AgentSession::commandFinished, this, &AuditRecorder::recordFinished);
    connect(session, &AgentSession::commandSettled, this, &AuditRecorder::recordSettled);
    connect(session, &QObject::destroyed, this, &AuditRecorder::flushPending);
}

QString AuditRecorder::pendingKey(const CommandRecord &record)
{
    return record.result.agent + QLatin1Char('#') + QString::number(record.id);
}

void AuditRecorder::recordFinished(const CommandRecord &record)
{
    const AuditEntry entry = AuditEntry::fromRecord(record, m_context);
    if (record.confirmation == Confirmation::Waiting) {
        m_pending.insert(pendingKey(record), entry);
        return;
    }
    write(entry);
    if (m_writtenEarly.size() > 1000)
        m_writtenEarly.clear();
    m_writtenEarly.insert(pendingKey(record));
}

void AuditRecorder::recordSettled(const CommandRecord &record)
{
    const QString key = pendingKey(record);
    if (m_writtenEarly.remove(key))
        return; // its line is already written: one line per command
    AuditEntry entry = AuditEntry::fromRecord(record, m_context);
    if (const auto it = m_pending.constFind(key); it != m_pending.cend()) {
        // Where it was sent, not where the window points now.
        entry.profile = it->profile;
        entry.server = it->server;
        entry.apiUser = it->apiUser;
        entry.origin = it->origin;
        m_pending.erase(it);
    }
    write(entry);
}

void AuditRecorder::flushPending()
{
    QList<AuditEntry> waiting = m_pending.values();
    m_pending.clear();
    std::sort(waiting.begin(), waiting.end(), [](const AuditEntry &a, const AuditEntry &b) { return a.timeMs < b.timeMs; });
    for (const AuditEntry &entry : waiting)
        write(entry);
}

void AuditRecorder::write(const AuditEntry &entry)
{
    m_log.append(entry.toLine(m_redactor));
}
