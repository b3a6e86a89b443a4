#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

// One request as the counters keep it: never the credentials.
struct SimRequestRecord
{
    QString path;
    QString function;
    QString agent; // agent_user
    QString value;
    QByteArray method;
};
Q_DECLARE_METATYPE(SimRequestRecord)

// Requests seen by the simulator, for tests and the server-load budget.
class SimCounters final
{
public:
    static constexpr qsizetype kLogSize = 200;

    void record(const SimRequestRecord &request);
    // Requests for a function (all functions when empty).
    int requests(const QString &function = {}) const;
    int requests(const QString &function, const QString &agent) const;
    // The last kLogSize requests, oldest first.
    const QList<SimRequestRecord> &recent() const { return m_recent; }
    void clear();

private:
    int m_total = 0;
    QHash<QString, int> m_perFunction;
    QHash<QString, int> m_perFunctionAgent; // "function\nagent"
    QList<SimRequestRecord> m_recent;
};
