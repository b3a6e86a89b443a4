#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// The tables and columns the database source reads (PROTOCOL.md section 8),
// and what an older VICIdial, or an account that cannot read them, lacks.
namespace DatabaseSchemaCheck {
// Table name and its columns, in the order they are checked.
const QList<QPair<QString, QStringList>> &requiredColumns();
// The six table names.
QStringList requiredTables();
// What is missing from the (table, column) pairs information_schema lists:
// "parked_channels" for a whole table, "vicidial_live_agents.preview_lead_id"
// for a column. Empty when nothing is.
QStringList missing(const QList<QPair<QString, QString>> &present);
} // namespace DatabaseSchemaCheck
