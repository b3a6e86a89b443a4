#pragma once

#include "hub/FloorTables.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class QSqlDatabase;

// The database source's statements (PROTOCOL.md section 8), each a plain
// set-based SELECT over one table, so each costs what section 8's table
// says and none joins a wide or long table for the whole floor. They run on
// the source's worker thread; each returns false with the driver's message
// in error.
namespace FloorQueries {
// Every vicidial_live_agents row: the floor, unfiltered (the 3-WAY rule
// counts agents of every campaign).
bool liveAgents(QSqlDatabase &db, QList<LiveAgentDbRow> &rows, QString &error);
// parked_channels by channel_group, with UNIX_TIMESTAMP(parked_time): the
// database turns its own local time into epoch seconds, so the park time
// does not depend on the hub's time zone and is the same every poll.
bool parkedChannels(QSqlDatabase &db, QHash<QString, qint64> &parkedAtSeconds, QString &error);
bool autoCalls(QSqlDatabase &db, QHash<QString, AutoCallDbRow> &calls, QString &error);
bool pauseCodes(QSqlDatabase &db, const QList<qint64> &agentLogIds, QHash<qint64, QString> &codes, QString &error);
bool users(QSqlDatabase &db, const QStringList &users, QHash<QString, UserDbRow> &rows, QString &error);
bool campaignIvrModes(QSqlDatabase &db, QHash<QString, ParkIvrMode> &modes, QString &error);

// information_schema's (table, column) pairs of the six tables in the current database.
bool schemaColumns(QSqlDatabase &db, QList<QPair<QString, QString>> &columns, QString &error);
bool grants(QSqlDatabase &db, QStringList &lines, QString &error);
// Sums the durations SHOW PROFILES lists after afterQueryId, in microseconds,
// and moves afterQueryId to the last one.
bool profiledMicroseconds(QSqlDatabase &db, qint64 &afterQueryId, qint64 &microseconds, QString &error);
} // namespace FloorQueries
