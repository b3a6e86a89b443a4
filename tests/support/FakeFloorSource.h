#pragma once

#include "hub/FloorSource.h"

// A floor source whose readings the test decides: it answers each read with
// the floor the test set (at once, or when the test says), or fails.
class FakeFloorSource final : public FloorSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeFloorSource)

public:
    using FloorSource::FloorSource;

    QString kind() const override { return QStringLiteral("fake"); }
    // Like a database source: the floor the test sets carries phones.
    bool knowsPhones() const override { return m_knowsPhones; }
    void setKnowsPhones(bool knows) { m_knowsPhones = knows; }
    void read() override;
    bool isReading() const override { return m_reading; }

    // Answer every read by itself (queued), with the current floor or failure.
    void setAutoAnswer(bool autoAnswer) { m_autoAnswer = autoAnswer; }
    bool autoAnswers() const { return m_autoAnswer; }
    void setFloor(const QList<AgentSnapshot> &agents) { m_next.agents = agents; }
    void setCampaignIvrModes(const QHash<QString, ParkIvrMode> &modes) { m_next.campaignIvrModes = modes; }
    // While set, reads fail with this reason.
    void setFailure(const QString &reason) { m_failure = reason; }
    // Answers the read in flight now; returns the reading's readAtMs.
    qint64 answer();
    int reads() const { return m_reads; }

Q_SIGNALS:
    void readRequested();

private:
    FloorReading m_next;
    QString m_failure;
    bool m_autoAnswer = true;
    bool m_knowsPhones = false;
    bool m_reading = false;
    int m_reads = 0;
    qint64 m_lastReadAtMs = 0;
};
