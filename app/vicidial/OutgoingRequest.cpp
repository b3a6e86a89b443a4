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

QByteArray OutgoingRequest::hostHeader() const
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (url.port() != -1)
        host += ':' + QByteArray::number(url.port());
    return host;
}

QByteArray OutgoingRequest::toHttp11() const
{
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();

    QByteArray http;
    http.reserve(256 + target.size() + body.size());
    http += (isPost() ? "POST " : "GET ") + target + " HTTP/1.1\r\n";
    http += "Host: " + hostHeader() + "\r\n";
    http += "User-Agent: " + userAgent() + "\r\n";
    http += "Accept-Encoding: identity\r\nConnection: keep-alive\r\n";
    if (isPost()) {
        http += "Content-Type: " + formContentType() + "\r\n";
        http += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    http += "\r\n";
    http += body;
    return http;
}
