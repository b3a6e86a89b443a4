#include "audit/AuditEntry.h"

#include "vicidial/Redactor.h"

#include <QDateTime>
#include <QJsonDocument>

QString auditTimestamp(qint64 msecsSinceEpoch)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch);
    const int offset = local.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + (offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        + QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

AuditEntry AuditEntry::fromRecord(const CommandRecord &record, const AuditContext &context)
{
    AuditEntry entry;
    entry.timeMs = record.result.sentAtMs;
    entry.profile = context.profile;
    entry.server = context.serverHost;
    entry.apiUser = context.apiUser;
    entry.agent = record.result.agent;
    entry.value = parkActionWireValue(record.result.action);
    entry.result = resultKindName(record.result.answer.kind);
    entry.answer = record.result.answer.text;
    entry.latencyMs = record.result.latencyMs;
    entry.confirmation = confirmationName(record.confirmation);
    entry.origin = context.origin;
    return entry;
}

QJsonObject AuditEntry::toJson(const Redactor &redactor) const
{
    return QJsonObject{
        {QStringLiteral("time"), auditTimestamp(timeMs)},
        {QStringLiteral("profile"), profile},
        {QStringLiteral("server"), server},
        {QStringLiteral("api_user"), apiUser},
        {QStringLiteral("agent"), agent},
        {QStringLiteral("value"), value},
        {QStringLiteral("result"), result},
        {QStringLiteral("answer"), redactor.redact(answer)},
        {QStringLiteral("latency_ms"), latencyMs},
        {QStringLiteral("confirmation"), confirmation},
        {QStringLiteral("origin"), origin},
    };
}

QByteArray AuditEntry::toLine(const Redactor &redactor) const
{
    return QJsonDocument(toJson(redactor)).toJson(QJsonDocument::Compact) + '\n';
}
