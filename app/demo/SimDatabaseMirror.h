#pragma once

#include "demo/SimLiveRows.h"

#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <optional>

class VicidialSimulator;
struct SimAgent;

// Mirrors a simulator's floor into VICIdial's six floor tables
// (app/demo/vicidial-floor-schema.sql) at every change, so that one
// scenario can be read through the non-agent API and through the database
// (parkbar-hub's database source) and both give the same answers. The rows
// come from SimLiveRows, which the API's answers come from too.
//
// Writes block: the mirror is for tests and parkbar-sim. The tables are
// MyISAM as in VICIdial, without transactions, so each change is written in
// an order that never shows a reader a state the floor was not in for
// longer than one statement: new call and park rows first, then the agent's
// row, then the rows that went away.
class SimDatabaseMirror final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimDatabaseMirror)

public:
    struct Connection
    {
        QString host = QStringLiteral("127.0.0.1");
        int port = 3306;
        QString socket; // a Unix socket instead of host:port, when set
        QString database = QStringLiteral("asterisk");
        QString user;
        QString password; // never logged
    };

    explicit SimDatabaseMirror(const Connection &connection, QObject *parent = nullptr);
    ~SimDatabaseMirror() override;

    // Connects, creates the tables that are missing, writes the whole floor
    // and follows the simulator's changes from then on.
    bool attach(VicidialSimulator *simulator);
    // Rewrites every table from the floor (after a scenario load, or after
    // a test added agents or campaigns without a change signal).
    bool mirrorAll();
    // Writes what changed for one agent.
    bool mirrorAgent(const QString &user);
    QString errorString() const { return m_error; }

    // The schema's statements, from the embedded .sql file.
    static QStringList schemaStatements();

Q_SIGNALS:
    // A write failed; the reason names the statement's table, never the password.
    void mirrorFailed(const QString &reason);

private:
    struct Written
    {
        std::optional<SimLiveAgentRow> live;
        std::optional<SimParkedRow> parked;
        std::optional<SimAutoCallRow> call;
        qint64 agentLogId = 0;
        QString fullName;
        QString userGroup;
        int userLevel = 0;
    };
    bool open();
    bool exec(const QString &sql, const QVariantList &values = {});
    bool writeAgent(const SimAgent &agent, Written &written);
    bool writeUser(const SimAgent &agent, Written &written, bool known);
    bool writeAutoCall(const std::optional<SimAutoCallRow> &call, Written &written);
    bool writeParked(const std::optional<SimParkedRow> &parked, Written &written);
    bool writeLiveAgent(const SimAgent &agent, const std::optional<SimLiveAgentRow> &live, Written &written);
    bool failed(const QString &what);

    Connection m_connection;
    QString m_connectionName;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_prepared;
    VicidialSimulator *m_simulator = nullptr;
    QHash<QString, Written> m_written;
    qint64 m_nextAgentLogId = 1000;
    QString m_error;
};
