#include "FixtureFiles.h"
#include "LocalHttpServer.h"
#include "WireCalls.h"
#include "vicidial/WireClient.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using WireCalls::fingerprintOf;
using WireCalls::sendAndWait;

// TLS stays on: a self-signed server is accepted only when its certificate
// is the pinned one, or signed by an extra CA an administrator added.
class TestWireTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aSelfSignedServerIsRefusedAndItsFingerprintShown();
    void thePinnedCertificateIsAccepted();
    void aDifferentPinIsRefused();
    void anExtraCaFileIsTrusted();

private:
    WireResponse versionFrom(LocalHttpServer &server, const QByteArray &pin, const QString &caFile = {});
};

void TestWireTls::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("This Qt has no TLS backend; TLS behaviour cannot be tested here.");
}

WireResponse TestWireTls::versionFrom(LocalHttpServer &server, const QByteArray &pin, const QString &caFile)
{
    ServerConfig config;
    config.baseUrl = server.baseUrl();
    config.pinnedSha256 = pin;
    config.caFile = caFile;
    WireClient client(config);
    return sendAndWait(client, ApiRequest::version(ApiRequest::Endpoint::AgentApi));
}

void TestWireTls::aSelfSignedServerIsRefusedAndItsFingerprintShown()
{
    LocalHttpServer server;
    server.setReply({200, "VERSION: 2.14-81|BUILD: 240429-2220|DATE: 2026-06-28 10:00:00|EPOCH: 1782640800\n"});
    QVERIFY(server.startTls(testDataPath(u"tls/selfsigned.pem"_s), testDataPath(u"tls/selfsigned.key"_s)));
    const WireResponse response = versionFrom(server, {});
    QVERIFY(response.failure.has_value());
    QCOMPARE(response.failure->kind, ResultKind::TlsFailure);
    QVERIFY2(response.failure->detail.contains(ServerConfig::formatFingerprint(fingerprintOf(u"tls/selfsigned.pem"_s))),
             qPrintable(response.failure->detail));
}

void TestWireTls::thePinnedCertificateIsAccepted()
{
    LocalHttpServer server;
    server.setReply({200, "VERSION: 2.14-81|BUILD: 240429-2220|DATE: 2026-06-28 10:00:00|EPOCH: 1782640800\n"});
    QVERIFY(server.startTls(testDataPath(u"tls/selfsigned.pem"_s), testDataPath(u"tls/selfsigned.key"_s)));
    const WireResponse response = versionFrom(server, fingerprintOf(u"tls/selfsigned.pem"_s));
    QVERIFY2(response.ok(), qPrintable(response.failure ? response.failure->text : QString()));
    QVERIFY(response.body.startsWith("VERSION: 2.14-81"));
}

void TestWireTls::aDifferentPinIsRefused()
{
    LocalHttpServer server;
    QVERIFY(server.startTls(testDataPath(u"tls/selfsigned.pem"_s), testDataPath(u"tls/selfsigned.key"_s)));
    const WireResponse response = versionFrom(server, fingerprintOf(u"tls/server.pem"_s));
    QVERIFY(response.failure.has_value());
    QCOMPARE(response.failure->kind, ResultKind::TlsFailure);
    QVERIFY(server.received().isEmpty()); // nothing was sent over the untrusted channel
}

void TestWireTls::anExtraCaFileIsTrusted()
{
    LocalHttpServer server;
    server.setReply({200, "VERSION: 2.14-81|BUILD: 240429-2220|DATE: 2026-06-28 10:00:00|EPOCH: 1782640800\n"});
    QVERIFY(server.startTls(testDataPath(u"tls/server.pem"_s), testDataPath(u"tls/server.key"_s)));
    QCOMPARE(versionFrom(server, {}).failure->kind, ResultKind::TlsFailure);
    const WireResponse trusted = versionFrom(server, {}, testDataPath(u"tls/ca.pem"_s));
    QVERIFY2(trusted.ok(), qPrintable(trusted.failure ? trusted.failure->text : QString()));
}

QTEST_GUILESS_MAIN(TestWireTls)
#include "TestWireTls.moc"
