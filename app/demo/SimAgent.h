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
    Ringing,   // the call rings the phone of an on-hook agent, not answered yet (RING)
    Dialing,   // a manual dial ringing out, not answered yet (DIAL)
};

// The third-party (transfer/conference) line. The APIs never report it.
enum class ThirdPartyLeg : quint8 { None, OnLine, Parked };

// One agent of the simulated floor: the vicidial_users and vicidial_live_agents
// columns the APIs report, plus the call legs the agent's screen controls.
// The sub status is not a field: the server derives it from these by the
// rules of PROTOCOL.md section 8 (SimLiveRows, SimLiveView). Tests may
// change any field directly.
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
    QString extension;        // the agent's phone, as vicidial_live_agents has it ("SIP/1000")
    QString comments;         // AUTO, MANUAL, INBOUND... of the call; MANUAL with Dialing shows DIAL
    qint64 previewLeadId = 0; // a lead shown for preview while paused (PREVIEW)
    bool onHookAgent = false; // the agent's phone rings for each call (on-hook mode)
    QString ringCallerId;     // the callerid of the call ringing that phone
    qint64 parkedAtMs = 0;    // when the customer was parked or sent to the park IVR, epoch ms; 0 otherwise

    CustomerLeg customer = CustomerLeg::None;
    ThirdPartyLeg thirdParty = ThirdPartyLeg::None;
    bool screenClosed = false; // the browser screen never picks up commands

    bool hasLead() const { return leadId > 0; }
    // The status and callerid vicidial_live_agents holds (and the APIs show).
    QString reportedStatus() const;
    QString reportedCallerId() const { return hasLead() ? callerId : QString(); }
    // The customer's call exists on the dialer (a vicidial_auto_calls row).
    bool customerCallExists() const;
    bool customerParked() const { return customer == CustomerLeg::Parked || customer == CustomerLeg::InParkIvr; }

    // Puts a call with this lead on the agent's line (INCALL, customer on line).
    void startCall(qint64 lead, const QString &callerIdCode);
    // Removes the lead and both legs, keeping the status as given.
    void endCall(const QString &newStatus);

    // "M" + MMDDHHMMSS + the lead zero-padded to 9 digits, as VICIdial builds it.
    static QString makeCallerId(const QString &dateCode, qint64 lead);
};

QString customerLegName(CustomerLeg leg);
QString thirdPartyLegName(ThirdPartyLeg leg);
