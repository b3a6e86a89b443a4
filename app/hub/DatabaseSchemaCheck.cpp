#include "hub/DatabaseSchemaCheck.h"

#include <QSet>

const QList<QPair<QString, QStringList>> &DatabaseSchemaCheck::requiredColumns()
{
    static const QList<QPair<QString, QStringList>> required{
        {QStringLiteral("vicidial_live_agents"),
         {QStringLiteral("user"), QStringLiteral("status"), QStringLiteral("lead_id"), QStringLiteral("campaign_id"),
          QStringLiteral("callerid"), QStringLiteral("calls_today"), QStringLiteral("agent_log_id"), QStringLiteral("on_hook_agent"),
          QStringLiteral("ring_callerid"), QStringLiteral("preview_lead_id"), QStringLiteral("conf_exten"), QStringLiteral("comments"),
          QStringLiteral("extension")}},
        {QStringLiteral("vicidial_agent_log"), {QStringLiteral("agent_log_id"), QStringLiteral("sub_status")}},
        {QStringLiteral("parked_channels"), {QStringLiteral("channel_group"), QStringLiteral("parked_time")}},
        {QStringLiteral("vicidial_auto_calls"),
         {QStringLiteral("callerid"), QStringLiteral("uniqueid"), QStringLiteral("channel"), QStringLiteral("extension")}},
        {QStringLiteral("vicidial_users"),
         {QStringLiteral("user"), QStringLiteral("full_name"), QStringLiteral("user_group"), QStringLiteral("user_level")}},
        {QStringLiteral("vicidial_campaigns"), {QStringLiteral("campaign_id"), QStringLiteral("ivr_park_call")}},
    };
    return required;
}

QStringList DatabaseSchemaCheck::requiredTables()
{
    QStringList tables;
    for (const auto &[table, columns] : requiredColumns())
        tables.append(table);
    return tables;
}

QStringList DatabaseSchemaCheck::missing(const QList<QPair<QString, QString>> &present)
{
    QSet<QString> tables;
    QSet<QString> columns;
    for (const auto &[table, column] : present) {
        // information_schema spells names as they were created; MySQL compares column names without case.
        tables.insert(table.toLower());
        columns.insert(table.toLower() + QLatin1Char('.') + column.toLower());
    }
    QStringList missing;
    for (const auto &[table, required] : requiredColumns()) {
        if (!tables.contains(table)) {
            missing.append(table);
            continue;
        }
        for (const QString &column : required) {
            const QString name = table + QLatin1Char('.') + column;
            if (!columns.contains(name))
                missing.append(name);
        }
    }
    return missing;
}
