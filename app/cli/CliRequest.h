#pragma once

#include "hub/HubClientOptions.h"
#include "state/SessionOptions.h"
#include "vicidial/ParkAction.h"
#include "vicidial/ServerConfig.h"

#include <QStringList>

// One headless run, as the command line and the environment asked for it.
// What they did not give, the saved profile fills in (CliProfile) before the
// run; missing() says what is still absent.
struct CliRequest
{
    enum class Mode : quint8 { None, Status, Send };

    Mode mode = Mode::None;
    ParkAction action = ParkAction::ParkCustomer; // for Send
    bool confirm = false;                         // for Send: wait for the verdict
    QString agent;
    ServerConfig server;
    SessionOptions session;
    HubClientOptions hub; // the profile's hub: the state is read through it (url empty: none)
    QString profile;      // --profile: a saved profile's name (or id); empty: the one in use
    QString profileName;  // the profile that filled the request in, for the audit log
    bool serverGiven = false;
    bool userGiven = false;
    bool agentGiven = false;
    bool sourceGiven = false;
    bool methodGiven = false;
    bool timeoutGiven = false;
    bool caFileGiven = false;
    bool pinGiven = false;
    bool passwordGiven = false;

    // What a run still needs, as the person would supply it: "--server URL",
    // "--user USER", "PARKBAR_PASSWORD", "--agent AGENT". Empty when complete.
    QStringList missing() const;
    // One translated line naming what is missing; empty when complete.
    QString missingMessage() const;
};
