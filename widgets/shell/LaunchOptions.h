#pragma once

#include <QStringList>

// What the command line asked the window for. Values given here override
// the saved profile for this run only; they are never saved.
struct LaunchOptions
{
    bool demo = false;
    bool supervisor = false;
    QStringList campaigns;
    QStringList userGroups;
    QString server;
    QString apiUser;
    QString agent;
    QString profile; // a profile's name or id to start with
};
