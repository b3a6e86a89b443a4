#include "vicidial/Answer.h"

bool stopsTraffic(ResultKind kind)
{
    switch (kind) {
    case ResultKind::BadCredentials:
    case ResultKind::AccountLocked:
    case ResultKind::IpBlocked:
    case ResultKind::NoPermission:
    case ResultKind::HttpsRequired:
    case ResultKind::ProxyAuthRequired:
        return true;
    default:
        return false;
    }
}

bool isTransportFailure(ResultKind kind)
{
    switch (kind) {
    case ResultKind::Timeout:
    case ResultKind::ConnectionFailed:
    case ResultKind::TlsFailure:
    case ResultKind::HttpError:
    case ResultKind::HttpsRequired:
    case ResultKind::ProxyAuthRequired:
        return true;
    default:
        return false;
    }
}

bool outcomeUnknown(ResultKind kind)
{
    return kind == ResultKind::Timeout || kind == ResultKind::ConnectionFailed || kind == ResultKind::HttpError
        || kind == ResultKind::ServerError;
}

QString resultKindName(ResultKind kind)
{
    switch (kind) {
    case ResultKind::Success: return QStringLiteral("success");
    case ResultKind::NotLoggedIn: return QStringLiteral("not_logged_in");
    case ResultKind::NoLead: return QStringLiteral("no_lead");
    case ResultKind::InvalidValue: return QStringLiteral("invalid_value");
    case ResultKind::NoPermission: return QStringLiteral("no_permission");
    case ResultKind::BadCredentials: return QStringLiteral("bad_credentials");
    case ResultKind::AccountLocked: return QStringLiteral("account_locked");
    case ResultKind::IpBlocked: return QStringLiteral("ip_blocked");
    case ResultKind::ApiNotActive: return QStringLiteral("api_not_active");
    case ResultKind::InvalidSource: return QStringLiteral("invalid_source");
    case ResultKind::AgentNotFound: return QStringLiteral("agent_not_found");
    case ResultKind::NoLoggedInAgents: return QStringLiteral("no_logged_in_agents");
    case ResultKind::ServerError: return QStringLiteral("server_error");
    case ResultKind::Unrecognised: return QStringLiteral("unrecognised");
    case ResultKind::Timeout: return QStringLiteral("timeout");
    case ResultKind::ConnectionFailed: return QStringLiteral("connection_failed");
    case ResultKind::TlsFailure: return QStringLiteral("tls_failure");
    case ResultKind::HttpError: return QStringLiteral("http_error");
    case ResultKind::Busy: return QStringLiteral("busy");
    case ResultKind::NotSent: return QStringLiteral("not_sent");
    case ResultKind::HttpsRequired: return QStringLiteral("https_required");
    case ResultKind::ProxyAuthRequired: return QStringLiteral("proxy_auth_required");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<ResultKind> resultKindFromName(QStringView name)
{
    for (int value = 0; value <= int(ResultKind::ProxyAuthRequired); ++value) {
        const auto kind = static_cast<ResultKind>(value);
        if (name == resultKindName(kind))
            return kind;
    }
    return std::nullopt;
}
