#include "hub/FloorQueries.h"

#include "hub/DatabaseSchemaCheck.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>

namespace {

bool run(QSqlDatabase &db, QSqlQuery &query, const QString &sql, QString &error)
{
    query = QSqlQuery(db);
    query.setForwardOnly(true);
    if (query.exec(sql))
        return true;
    error = query.lastError().text();
    return false;
}

QString quoted(const QSqlDatabase &db, const QString &text)
{
    QSqlField field(QString(), QMetaType(QMetaType::QString));
    field.setValue(text);
    return db.driver()->formatValue(field);
}

} // namespace

bool FloorQueries::liveAgents(QSqlDatabase &db, QList<LiveAgentDbRow> &rows, QString &error)
{
    QSqlQuery query;
    if (!run(db, query,
             QStringLiteral("SELECT user, status, lead_id, campaign_id, callerid, calls_today, agent_log_id, on_hook_agent, "
                            "ring_callerid, preview_lead_id, conf_exten, comments, extension FROM vicidial_live_agents"),
             error)) {
        return false;
    }
    rows.clear();
    while (query.next()) {
        LiveAgentDbRow row;
        row.user = query.value(0).toString();
        row.status = query.value(1).toString();
        row.leadId = query.value(2).toLongLong();
        row.campaign = query.value(3).toString();
        row.callerId = query.value(4).toString();
        row.callsToday = query.value(5).toInt();
        row.agentLogId = query.value(6).toLongLong();
        row.onHookAgent = query.value(7).toString() == QLatin1String("Y");
        row.ringCallerId = query.value(8).toString();
        row.previewLeadId = query.value(9).toLongLong();
        row.confExten = query.value(10).toString();
        row.comments = query.value(11).toString();
        row.extension = query.value(12).toString();
        rows.append(row);
    }
    return true;
}

bool FloorQueries::parkedChannels(QSqlDatabase &db, QHash<QString, qint64> &parkedAtSeconds, QString &error)
{
    QSqlQuery query;
    if (!run(db, query, QStringLiteral("SELECT channel_group, MIN(UNIX_TIMESTAMP(parked_time)) FROM parked_channels GROUP BY channel_group"),
             error)) {
        return false;
    }
    parkedAtSeconds.clear();
    while (query.next())
        parkedAtSeconds.insert(query.value(0).toString(), query.value(1).toLongLong());
    return true;
}

bool FloorQueries::autoCalls(QSqlDatabase &db, QHash<QString, AutoCallDbRow> &calls, QString &error)
{
    QSqlQuery query;
    if (!run(db, query, QStringLiteral("SELECT callerid, uniqueid, channel, extension FROM vicidial_auto_calls"), error))
        return false;
    calls.clear();
    while (query.next()) {
        const QString callerId = query.value(0).toString();
        const bool inIvr = query.value(3).toString() == QLatin1String("PARK_IVR");
        auto it = calls.find(callerId);
        if (it == calls.end())
            calls.insert(callerId, {query.value(1).toString(), query.value(2).toString(), inIvr});
        else
            it->inParkIvr = it->inParkIvr || inIvr;
    }
    return true;
}

bool FloorQueries::pauseCodes(QSqlDatabase &db, const QList<qint64> &agentLogIds, QHash<qint64, QString> &codes, QString &error)
{
    codes.clear();
    if (agentLogIds.isEmpty())
        return true;
    QStringList ids;
    ids.reserve(agentLogIds.size());
    for (qint64 id : agentLogIds)
        ids.append(QString::number(id));
    QSqlQuery query;
    if (!run(db, query,
             QStringLiteral("SELECT agent_log_id, sub_status FROM vicidial_agent_log WHERE agent_log_id IN (%1)").arg(ids.join(QLatin1Char(','))),
             error)) {
        return false;
    }
    while (query.next())
        codes.insert(query.value(0).toLongLong(), query.value(1).toString());
    return true;
}

bool FloorQueries::users(QSqlDatabase &db, const QStringList &users, QHash<QString, UserDbRow> &rows, QString &error)
{
    rows.clear();
    if (users.isEmpty())
        return true;
    QStringList quotedUsers;
    quotedUsers.reserve(users.size());
    for (const QString &user : users)
        quotedUsers.append(quoted(db, user));
    QSqlQuery query;
    if (!run(db, query,
             QStringLiteral("SELECT user, full_name, user_group, user_level FROM vicidial_users WHERE user IN (%1)")
                 .arg(quotedUsers.join(QLatin1Char(','))),
             error)) {
        return false;
    }
    while (query.next())
        rows.insert(query.value(0).toString(), {query.value(1).toString(), query.value(2).toString(), query.value(3).toInt()});
    return true;
}

bool FloorQueries::campaignIvrModes(QSqlDatabase &db, QHash<QString, ParkIvrMode> &modes, QString &error)
{
    QSqlQuery query;
    if (!run(db, query, QStringLiteral("SELECT campaign_id, ivr_park_call FROM vicidial_campaigns"), error))
        return false;
    modes.clear();
    while (query.next()) {
        // An unknown value from a newer VICIdial: no park IVR is the safe reading.
        modes.insert(query.value(0).toString(), parkIvrModeFromKey(query.value(1).toString()).value_or(ParkIvrMode::Disabled));
    }
    return true;
}

bool FloorQueries::schemaColumns(QSqlDatabase &db, QList<QPair<QString, QString>> &columns, QString &error)
{
    QStringList tables;
    for (const QString &table : DatabaseSchemaCheck::requiredTables())
        tables.append(quoted(db, table));
    QSqlQuery query;
    if (!run(db, query,
             QStringLiteral("SELECT TABLE_NAME, COLUMN_NAME FROM information_schema.COLUMNS "
                            "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN (%1)")
                 .arg(tables.join(QLatin1Char(','))),
             error)) {
        return false;
    }
    columns.clear();
    while (query.next())
        columns.append({query.value(0).toString(), query.value(1).toString()});
    return true;
}

bool FloorQueries::grants(QSqlDatabase &db, QStringList &lines, QString &error)
{
    QSqlQuery query;
    if (!run(db, query, QStringLiteral("SHOW GRANTS FOR CURRENT_USER()"), error))
        return false;
    lines.clear();
    while (query.next())
        lines.append(query.value(0).toString());
    return true;
}

bool FloorQueries::profiledMicroseconds(QSqlDatabase &db, qint64 &afterQueryId, qint64 &microseconds, QString &error)
{
    QSqlQuery query;
    if (!run(db, query, QStringLiteral("SHOW PROFILES"), error))
        return false;
    double seconds = 0;
    qint64 last = afterQueryId;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (id <= afterQueryId)
            continue;
        seconds += query.value(1).toString().toDouble();
        last = std::max(last, id);
    }
    afterQueryId = last;
    microseconds = qRound64(seconds * 1e6);
    return true;
}
