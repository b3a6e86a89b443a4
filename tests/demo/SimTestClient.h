#pragma once

#include "vicidial/ApiRequest.h"
#include "vicidial/FormEncoding.h"
#include "vicidial/WireClient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUrl>

// Raw HTTP to the simulator for the sim tests, so answers can be compared
// byte for byte (WireClient blanks echoed passwords, as it must).
struct RawAnswer
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray contentType;
};

class SimTestClient final
{
public:
    explicit SimTestClient(const QUrl &baseUrl) : m_baseUrl(baseUrl) {}

    RawAnswer agentApi(const FormFields &fields, bool useGet = false)
    {
        return send(ApiRequest::endpointPath(ApiRequest::Endpoint::AgentApi), fields, useGet);
    }
    RawAnswer nonAgentApi(const FormFields &fields, bool useGet = false)
    {
        return send(ApiRequest::endpointPath(ApiRequest::Endpoint::NonAgentApi), fields, useGet);
    }
    RawAnswer send(const QString &path, const FormFields &fields, bool useGet)
    {
        QUrl url = m_baseUrl;
        url.setPath(path);
        const QByteArray form = encodeForm(fields);
        QNetworkReply *reply = nullptr;
        if (useGet) {
            url.setQuery(QString::fromLatin1(form), QUrl::StrictMode);
            reply = m_network.get(QNetworkRequest(url));
        } else {
            QNetworkRequest request(url);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
            reply = m_network.post(request, form);
        }
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(10000);
        RawAnswer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.error = reply->error();
        answer.contentType = reply->rawHeader("Content-Type");
        reply->deleteLater();
        return answer;
    }

private:
    QUrl m_baseUrl;
    QNetworkAccessManager m_network;
};

// The parameters of one call: source and credentials first, as a client sends them.
inline FormFields apiForm(const QString &user, const QString &pass, const QString &function, const FormFields &extra = {})
{
    FormFields fields{{QStringLiteral("source"), QStringLiteral("test")},
                      {QStringLiteral("user"), user},
                      {QStringLiteral("pass"), pass},
                      {QStringLiteral("function"), function}};
    fields.append(extra);
    return fields;
}

inline ServerConfig simConfig(const QUrl &baseUrl, const QString &user = QStringLiteral("6666"),
                              const QString &password = QStringLiteral("1234"))
{
    ServerConfig config;
    config.baseUrl = baseUrl;
    config.apiUser = user;
    config.password = password;
    config.source = QStringLiteral("test");
    config.timeoutMs = 5000;
    return config;
}

inline WireResponse sendAndWait(WireClient &client, const ApiRequest &request)
{
    WireCall *call = client.send(request);
    QSignalSpy finished(call, &WireCall::finished);
    if (!finished.wait(15000))
        return {};
    return finished.first().first().value<WireResponse>();
}
