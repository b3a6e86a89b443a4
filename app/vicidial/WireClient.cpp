#include "vicidial/WireClient.h"

#include "util/Logging.h"
#include "vicidial/AnswerParser.h"
#include "vicidial/AnswerText.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslError>

namespace {

Answer failure(ResultKind kind, const QString &detail, const QString &text = {})
{
    Answer answer;
    answer.kind = kind;
    answer.detail = detail;
    answer.text = text.isEmpty() ? detail : text;
    return answer;
}

QByteArray certificateSha256(const QSslCertificate &certificate)
{
    return certificate.isNull() ? QByteArray() : certificate.digest(QCryptographicHash::Sha256);
}

} // namespace

WireCall::WireCall(const ApiRequest &request, QObject *parent) : QObject(parent)
{
    m_response.request = request;
    m_timeout.setSingleShot(true);
    m_elapsed.start();
}

void WireCall::abort()
{
    if (m_reply && m_abortReason == AbortReason::None) {
        m_abortReason = AbortReason::Caller;
        m_reply->abort();
    }
}

void WireCall::finishWith(const WireResponse &response)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    m_response = response;
    m_response.latencyMs = m_elapsed.elapsed();
    Q_EMIT finished(m_response);
    deleteLater();
}

WireClient::WireClient(const ServerConfig &config, QObject *parent)
    : QObject(parent), m_config(config), m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    applyConfig();
}

WireClient::~WireClient() = default;

void WireClient::setConfig(const ServerConfig &config)
{
    const bool serverChanged = config.baseUrl != m_config.baseUrl || config.caFile != m_config.caFile
        || config.pinnedSha256 != m_config.pinnedSha256;
    m_config = config;
    applyConfig();
    if (serverChanged)
        m_network->clearConnectionCache();
    resumeTraffic();
}

void WireClient::applyConfig()
{
    m_config.baseUrl = ServerConfig::normalizedBaseUrl(m_config.baseUrl);
    m_redactor = Redactor(m_config.password);
    m_sslConfiguration = QSslConfiguration::defaultConfiguration();
    if (!m_config.caFile.isEmpty()) {
        const QList<QSslCertificate> extra = QSslCertificate::fromPath(m_config.caFile);
        if (extra.isEmpty())
            qCWarning(lcWire) << "no certificates in CA file" << m_config.caFile;
        m_sslConfiguration.addCaCertificates(extra);
    }
}

void WireClient::resumeTraffic()
{
    if (!m_stopReason)
        return;
    m_stopReason.reset();
    qCInfo(lcWire) << "traffic resumed by a person";
    Q_EMIT trafficResumed();
}

WireCall *WireClient::send(const ApiRequest &request)
{
    auto *call = new WireCall(request, this);

    std::optional<Answer> refusal;
    if (m_stopReason && request.needsCredentials) {
        refusal = failure(ResultKind::NotSent, resultKindName(m_stopReason->kind),
                          tr("Not sent: requests to this server are stopped until the settings change or you press Retry. %1")
                              .arg(describeAnswer(*m_stopReason)));
    } else if (!ServerConfig::isValidSource(m_config.source)) {
        refusal = failure(ResultKind::NotSent, QStringLiteral("invalid-source"),
                          tr("Not sent: the source name must be 2 to 20 characters."));
    } else if (!m_config.baseUrl.isValid() || m_config.baseUrl.scheme().isEmpty() || m_config.baseUrl.host().isEmpty()) {
        refusal = failure(ResultKind::NotSent, QStringLiteral("no-server"), tr("Not sent: no server address is set."));
    }
    if (refusal) {
        WireResponse response;
        response.request = request;
        response.failure = refusal;
        QMetaObject::invokeMethod(call, [call, response] { call->finishWith(response); }, Qt::QueuedConnection);
        return call;
    }

    const QByteArray form = encodeForm(request.formFields(m_config.source, m_config.apiUser, m_config.password));
    QUrl url = ApiRequest::endpointUrl(m_config.baseUrl, request.endpoint);
    if (m_config.method == ServerConfig::Method::Get)
        url.setQuery(QString::fromLatin1(form), QUrl::StrictMode);

    QNetworkRequest networkRequest(url);
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("ParkBar/" PARKBAR_VERSION));
    networkRequest.setSslConfiguration(m_sslConfiguration);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);

    QNetworkReply *reply = nullptr;
    if (m_config.method == ServerConfig::Method::Get) {
        reply = m_network->get(networkRequest);
    } else {
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
        reply = m_network->post(networkRequest, form);
    }
    reply->setParent(call);
    call->m_reply = reply;
    ++m_requestsSent;

    const qsizetype limit = m_config.maxAnswerBytes;
    connect(reply, &QNetworkReply::readyRead, call, [call, reply, limit] {
        WireResponse &response = call->m_response;
        response.body += reply->read(limit + 1 - response.body.size());
        if (response.body.size() > limit) {
            response.body.truncate(limit);
            response.truncatedAtLimit = true;
            call->m_abortReason = WireCall::AbortReason::SizeLimit;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this, call](const QList<QSslError> &errors) { onSslErrors(call, errors); });
    connect(reply, &QNetworkReply::encrypted, this, [this, call] { onEncrypted(call); });
    connect(reply, &QNetworkReply::finished, this, [this, call] { onReplyFinished(call); });
    connect(&call->m_timeout, &QTimer::timeout, call, [call] {
        if (call->m_reply && call->m_abortReason == WireCall::AbortReason::None) {
            call->m_abortReason = WireCall::AbortReason::Timeout;
            call->m_reply->abort();
        }
    });
    call->m_timeout.start(m_config.timeoutMs);
    qCDebug(lcWire) << "sent" << request.function << "to" << url.adjusted(QUrl::RemoveQuery).toString() << "for agent"
                    << request.agent;
    return call;
}

void WireClient::onSslErrors(WireCall *call, const QList<QSslError> &errors)
{
    QNetworkReply *reply = call->m_reply;
    if (!reply)
        return;
    const QSslCertificate peer = errors.isEmpty() ? QSslCertificate() : errors.first().certificate();
    const QByteArray fingerprint = certificateSha256(peer.isNull() ? reply->sslConfiguration().peerCertificate() : peer);
    if (!m_config.pinnedSha256.isEmpty() && fingerprint == m_config.pinnedSha256) {
        // The administrator pinned exactly this certificate: accept these errors, nothing more.
        reply->ignoreSslErrors(errors);
        return;
    }
    QStringList reasons;
    for (const QSslError &error : errors)
        reasons.append(error.errorString());
    call->m_tlsDetail = tr("%1 (certificate SHA-256 %2)").arg(reasons.join(QStringLiteral("; ")), ServerConfig::formatFingerprint(fingerprint));
}

void WireClient::onEncrypted(WireCall *call)
{
    QNetworkReply *reply = call->m_reply;
    if (!reply || m_config.pinnedSha256.isEmpty())
        return;
    const QByteArray fingerprint = certificateSha256(reply->sslConfiguration().peerCertificate());
    if (fingerprint != m_config.pinnedSha256) {
        call->m_tlsDetail = tr("the certificate's SHA-256 %1 is not the pinned %2")
                                .arg(ServerConfig::formatFingerprint(fingerprint), ServerConfig::formatFingerprint(m_config.pinnedSha256));
        call->m_abortReason = WireCall::AbortReason::PinMismatch;
        reply->abort();
    }
}

void WireClient::onReplyFinished(WireCall *call)
{
    QNetworkReply *reply = call->m_reply;
    if (!reply)
        return;
    WireResponse response = call->m_response;
    response.latencyMs = call->m_elapsed.elapsed();
    if (reply->isReadable() && call->m_abortReason == WireCall::AbortReason::None)
        response.body += reply->read(m_config.maxAnswerBytes - response.body.size());
    response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    const QNetworkReply::NetworkError error = reply->error();
    switch (call->m_abortReason) {
    case WireCall::AbortReason::Timeout:
        response.failure = failure(ResultKind::Timeout, QString::number(m_config.timeoutMs),
                                   tr("No answer within %1 ms.").arg(m_config.timeoutMs));
        break;
    case WireCall::AbortReason::PinMismatch:
        response.failure = failure(ResultKind::TlsFailure, call->m_tlsDetail);
        break;
    case WireCall::AbortReason::Caller:
        response.failure = failure(ResultKind::ConnectionFailed, tr("cancelled"));
        break;
    case WireCall::AbortReason::SizeLimit:
        break; // the bounded prefix is the answer
    case WireCall::AbortReason::None:
        if (error == QNetworkReply::SslHandshakeFailedError || !call->m_tlsDetail.isEmpty()) {
            response.failure = failure(ResultKind::TlsFailure, call->m_tlsDetail.isEmpty() ? reply->errorString() : call->m_tlsDetail);
        } else if (response.httpStatus != 0 && response.httpStatus != 200) {
            QString detail = QString::number(response.httpStatus);
            const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
            if (location.isValid())
                detail += QLatin1Char(' ') + tr("(redirects to %1)").arg(reply->url().resolved(location).adjusted(QUrl::RemoveQuery).toString());
            response.failure = failure(ResultKind::HttpError, detail);
        } else if (error != QNetworkReply::NoError) {
            // The message names the host, never the query, so no password can be in it.
            response.failure = failure(ResultKind::ConnectionFailed, reply->errorString());
        }
        break;
    }
    if (response.failure) {
        response.failure->text = m_redactor.redact(response.failure->text);
        response.failure->detail = m_redactor.redact(response.failure->detail);
        response.body.clear();
    } else {
        response.body = Redactor::redactEchoFields(response.body);
    }
    qCDebug(lcWire) << "finished" << response.request.function << "status" << response.httpStatus
                    << (response.failure ? resultKindName(response.failure->kind) : QStringLiteral("ok"));
    noteAnswerFor(response);
    call->m_reply = nullptr;
    reply->deleteLater();
    Q_EMIT exchangeFinished(response);
    call->finishWith(response);
}

void WireClient::noteAnswerFor(const WireResponse &response)
{
    if (!response.ok() || !response.body.contains("ERROR:"))
        return;
    const Answer answer = parseAnswer(response.body, m_redactor);
    if (!stopsTraffic(answer.kind) || m_stopReason)
        return;
    m_stopReason = answer;
    qCWarning(lcWire) << "traffic stopped:" << resultKindName(answer.kind) << answer.text;
    Q_EMIT trafficStopped(answer);
}
