#include "vicidial/WireClient.h"

#include "util/Logging.h"
#include "vicidial/AnswerParser.h"
#include "vicidial/AnswerText.h"
#include "vicidial/CommandChannel.h"
#include "vicidial/CommandExchange.h"
#include "vicidial/OutgoingRequest.h"

#include <QCoreApplication>

namespace {

Answer failure(ResultKind kind, const QString &detail, const QString &text = {})
{
    Answer answer;
    answer.kind = kind;
    answer.detail = detail;
    answer.text = text.isEmpty() ? detail : text;
    return answer;
}

} // namespace

WireCall::WireCall(const ApiRequest &request, QObject *parent) : QObject(parent)
{
    m_response.request = request;
    m_timeout.setSingleShot(true);
    m_timeout.setTimerType(Qt::PreciseTimer); // never before timeoutMs
    connect(&m_timeout, &QTimer::timeout, this, [this] { stop(AbortReason::Timeout); });
    m_elapsed.start();
}

void WireCall::abort()
{
    stop(AbortReason::Caller);
}

void WireCall::stop(AbortReason reason)
{
    if (m_finished || m_abortReason != AbortReason::None || !m_exchange)
        return;
    m_abortReason = reason;
    m_exchange->abort();
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

WireClient::WireClient(const ServerConfig &config, QObject *parent) : WireClient(config, nullptr, parent) {}

WireClient::WireClient(const ServerConfig &config, Clock *clock, QObject *parent)
    : QObject(parent), m_config(config), m_channel(new CommandChannel(clock, this))
{
    applyConfig();
}

WireClient::~WireClient() = default;

void WireClient::setConfig(const ServerConfig &config)
{
    m_config = config;
    applyConfig(); // a new generation of connections: none made under the old settings is reused
    resumeTraffic();
}

void WireClient::applyConfig()
{
    m_config.baseUrl = ServerConfig::normalizedBaseUrl(m_config.baseUrl);
    m_redactor = Redactor(m_config.password);
    m_tls = TlsPolicy(m_config);
    m_channel->setTlsPolicy(m_tls);
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

    const OutgoingRequest outgoing = OutgoingRequest::build(request, m_config);
    call->m_url = outgoing.url;
    call->m_timeout.start(m_config.timeoutMs);
    ++m_requestsSent;
    const ExchangeKind kind = request.mustNotResend ? ExchangeKind::Command : ExchangeKind::Read;
    CommandExchange *exchange = m_channel->send(outgoing, m_config.maxAnswerBytes, kind, call);
    call->m_exchange = exchange;
    connect(exchange, &CommandExchange::finished, this, [this, call](const TransportOutcome &outcome) { complete(call, outcome); });
    qCDebug(lcWire) << "sent" << request.function << "to" << outgoing.url.adjusted(QUrl::RemoveQuery).toString() << "for agent"
                    << request.agent << (request.mustNotResend ? "as a command" : "as a read");
    return call;
}

void WireClient::complete(WireCall *call, const TransportOutcome &outcome)
{
    if (call->m_finished)
        return;
    call->m_exchange = nullptr;
    WireResponse response = call->m_response;
    response.latencyMs = call->m_elapsed.elapsed();
    response.httpStatus = outcome.httpStatus;
    response.body = outcome.body;
    response.truncatedAtLimit = outcome.truncatedAtLimit;

    if (call->m_abortReason == WireCall::AbortReason::Timeout) {
        response.failure = failure(ResultKind::Timeout, QString::number(m_config.timeoutMs),
                                   tr("No answer within %1 ms.").arg(m_config.timeoutMs));
    } else if (call->m_abortReason == WireCall::AbortReason::Caller) {
        response.failure = failure(ResultKind::ConnectionFailed, tr("cancelled"));
    } else if (outcome.failure == TransportOutcome::Failure::Tls) {
        response.failure = failure(ResultKind::TlsFailure, outcome.errorText);
    } else if (response.httpStatus != 0 && response.httpStatus != 200) {
        QString detail = QString::number(response.httpStatus);
        if (outcome.location.isValid() && !outcome.location.isEmpty())
            detail += QLatin1Char(' ')
                + tr("(redirects to %1)").arg(call->m_url.resolved(outcome.location).adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo).toString());
        response.failure = failure(ResultKind::HttpError, detail);
    } else if (outcome.failure == TransportOutcome::Failure::Connection || response.httpStatus == 0) {
        response.failure = failure(ResultKind::ConnectionFailed, outcome.errorText);
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
