#pragma once

#include <QMetaType>
#include <QString>

// Where the customer's call is, as the agent's VICIdial screen sees it.
enum class CustomerLeg : quint8 {
    None,      // no call
    OnLine,    // talking to the agent
    Parked,    // on the campaign's park extension (hold music)
    InParkIvr, // in the campaign's park IVR
    HungUp,    // the customer hung up; the agent still has the call screen (DEAD)
};

// The third-party (transfer/conference) line. The APIs never report it.
enum class ThirdPartyLeg : quint8 { None, OnLine, Parked };

// One agent of the simulated floor: the vicidial_users and vicidial_live_agents
// columns the APIs report, plus the call legs the agent's screen controls.
// Tests may change any field directly.
struct SimAgent
{
    QString user;
    QString fullName;
    QString userGroup = QStringLiteral("AGENTS");
    int userLevel = 1;
    QString altUser; // custom_three, matched by park_call's alt_user

    bool loggedIn = false;
    QString status = QStringLiteral("READY"); // READY, QUEUE, INCALL, PAUSED, CLOSER...
    qint64 leadId = 0;
    QString campaign;
    QString callerId; // "M" + 19 digits while a call is up
    QString sessionId;
    int callsToday = 0;
    QString pauseCode;
    QString phoneNumber;    // of the lead; reported only while there is one
    QString vendorLeadCode; // of the lead; reported only while there is one
    QString computerIp;
    QString scenarioSubStatus; // DISPO, 3-WAY, RING, PREVIEW, DIAL or empty

    CustomerLeg customer = CustomerLeg::None;
    ThirdPartyLeg thirdParty = ThirdPartyLeg::None;
    bool screenClosed = false; // the browser screen never picks up commands

    bool hasLead() const { return leadId > 0; }
    // What agent_status and logged_in_agents show.
    QString reportedStatus() const;
    QString reportedSubStatus() const;
    QString reportedCallerId() const { return hasLead() ? callerId : QString(); }

    // Puts a call with this lead on the agent's line (INCALL, customer on line).
    void startCall(qint64 lead, const QString &callerIdCode);
    // Removes the lead and both legs, keeping the status as given.
    void endCall(const QString &newStatus);

    // "M" + MMDDHHMMSS + the lead zero-padded to 9 digits, as VICIdial builds it.
    static QString makeCallerId(const QString &dateCode, qint64 lead);
};

QString customerLegName(CustomerLeg leg);
QString thirdPartyLegName(ThirdPartyLeg leg);
