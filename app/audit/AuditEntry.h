#pragma once

#include "state/CommandRecord.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

class Redactor;

// Who and where a command was sent for, beside what CommandRecord holds.
struct AuditContext
{
    QString profile;    // the profile's name
    QString serverHost; // host only: never a path, query or credentials
    QString apiUser;
    QString origin = QStringLiteral("window"); // or "cli": where the command was given
};

// One line of the audit log.
struct AuditEntry
{
    qint64 timeMs = 0;  // wall time the command left
    QString profile;
    QString server;
    QString apiUser;
    QString agent;
    QString value;      // the park_call value: PARK_CUSTOMER...
    QString result;     // resultKindName: success, no_lead...
    QString answer;     // the server's answer (or the failure), redacted
    qint64 latencyMs = 0;
    QString confirmation; // confirmed, not_carried_out, unknown, not_applicable, waiting
    QString origin;       // window, cli

    static AuditEntry fromRecord(const CommandRecord &record, const AuditContext &context);

    // The answer is redacted again here, whatever the caller did.
    QJsonObject toJson(const Redactor &redactor) const;
    // One compact JSON line, ending in \n.
    QByteArray toLine(const Redactor &redactor) const;
};

// "2026-11-26T10:32:57.123+00:00": local time with its offset, milliseconds.
QString auditTimestamp(qint64 msecsSinceEpoch);

