#pragma once

#include "vicidial/FormEncoding.h"

#include <QByteArray>
#include <QString>

// One HTTP request as the simulated PHP sees it.
struct SimRequest
{
    QByteArray method; // GET, POST...
    QString path;
    FormFields query;  // $_GET
    FormFields body;   // $_POST

    // As VICIdial reads a parameter: $_GET wins over $_POST; within one, the last wins.
    QString field(const QString &name) const;
    bool has(const QString &name) const;
};

// What the simulated PHP answers, before faults are applied.
struct SimReply
{
    int status = 200;
    QByteArray body;
    int rows = 0; // data rows in the answer, for the per-agent service time
};
