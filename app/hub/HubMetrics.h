#pragma once

#include <QByteArray>
#include <QString>

#include <array>

// The hub's counters, for GET /metrics in Prometheus' text format.
class HubMetrics final
{
public:
    void recordReading(qint64 sourceMicroseconds);
    void recordSourceError() { ++m_sourceErrors; }
    void recordMessageSent(qint64 bytes)
    {
        ++m_messagesSent;
        m_bytesSent += bytes;
    }
    void recordWrongToken() { ++m_wrongTokens; }
    void setConnections(int connections) { m_connections = connections; }
    void setSubscribers(int subscribers) { m_subscribers = subscribers; }
    void setHasData(bool hasData) { m_hasData = hasData; }
    void setAgents(int agents) { m_agents = agents; }
    void setIntervalMs(int intervalMs) { m_intervalMs = intervalMs; }

    quint64 readings() const { return m_readings; }
    quint64 sourceErrors() const { return m_sourceErrors; }
    quint64 messagesSent() const { return m_messagesSent; }

    QByteArray prometheusText(const QString &sourceKind) const;

private:
    // Upper bounds of the poll duration histogram, in seconds.
    static constexpr std::array<double, 11> kBuckets{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5};

    quint64 m_readings = 0;
    double m_durationSumSeconds = 0;
    std::array<quint64, kBuckets.size()> m_bucketCounts{};
    quint64 m_sourceErrors = 0;
    quint64 m_messagesSent = 0;
    quint64 m_bytesSent = 0;
    quint64 m_wrongTokens = 0;
    int m_connections = 0;
    int m_subscribers = 0;
    int m_agents = 0;
    int m_intervalMs = 0;
    bool m_hasData = false;
};
