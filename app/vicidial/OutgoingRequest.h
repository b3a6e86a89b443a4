#pragma once

#include "vicidial/ApiRequest.h"
#include "vicidial/ServerConfig.h"

#include <QByteArray>
#include <QUrl>

// What goes on the wire for one ApiRequest: the form in a POST body, or in
// the query of a GET, as the settings say. Credentials are only ever in that
// form, never in a header or the URL's user info.
struct OutgoingRequest
{
    ServerConfig::Method method = ServerConfig::Method::Post;
    QUrl url;        // the endpoint; with the form as its query for GET
    QByteArray body; // the form, for POST

    static OutgoingRequest build(const ApiRequest &request, const ServerConfig &config);
    static QByteArray userAgent();
    static QByteArray formContentType() { return QByteArrayLiteral("application/x-www-form-urlencoded"); }

    bool isPost() const { return method == ServerConfig::Method::Post; }
};
