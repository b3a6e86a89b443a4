#pragma once

#include "vicidial/FormEncoding.h"
#include "vicidial/ParkAction.h"

#include <QStringList>
#include <QUrl>

// One call to one of the two APIs, without credentials: the wire client adds
// source, user and pass when it sends.
struct ApiRequest
{
    enum class Endpoint : quint8 { AgentApi, NonAgentApi };

    Endpoint endpoint = Endpoint::AgentApi;
    QString function;
    FormFields parameters; // beyond source, user, pass and function
    bool needsCredentials = true;
    // A command that is not idempotent: it is written on the wire at most once,
    // never resent by any layer, even when its answer is lost.
    bool mustNotResend = false;
    QString agent;         // the agent it concerns, for bookkeeping

    static ApiRequest parkCall(const QString &agent, ParkAction action);
    static ApiRequest version(Endpoint endpoint);
    static ApiRequest agentStatus(const QString &agent);
    static ApiRequest loggedInAgents(const QStringList &campaigns, const QStringList &userGroups);

    static QString endpointPath(Endpoint endpoint);
    static QUrl endpointUrl(const QUrl &baseUrl, Endpoint endpoint);

    // The complete form, with credentials when the function needs them.
    FormFields formFields(const QString &source, const QString &apiUser, const QString &password) const;
};
