#include "hub/HubMetrics.h"

void HubMetrics::recordReading(qint64 sourceMicroseconds)
{
    ++m_readings;
    const double seconds = double(sourceMicroseconds) / 1e6;
    m_durationSumSeconds += seconds;
    for (size_t i = 0; i < kBuckets.size(); ++i) {
        if (seconds <= kBuckets[i])
            ++m_bucketCounts[i];
    }
}

QByteArray HubMetrics::prometheusText(const QString &sourceKind) const
{
    QByteArray text;
    const QByteArray source = sourceKind.toUtf8();
    auto metric = [&text](const char *name, const char *type, const char *help, const QByteArray &value,
                          const QByteArray &labels = {}) {
        text += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n';
        text += QByteArray(name) + labels + ' ' + value + '\n';
    };
    const QByteArray sourceLabel = "{source=\"" + source + "\"}";
    metric("parkbar_hub_polls_total", "counter", "Readings of the floor that succeeded.", QByteArray::number(m_readings), sourceLabel);
    metric("parkbar_hub_source_errors_total", "counter", "Readings of the floor that failed.", QByteArray::number(m_sourceErrors), sourceLabel);

    text += "# HELP parkbar_hub_poll_duration_seconds What one reading cost the source (query time or request duration).\n"
            "# TYPE parkbar_hub_poll_duration_seconds histogram\n";
    for (size_t i = 0; i < kBuckets.size(); ++i)
        text += "parkbar_hub_poll_duration_seconds_bucket{le=\"" + QByteArray::number(kBuckets[i]) + "\"} "
            + QByteArray::number(m_bucketCounts[i]) + '\n';
    text += "parkbar_hub_poll_duration_seconds_bucket{le=\"+Inf\"} " + QByteArray::number(m_readings) + '\n';
    text += "parkbar_hub_poll_duration_seconds_sum " + QByteArray::number(m_durationSumSeconds, 'g', 9) + '\n';
    text += "parkbar_hub_poll_duration_seconds_count " + QByteArray::number(m_readings) + '\n';

    metric("parkbar_hub_poll_interval_seconds", "gauge", "The current interval between readings.",
           QByteArray::number(m_intervalMs / 1000.0));
    metric("parkbar_hub_has_data", "gauge", "1 when the hub serves a current floor, 0 when its source is failing.",
           m_hasData ? "1" : "0");
    metric("parkbar_hub_agents", "gauge", "Logged-in agents the hub serves.", QByteArray::number(m_agents));
    metric("parkbar_hub_connections", "gauge", "Open WebSocket connections.", QByteArray::number(m_connections));
    metric("parkbar_hub_subscribers", "gauge", "Connections with a subscription.", QByteArray::number(m_subscribers));
    metric("parkbar_hub_messages_sent_total", "counter", "Messages sent to clients.", QByteArray::number(m_messagesSent));
    metric("parkbar_hub_bytes_sent_total", "counter", "Message bytes sent to clients.", QByteArray::number(m_bytesSent));
    metric("parkbar_hub_wrong_tokens_total", "counter", "Connections refused for a wrong token.", QByteArray::number(m_wrongTokens));
    return text;
}
