#include "vicidial/WireClient.h"

#include "util/Clock.h"
#include "util/Logging.h"
#include "vicidial/AnswerParser.h"
#include "vicidial/AnswerText.h"
#include "vicidial/OneShotBody.h"
#include "vicidial/OutgoingRequest.h"
#include "vicidial/TransportOutcome.h"
#include "vicidial/WireProxyFactory.h"

#include <QAuthenticator>
#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

namespace {

Answer failure(ResultKind kind, const QString &detail, const QString &text = {})
{
    Answer answer;
    answer.kind = kind;
    answer.detail = detail;
    answer.text = text.isEmpty() ? detail : text;
    return answer;
}

bool isHttps(const QUrl &url)
{
    return url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
}

} // namespace

WireClient::WireClient(const ServerConfig &config, QObject *parent) : WireClient(config, nullptr, parent) {}

WireClient::WireClient(const ServerConfig &config, Clock *clock, QObject *parent)
    : QObject(parent), m_config(config), m_clock(clock ? clock : Clock::system()), m_network(new QNetworkAccessManager(this))
{
    // A redirect is reported, never followed: it could carry the password elsewhere.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network->setAutoDeleteReplies(false);
    connect(m_network, &QNetworkAccessManager::proxyAuthenticationRequired, this,
            [this](const QNetworkProxy &proxy, QAuthenticator *) { noteProxyAuthentication(proxy); });
    applyConfig();
}

WireClient::~WireClient()
{
    // Calls (and the replies they own) go before the QNetworkAccessManager they came from.
    qDeleteAll(findChildren<WireCall *>(Qt::FindDirectChildrenOnly));
}

void WireClient::setConfig(const ServerConfig &config)
{
    m_config = config;
    applyConfig();
    resumeTraffic();
}

void WireClient::setProxyCredentials(const ProxyCredentials &credentials)
{
    ServerConfig config = m_config;
    config.proxyCredentials = credentials;
    setConfig(config);
}

void WireClient::applyConfig()
{
    ++m_generation;
    m_config.baseUrl = ServerConfig::normalizedBaseUrl(m_config.baseUrl);
    m_redactor = Redactor(m_config.password);
    m_tls = TlsPolicy(m_config);
    m_proxyFactory = new WireProxyFactory(m_config.proxy, m_config.proxyCredentials);
    m_network->setProxyFactory(m_proxyFactory);
    // Nothing made under the old settings is used again: connections, TLS sessions, proxy credentials.
    m_network->clearAccessCache();
    m_proxyAsking.clear();
    m_proxyRefused = false;
    setCertificateWarning({});
}

void WireClient::resumeTraffic()
{
    if (!m_stopReason)
        return;
    m_stopReason.reset();
    qCInfo(lcWire) << "traffic resumed by a person";
    Q_EMIT trafficResumed();
}

QUrl WireClient::secureAddressOffered() const
{
    if (!m_stopReason || m_stopReason->kind != ResultKind::HttpsRequired)
        return {};
    return QUrl(m_stopReason->detail);
}

QString WireClient::proxyAskingForCredentials() const
{
    if (!m_stopReason || m_stopReason->kind != ResultKind::ProxyAuthRequired)
        return {};
    return m_stopReason->detail;
}

WireCall *WireClient::send(const ApiRequest &request)
{
    auto *call = new WireCall(request, m_config.maxAnswerBytes, this);

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
    } else if (request.endpoint == ApiRequest::Endpoint::NonAgentApi && request.needsCredentials
               && Redactor::nonAgentApiAltersPassword(m_config.password)) {
        // It would fail every time and count towards the lockout (PROTOCOL.md section 6):
        // nothing more goes to this server until the password changes or a person retries.
        refusal = failure(ResultKind::NotSent, QStringLiteral("password-unusable-for-the-non-agent-api"),
                          tr("Not sent: the API password has characters that the server's non-agent API removes (it keeps "
                             "only letters, digits, - and _), so reading the agent's state would always fail and count "
                             "towards the account lockout. Use a password of letters, digits, - and _, then press Retry."));
        stopTraffic(*refusal);
    }
    if (refusal) {
        WireResponse response;
        response.request = request;
        response.failure = refusal;
        QMetaObject::invokeMethod(call, [call, response] { call->finishWith(response); }, Qt::QueuedConnection);
        return call;
    }
    dispatch(call, request);
    return call;
}

void WireClient::dispatch(WireCall *call, const ApiRequest &request)
{
    const OutgoingRequest outgoing = OutgoingRequest::build(request, m_config);
    QNetworkRequest networkRequest(outgoing.url);
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, QString::fromLatin1(OutgoingRequest::userAgent()));
    networkRequest.setSslConfiguration(m_tls.sslConfiguration());
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    networkRequest.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // HTTP/1.1 only: the proof that a command is never written twice is made for it.
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (outgoing.isPost())
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, QString::fromLatin1(OutgoingRequest::formContentType()));
    if (const QByteArray authorization = m_proxyFactory->preemptiveAuthorization(outgoing.url); !authorization.isEmpty())
        networkRequest.setRawHeader("Proxy-Authorization", authorization);

    QNetworkReply *reply = nullptr;
    OneShotBody *body = nullptr;
    if (request.mustNotResend) {
        // Qt reads the body from here and can never rewind it: no second send.
        body = new OneShotBody(outgoing.body, !outgoing.isPost());
        networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, outgoing.body.size());
        reply = m_network->sendCustomRequest(networkRequest, outgoing.isPost() ? "POST" : "GET", body);
    } else if (outgoing.isPost()) {
        reply = m_network->post(networkRequest, outgoing.body);
    } else {
        reply = m_network->get(networkRequest);
    }
    call->m_url = outgoing.url;
    call->m_generation = m_generation;
    call->attach(reply, body, m_tls);
    call->m_timeout.start(m_config.timeoutMs);
    ++m_requestsSent;
    connect(reply, &QNetworkReply::encrypted, this, [this, call, reply] {
        if (call->m_abortReason == WireCall::AbortReason::None && call->m_generation == m_generation)
            noteCertificates(reply->sslConfiguration().peerCertificateChain());
    });
    connect(reply, &QNetworkReply::finished, this, [this, call] { complete(call); });
    qCDebug(lcWire) << "sent" << request.function << "to" << outgoing.url.adjusted(QUrl::RemoveQuery).toString() << "for agent"
                    << request.agent << (request.mustNotResend ? "as a command" : "as a read");
}

void WireClient::complete(WireCall *call)
{
    if (call->m_finished)
        return;
    const TransportOutcome outcome = call->outcome();
    WireResponse response = call->m_response;
    response.latencyMs = call->m_elapsed.elapsed();
    response.httpStatus = outcome.httpStatus;
    response.body = outcome.body;
    response.truncatedAtLimit = outcome.truncatedAtLimit;
    response.failure = failureOf(call, outcome);
    if (response.failure) {
        response.failure->text = m_redactor.redact(response.failure->text);
        response.failure->detail = m_redactor.redact(response.failure->detail);
        response.body.clear();
    } else {
        response.body = Redactor::redactEchoFields(response.body);
    }
    qCDebug(lcWire) << "finished" << response.request.function << "status" << response.httpStatus
                    << (response.failure ? resultKindName(response.failure->kind) : QStringLiteral("ok"));
    if (call->m_generation == m_generation) {
        if (response.failure && stopsTraffic(response.failure->kind))
            stopTraffic(*response.failure);
        noteAnswerFor(response);
    }
    Q_EMIT exchangeFinished(response);
    call->finishWith(response);
}

std::optional<Answer> WireClient::failureOf(WireCall *call, const TransportOutcome &outcome)
{
    switch (call->m_abortReason) {
    case WireCall::AbortReason::Timeout:
        return failure(ResultKind::Timeout, QString::number(m_config.timeoutMs), tr("No answer within %1 ms.").arg(m_config.timeoutMs));
    case WireCall::AbortReason::Caller:
        return failure(ResultKind::ConnectionFailed, tr("cancelled"));
    case WireCall::AbortReason::PinMismatch:
    case WireCall::AbortReason::SizeLimit:
    case WireCall::AbortReason::None:
        break;
    }
    switch (outcome.failure) {
    case TransportOutcome::Failure::Tls:
        return failure(ResultKind::TlsFailure, outcome.errorText);
    case TransportOutcome::Failure::ProxyAuthentication: {
        const QString proxy = m_proxyAsking.isEmpty() ? tr("of this computer") : m_proxyAsking;
        return failure(ResultKind::ProxyAuthRequired, m_proxyAsking,
                       m_proxyRefused ? tr("The proxy %1 did not accept the user name and password.").arg(proxy)
                                      : tr("The proxy %1 asks for a user name and password.").arg(proxy));
    }
    case TransportOutcome::Failure::NotResent:
        return failure(ResultKind::ConnectionFailed,
                       tr("the connection closed after the command was sent, before any answer; it was not sent again"));
    case TransportOutcome::Failure::Connection:
    case TransportOutcome::Failure::None:
        break;
    }
    const int status = outcome.httpStatus;
    if (status != 0 && status != 200) {
        if (!outcome.location.isValid() || outcome.location.isEmpty())
            return failure(ResultKind::HttpError, QString::number(status));
        const QUrl target = call->m_url.resolved(outcome.location).adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment);
        if (!isHttps(call->m_url) && isHttps(target) && target.host().compare(call->m_url.host(), Qt::CaseInsensitive) == 0) {
            const QUrl secure = ServerConfig::normalizedBaseUrl(target);
            return failure(ResultKind::HttpsRequired, secure.toString());
        }
        return failure(ResultKind::HttpError, QString::number(status) + QLatin1Char(' ') + tr("(redirects to %1)").arg(target.toString()));
    }
    if (outcome.failure == TransportOutcome::Failure::Connection || status == 0)
        return failure(ResultKind::ConnectionFailed, outcome.errorText);
    return std::nullopt;
}

void WireClient::noteAnswerFor(const WireResponse &response)
{
    if (!response.ok() || !response.body.contains("ERROR:"))
        return;
    const Answer answer = parseAnswer(response.body, m_redactor);
    if (stopsTraffic(answer.kind))
        stopTraffic(answer);
}

void WireClient::stopTraffic(const Answer &reason)
{
    if (m_stopReason)
        return;
    m_stopReason = reason;
    qCWarning(lcWire) << "traffic stopped:" << resultKindName(reason.kind) << reason.text;
    Q_EMIT trafficStopped(reason);
}

void WireClient::noteProxyAuthentication(const QNetworkProxy &proxy)
{
    // The authenticator stays empty: Qt then fails the request, and a person is asked once.
    m_proxyAsking = WireProxyFactory::keyOf(proxy);
    m_proxyRefused = !m_config.proxyCredentials.isEmpty() && m_config.proxyCredentials.proxy == m_proxyAsking;
    qCInfo(lcWire) << "the proxy" << m_proxyAsking << (m_proxyRefused ? "refused its credentials" : "asks for credentials");
}

void WireClient::noteCertificates(const QList<QSslCertificate> &chain)
{
    setCertificateWarning(TlsPolicy::expiryWarning(chain, QDateTime::fromMSecsSinceEpoch(m_clock->msecsSinceEpoch(), Qt::UTC)));
}

void WireClient::setCertificateWarning(const QString &warning)
{
    if (warning == m_certificateWarning)
        return;
    m_certificateWarning = warning;
    if (!warning.isEmpty())
        qCWarning(lcWire) << "certificate:" << warning;
    Q_EMIT certificateWarningChanged(warning);
}
