#include "vicidial/ApiRequest.h"

ApiRequest ApiRequest::parkCall(const QString &agent, ParkAction action)
{
    ApiRequest request;
    request.endpoint = Endpoint::AgentApi;
    request.function = QStringLiteral("park_call");
    request.parameters = {{QStringLiteral("agent_user"), agent}, {QStringLiteral("value"), parkActionWireValue(action)}};
    request.agent = agent;
    request.mustNotResend = true;
    return request;
}

ApiRequest ApiRequest::version(Endpoint endpoint)
{
    ApiRequest request;
    request.endpoint = endpoint;
    request.function = QStringLiteral("version");
    request.needsCredentials = false;
    return request;
}

ApiRequest ApiRequest::agentStatus(const QString &agent)
{
    ApiRequest request;
    request.endpoint = Endpoint::NonAgentApi;
    request.function = QStringLiteral("agent_status");
    request.parameters = {{QStringLiteral("agent_user"), agent}, {QStringLiteral("stage"), QStringLiteral("pipe")}};
    request.agent = agent;
    return request;
}

ApiRequest ApiRequest::loggedInAgents(const QStringList &campaigns, const QStringList &userGroups)
{
    ApiRequest request;
    request.endpoint = Endpoint::NonAgentApi;
    request.function = QStringLiteral("logged_in_agents");
    request.parameters = {{QStringLiteral("stage"), QStringLiteral("pipe")},
                          {QStringLiteral("show_sub_status"), QStringLiteral("YES")}};
    if (!campaigns.isEmpty())
        request.parameters.append({QStringLiteral("campaigns"), campaigns.join(QLatin1Char('|'))});
    if (!userGroups.isEmpty())
        request.parameters.append({QStringLiteral("user_groups"), userGroups.join(QLatin1Char('|'))});
    return request;
}

QString ApiRequest::endpointPath(Endpoint endpoint)
{
    return endpoint == Endpoint::AgentApi ? QStringLiteral("/agc/api.php") : QStringLiteral("/vicidial/non_agent_api.php");
}

QUrl ApiRequest::endpointUrl(const QUrl &baseUrl, Endpoint endpoint)
{
    QUrl url = baseUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + endpointPath(endpoint));
    return url;
}

FormFields ApiRequest::formFields(const QString &source, const QString &apiUser, const QString &password) const
{
    FormFields fields{{QStringLiteral("source"), source}};
    if (needsCredentials) {
        fields.append({QStringLiteral("user"), apiUser});
        fields.append({QStringLiteral("pass"), password});
    }
    fields.append({QStringLiteral("function"), function});
    fields.append(parameters);
    return fields;
}
