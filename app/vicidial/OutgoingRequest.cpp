#include "vicidial/OutgoingRequest.h"

OutgoingRequest OutgoingRequest::build(const ApiRequest &request, const ServerConfig &config)
{
    OutgoingRequest outgoing;
    outgoing.method = config.method;
    outgoing.url = ApiRequest::endpointUrl(config.baseUrl, request.endpoint).adjusted(QUrl::RemoveUserInfo);
    const QByteArray form = encodeForm(request.formFields(config.source, config.apiUser, config.password));
    if (outgoing.isPost())
        outgoing.body = form;
    else
        outgoing.url.setQuery(QString::fromLatin1(form), QUrl::StrictMode);
    return outgoing;
}

QByteArray OutgoingRequest::userAgent()
{
    return QByteArrayLiteral("ParkBar/" PARKBAR_VERSION);
}
