#include "WireCalls.h"

#include "FixtureFiles.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QSslCertificate>

namespace WireCalls {

ServerConfig configFor(const QUrl &baseUrl, const QString &password)
{
    ServerConfig config;
    config.baseUrl = baseUrl;
    config.apiUser = QStringLiteral("6666");
    config.password = password;
    config.timeoutMs = 3000;
    return config;
}

WireResponse sendAndWait(WireClient &client, const ApiRequest &request)
{
    QSignalSpy finished(client.send(request), &WireCall::finished);
    if (finished.wait(10000))
        return finished.first().first().value<WireResponse>();
    // The client's own timeout is shorter: a call that never finishes is a failure, never a pass.
    WireResponse unfinished;
    unfinished.failure = Answer{};
    unfinished.failure->kind = ResultKind::NotSent;
    unfinished.failure->text = QStringLiteral("the call did not finish within 10 s");
    return unfinished;
}

QByteArray fingerprintOf(const QString &pemFile)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(testDataPath(pemFile));
    return certificates.isEmpty() ? QByteArray() : certificates.first().digest(QCryptographicHash::Sha256);
}

} // namespace WireCalls
