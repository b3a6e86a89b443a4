#pragma once

#include "vicidial/SubStatus.h"

#include <QMetaType>
#include <QString>

#include <optional>

// One agent's live state as the server reports it (PROTOCOL.md section 4),
// from agent_status or one row of logged_in_agents.
struct AgentSnapshot
{
    QString user;
    QString status;     // READY, QUEUE, INCALL, PAUSED, CLOSER...
    QString callerId;
    QString leadId;     // "0" or empty: no lead on the screen
    QString campaign;
    int callsToday = 0;
    QString fullName;
    QString userGroup;
    int userLevel = 0;
    QString pauseCode;
    QString subStatus;  // empty, DEAD, DISPO, 3-WAY, PARK, RING, PREVIEW, DIAL
    QString phoneNumber;
    QString vendorLeadCode;
    QString sessionId;
    QString computerIp; // only with include_ip=YES

    // Known only to a database reader (parkbar-hub, PROTOCOL.md section 8);
    // the APIs never report them, so they stay empty or unset from a poll.
    QString extension;             // the agent's phone, vicidial_live_agents.extension ("SIP/1000")
    qint64 parkedAtMs = 0;         // when the customer was parked (parked_channels.parked_time), epoch ms; 0 unknown
    std::optional<bool> inParkIvr; // the parked customer is in the park IVR (vicidial_auto_calls.extension='PARK_IVR')

    bool hasLead() const { return !leadId.isEmpty() && leadId != QLatin1String("0"); }
    SubStatus subStatusKind() const { return subStatusOf(subStatus); }
    bool isParked() const { return subStatusKind() == SubStatus::Park; }
    bool isInCall() const { return status == QLatin1String("INCALL"); }

    bool operator==(const AgentSnapshot &) const = default;
};

Q_DECLARE_METATYPE(AgentSnapshot)
